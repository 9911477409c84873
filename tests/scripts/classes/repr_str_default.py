# str falls back to __repr__; containers use repr of items.
class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
print(A(), str(A()), repr(A()))  # expect: A() A() A()
print(B(), [B()], (B(),), {"k": B()})  # expect: B-str [B-repr] (B-repr,) {'k': B-repr}
print(f"{B()} {B()!r}")  # expect: B-str B-repr
