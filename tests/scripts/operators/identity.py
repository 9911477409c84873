# is and is not compare identity.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)  # expect: True False True True
print(None is None, id(a) == id(b), id(a) == id(c))  # expect: True True False
x = None
print(x is None, x is not None)  # expect: True False
print(type(1) is int, type(True) is bool, type(True) is int)  # expect: True True False
