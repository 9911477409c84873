# Deeply nested unpacking targets.
data = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in data:
    print(a + b + c)
# expect: 6
# expect: 15
((a, b), (c, d)), e = ((1, 2), (3, 4)), 5
print(a, b, c, d, e)  # expect: 1 2 3 4 5
[a, [b, *c]] = [0, [1, 2, 3]]
print(a, b, c)  # expect: 0 1 [2, 3]
d = {}
d["x"], d["y"] = 1, 2
print(d)  # expect: {'x': 1, 'y': 2}
