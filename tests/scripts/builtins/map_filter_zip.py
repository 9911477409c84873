# map, filter and zip are lazy iterators.
m = map(lambda x: x + 1, [1, 2, 3])
print(list(m), list(m))  # expect: [2, 3, 4] []
print(list(map(pow, [2, 3], [3, 2])))  # expect: [8, 9]
print(list(filter(None, [0, 1, "", "a", None, []])))  # expect: [1, 'a']
print(list(filter(lambda v: v > 1, range(4))))  # expect: [2, 3]
z = zip("ab", [1, 2])
print(next(z), list(z))  # expect: ('a', 1) [('b', 2)]
