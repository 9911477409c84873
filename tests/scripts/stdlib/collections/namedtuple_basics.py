# namedtuple: fields, defaults, _replace, _asdict, subclassing, errors.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
# expect: Point(x=1, y=2) 1 2 {'x': 1, 'y': 2} Point(x=5, y=2) ('x', 'y') Point(x=3, y=4)
print(repr(Point), isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
# expect: <class '__main__.Point'> True True True
x, y = p
print(x + y, Point.x.__doc__, Point.__doc__)  # expect: 3 Alias for field number 0 Point(x, y)
Employee = namedtuple("Employee", ["name", "age", "role"], defaults=["dev"])
print(Employee("ann", 30), Employee._field_defaults)
# expect: Employee(name='ann', age=30, role='dev') {'role': 'dev'}
print(namedtuple("R", "a def _c a", rename=True)._fields)  # expect: ('a', '_1', '_2', '_3')

class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

print(Vector(3, 4).length(), Vector(3, 4))  # expect: 5.0 Vector(x=3, y=4)
for f in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple("A", "x x"),
          lambda: namedtuple("A", "x _y"), lambda: namedtuple("A", "class"),
          lambda: namedtuple("1A", "x"), lambda: p._replace(z=1), lambda: Point._make([1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: Point.__new__() missing 1 required positional argument: 'y'
# expect: TypeError: Point.__new__() takes 3 positional arguments but 4 were given
# expect: ValueError: Encountered duplicate field name: 'x'
# expect: ValueError: Field names cannot start with an underscore: '_y'
# expect: ValueError: Type names and field names cannot be a keyword: 'class'
# expect: ValueError: Type names and field names must be valid identifiers: '1A'
# expect: TypeError: Got unexpected field names: ['z']
# expect: TypeError: Expected 2 arguments, got 1
