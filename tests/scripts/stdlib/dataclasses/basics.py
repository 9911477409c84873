# @dataclass: generated __init__, __repr__, __eq__, defaults, factories, errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(3), Point(y=5, x=4))
# expect: Point(x=1, y=2) True True Point(x=3, y=0) Point(x=4, y=5)
for f in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: hash(p)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: Point.__init__() missing 1 required positional argument: 'x'
# expect: TypeError: Point.__init__() takes from 2 to 3 positional arguments but 4 were given
# expect: TypeError: Point.__init__() got an unexpected keyword argument 'z'
# expect: TypeError: unhashable type: 'Point'

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    def add(self, item):
        self.items.append(item)

shop = Inventory("shop")
shop.add("apple")
print(shop, asdict(shop), astuple(shop), [f.name for f in fields(shop)])
# expect: Inventory(name='shop', items=['apple']) {'name': 'shop', 'items': ['apple']} ('shop', ['apple']) ['name', 'items']
print(replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
# expect: Point(x=1, y=10) True True False
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
    # expect: mutable default <class 'list'> for field items is not allowed: use default_factory
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)  # expect: non-default argument 'b' follows default argument 'a'

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return "custom!"

print(Custom(1), Custom(1) == Custom(1))  # expect: custom! True
