# sorted with key and reverse; reversed over sequences.
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True))  # expect: [1, 2, 3] [3, 2, 1]
print(sorted("hello"), sorted((5, -1, 0)))  # expect: ['e', 'h', 'l', 'l', 'o'] [-1, 0, 5]
print(sorted(["b", "A", "c"], key=str.lower))  # expect: ['A', 'b', 'c']
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))))
# expect: [3, 2, 1] ['b', 'a'] [2, 1, 0]
print(sorted({3: "x", 1: "y"}))  # expect: [1, 3]
pairs = [(1, "b"), (0, "b"), (1, "a")]
print(sorted(pairs, key=lambda p: p[1]))  # expect: [(1, 'a'), (1, 'b'), (0, 'b')]
