# A missing attribute on an instance.
class Foo:
    pass
Foo().bar
# expect error: AttributeError: 'Foo' object has no attribute 'bar'
