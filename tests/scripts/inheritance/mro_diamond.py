# C3 linearization for a diamond.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print([k.__name__ for k in D.__mro__])  # expect: ['D', 'B', 'C', 'A', 'object']
print(D().who())  # expect: D>B>C>A
print(D.__mro__[-1] is object)  # expect: True
