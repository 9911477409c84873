# Without __eq__, instances compare by identity.
class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a is a)  # expect: True False True True
print(a in [b], a in [a])  # expect: False True
d = {a: "a"}
print(d[a], b in d)  # expect: a False
