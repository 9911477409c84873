# List, tuple, dict and set displays.
print([1, 2, 3])  # expect: [1, 2, 3]
print([])  # expect: []
print((1, 2))  # expect: (1, 2)
print((1,))  # expect: (1,)
print(())  # expect: ()
print({"a": 1, "b": 2})  # expect: {'a': 1, 'b': 2}
print({})  # expect: {}
print({3, 1, 2})  # expect: {1, 2, 3}
print(set())  # expect: set()
print([1, "two", 3.0, None, True, [4], (5,)])  # expect: [1, 'two', 3.0, None, True, [4], (5,)]
print({1: "one", (2, 3): [4]})  # expect: {1: 'one', (2, 3): [4]}
print(type({}).__name__, type(set()).__name__)  # expect: dict set
print(frozenset([2, 1]))  # expect: frozenset({1, 2})
