# enumerate with a start, zip stopping at the shortest.
for i, c in enumerate("abc", 1):
    print(i, c)
# expect: 1 a
# expect: 2 b
# expect: 3 c
print(list(zip([1, 2, 3], "ab")))  # expect: [(1, 'a'), (2, 'b')]
print(list(zip()))  # expect: []
for a, b, c in zip(range(2), "xy", [True, False]):
    print(a, b, c)
# expect: 0 x True
# expect: 1 y False
print(dict(zip(["k1", "k2"], [1, 2])))  # expect: {'k1': 1, 'k2': 2}
print(list(enumerate([])))  # expect: []
