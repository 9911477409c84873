# Comprehension variables do not leak; the first iterable is evaluated outside.
x = "outer"
print([x for x in "ab"])  # expect: ['a', 'b']
print(x)  # expect: outer
n = 3
print([i * n for i in range(n)])  # expect: [0, 3, 6]
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)  # expect: [2, 4, 6]
