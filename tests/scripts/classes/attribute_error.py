# AttributeError messages for instances, classes and builtins.
class Foo:
    pass
try:
    Foo().bar
except AttributeError as e:
    print(e)  # expect: 'Foo' object has no attribute 'bar'
try:
    Foo.baz
except AttributeError as e:
    print(e)  # expect: type object 'Foo' has no attribute 'baz'
try:
    (5).nope
except AttributeError as e:
    print(e)  # expect: 'int' object has no attribute 'nope'
try:
    "s".nope()
except AttributeError as e:
    print(e)  # expect: 'str' object has no attribute 'nope'
try:
    None.x
except AttributeError as e:
    print(e)  # expect: 'NoneType' object has no attribute 'x'
