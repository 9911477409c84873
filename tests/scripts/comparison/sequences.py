# Lists and tuples compare lexicographically.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0])  # expect: True True True
print((1, "b") > (1, "a"), (2,) > (1, 99))  # expect: True True
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2))  # expect: True False True
print(sorted([(2, "b"), (1, "z"), (2, "a")]))  # expect: [(1, 'z'), (2, 'a'), (2, 'b')]
print(max([[1, 2], [1, 3], [0, 9]]))  # expect: [1, 3]
