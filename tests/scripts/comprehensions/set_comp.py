# Set comprehensions of small ints.
print({x % 4 for x in range(20)})  # expect: {0, 1, 2, 3}
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))  # expect: [1, 2, 3]
print({x for x in [3, 1, 3, 2] if x > 1})  # expect: {2, 3}
