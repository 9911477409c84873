# isinstance and issubclass with tuples and deep hierarchies.
class A: pass
class B(A): pass
class C(B): pass
class D: pass
c = C()
print(isinstance(c, A), isinstance(c, D), isinstance(c, (D, B)))  # expect: True False True
print(issubclass(C, A), issubclass(C, (D,)), issubclass(A, object))  # expect: True False True
print(issubclass(C, C), [k.__name__ for k in C.__mro__])  # expect: True ['C', 'B', 'A', 'object']
