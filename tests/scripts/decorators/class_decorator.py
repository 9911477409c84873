# Decorating a class, and decorating with a class.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A:
    pass
@register
class B:
    pass
print(registry)  # expect: ['A', 'B']
class Trace:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args):
        print("calling", self.fn.__name__)
        return self.fn(*args)
@Trace
def square(x):
    return x * x
print(square(7))
# expect: calling square
# expect: 49
