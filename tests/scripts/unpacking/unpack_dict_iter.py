# Unpacking iterates: dicts give keys, generators are consumed.
k1, k2 = {"a": 1, "b": 2}
print(k1, k2)  # expect: a b
g = (i * i for i in range(3))
a, b, c = g
print(a, b, c)  # expect: 0 1 4
(k, v), = {"only": 1}.items()
print(k, v)  # expect: only 1
