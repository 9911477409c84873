# Unpacking sequences into names.
a, b = 1, 2
print(a, b)  # expect: 1 2
a, b = b, a
print(a, b)  # expect: 2 1
(x, y), z = (1, 2), 3
print(x, y, z)  # expect: 1 2 3
p, q, r = "abc"
print(p, q, r)  # expect: a b c
[m, n] = [10, 20]
print(m, n)  # expect: 10 20
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
# expect: 0 a 1
# expect: 1 b 2
