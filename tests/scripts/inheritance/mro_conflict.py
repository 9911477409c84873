# An inconsistent hierarchy is rejected with TypeError.
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)  # expect: Cannot create a consistent method resolution order (MRO) for bases X, Y
