# type() and __class__ of instances.
class A:
    pass
a = A()
print(type(a) is A, a.__class__ is A, type(A) is type)  # expect: True True True
print(A.__name__, type(a).__name__, a.__class__.__name__)  # expect: A A A
print(isinstance(a, object), isinstance(A, type))  # expect: True True
