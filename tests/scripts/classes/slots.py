# __slots__: instances take only the listed names and have no __dict__ (unless a base
# lacks __slots__ or "__dict__" is listed); dataclass(slots=True) builds such a class.
class P:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
p = P()
print(p.x)  # expect: 1
try:
    p.z = 3
except AttributeError as e: print(e)
                            # expect: 'P' object has no attribute 'z' and no __dict__ for setting new attributes
try:
    print(p.y)
except AttributeError as e: print(e)  # expect: 'P' object has no attribute 'y'
print(hasattr(p, "__dict__"), P.__slots__)  # expect: False ('x', 'y')
try:
    vars(p)
except TypeError as e: print(e)  # expect: vars() argument must have __dict__ attribute
p.y = 5; print(p.y); del p.y  # expect: 5
try:
    del p.q
except AttributeError as e: print(e)
                            # expect: 'P' object has no attribute 'q' and no __dict__ for setting new attributes
class Q(P):
    pass
q = Q(); q.z = 5; print(q.z, hasattr(q, "__dict__"))  # expect: 5 True
class R(P):
    __slots__ = ("w",)
r = R(); r.w = 1; r.x = 2; print(r.w, r.x)  # expect: 1 2
try:
    r.v = 1
except AttributeError as e: print(e)
                            # expect: 'R' object has no attribute 'v' and no __dict__ for setting new attributes
class S:
    __slots__ = "only"
s = S(); s.only = 1; print(s.only)  # expect: 1
class D:
    __slots__ = ("a", "__dict__")
d = D(); d.a = 1; d.b = 2; print(d.a, d.b, "b" in d.__dict__)  # expect: 1 2 True
from dataclasses import dataclass
@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
pt = Point(1)
print(pt)  # expect: Point(x=1, y=0)
try:
    pt.z = 1
except AttributeError as e: print(e)
                            # expect: 'Point' object has no attribute 'z' and no __dict__ for setting new attributes
@dataclass(slots=True, frozen=True)
class Money:
    amount: int
    currency: str = "EUR"
m = Money(5)
print(m, m == Money(5), Money.__slots__, hasattr(m, "__dict__"))
# expect: Money(amount=5, currency='EUR') True ('amount', 'currency') False
try:
    m.amount = 6
except AttributeError as e: print(type(e).__name__, e)
                            # expect: FrozenInstanceError cannot assign to field 'amount'
