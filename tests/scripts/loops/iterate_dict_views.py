# Iterating over dict keys, values and items in insertion order.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k)
# expect: one
# expect: two
# expect: three
for v in d.values():
    print(v)
# expect: 1
# expect: 2
# expect: 3
for k, v in d.items():
    print(k, v)
# expect: one 1
# expect: two 2
# expect: three 3
print(list(d.keys()), list(d.values()))  # expect: ['one', 'two', 'three'] [1, 2, 3]
