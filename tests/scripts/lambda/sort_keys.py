# Lambdas as sort keys and with map/filter.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: p[1]))
# expect: [('di', 19), ('bob', 25), ('ann', 31), ('cy', 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
# expect: [('ann', 31), ('cy', 31), ('bob', 25), ('di', 19)]
print(list(map(lambda p: p[0], people)))  # expect: ['ann', 'bob', 'cy', 'di']
print(list(filter(lambda p: p[1] > 20, people)))  # expect: [('ann', 31), ('bob', 25), ('cy', 31)]
print(max(people, key=lambda p: len(p[0])))  # expect: ('ann', 31)
