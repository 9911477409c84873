# Set displays of small ints (printing is ordered by value for these).
s = {3, 1, 2, 1}
print(s, len(s))  # expect: {1, 2, 3} 3
print({*range(4), *[2, 7]})  # expect: {0, 1, 2, 3, 7}
print(sorted({5, 1, 3}))  # expect: [1, 3, 5]
print(1 in {1, 2}, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
# expect: True {1, 2, 3} {2} {1} {1, 3}
print(set([1, 1, 2]), frozenset({4}))  # expect: {1, 2} frozenset({4})
