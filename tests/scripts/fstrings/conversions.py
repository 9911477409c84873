# !r, !s and !a conversions.
s = "hi"
print(f"{s!r} {s!s} {s}")
print(f"{[s]!s} {42!r}")
print(f"{'tab\t'!r}")
print(f"{None!r} {1.5!r}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
print(f"{P()} {P()!r} {P()!s}")
# expect: 'hi' hi hi
# expect: ['hi'] 42
# expect: 'tab\t'
# expect: None 1.5
# expect: a P P() a P
