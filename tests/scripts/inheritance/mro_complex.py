# C3 linearization for a deeper hierarchy.
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])  # expect: ['A', 'B', 'C', 'D', 'E', 'F', 'O', 'object']
print([k.__name__ for k in B.__mro__])  # expect: ['B', 'D', 'E', 'O', 'object']
print(A.__mro__)
# expect: (<class '__main__.A'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.D'>, <class '__main__.E'>, <class '__main__.F'>, <class '__main__.O'>, <class 'object'>)
