# List comprehensions with conditions.
print([x * x for x in range(6)])  # expect: [0, 1, 4, 9, 16, 25]
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])  # expect: [0, 6, 12, 18]
print([c.upper() for c in "abc" if c != "b"])  # expect: ['A', 'C']
print([x if x % 2 else -x for x in range(5)])  # expect: [0, 1, -2, 3, -4]
print([[j for j in range(i)] for i in range(4)])  # expect: [[], [0], [0, 1], [0, 1, 2]]
