# order, frozen, unsafe_hash, eq=False, kw_only, InitVar, __post_init__, ClassVar, inheritance.
from dataclasses import dataclass, field, InitVar, KW_ONLY, FrozenInstanceError, make_dataclass
from typing import ClassVar

@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = field(compare=False)

c = Card(10, "h")
print(c, sorted([Card(3, "s"), Card(1, "h")]), Card(2, "x") < Card(3, "a"), hash(c) == hash((10,)))
# expect: Card(rank=10, suit='h') [Card(rank=1, suit='h'), Card(rank=3, suit='s')] True True
try:
    c.rank = 5
except FrozenInstanceError as e:
    print(type(e).__name__ + ":", e)  # expect: FrozenInstanceError: cannot assign to field 'rank'

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale

print(WithPost(3), WithPost(3, 5))  # expect: WithPost(a=3, b=6) WithPost(a=3, b=15)

@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = 1

print(Config("app", level=3), Config.__match_args__)
# expect: Config(name='app', debug=False, level=3) ('name',)

@dataclass
class Counter:
    total: ClassVar[int] = 0
    label: str = "c"

print(Counter(), Counter.total)  # expect: Counter(label='c') 0

@dataclass
class Base:
    a: int = 1

@dataclass
class Child(Base):
    b: str = "x"

print(Child(), Child(5, "y"))  # expect: Child(a=1, b='x') Child(a=5, b='y')
C = make_dataclass("C", [("x", int), "y", ("z", int, field(default=5))])
print(C(1, 2))  # expect: C(x=1, y=2, z=5)

@dataclass(eq=False)
class Plain:
    a: int

print(Plain(1) == Plain(1))  # expect: False

@dataclass(unsafe_hash=True)
class Hashed:
    a: int

print(hash(Hashed(1)) == hash((1,)), {Hashed(1): "one"}[Hashed(1)])  # expect: True one

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
# expect: Node(val=1, children=[Node(val=2, children=[]), Node(val=3, children=[Node(val=4, children=[])])])
from dataclasses import asdict
print(asdict(tree))
# expect: {'val': 1, 'children': [{'val': 2, 'children': []}, {'val': 3, 'children': [{'val': 4, 'children': []}]}]}
