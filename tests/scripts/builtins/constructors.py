# Built-in constructors from iterables.
print(list("abc"), tuple([1, 2]), list(range(3)))  # expect: ['a', 'b', 'c'] (1, 2) [0, 1, 2]
print(dict([("a", 1), ("b", 2)]), dict(x=1, y=2), dict({"k": 0}, z=9))
# expect: {'a': 1, 'b': 2} {'x': 1, 'y': 2} {'k': 0, 'z': 9}
print(set([3, 3, 1]), frozenset(range(3)))  # expect: {1, 3} frozenset({0, 1, 2})
print(str(12), int("12"), float("1.25"), bool("False"))  # expect: 12 12 1.25 True
print(list({"a": 1}.items()), tuple("xy"))  # expect: [('a', 1)] ('x', 'y')
print(list(), tuple(), dict())  # expect: [] () {}
