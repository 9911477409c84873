# IntEnum members (and int subclass instances) used as indexes, counts and ranges.
from enum import IntEnum
class P(IntEnum):
    LOW = 0
    HIGH = 2
items = ["a", "b", "c"]
print(items[P.HIGH], "xyz"[P.LOW], list(range(P.HIGH)), [0] * P.HIGH, items[P.LOW:P.HIGH], (1, 2, 3)[P.HIGH])
# expect: c x [0, 1] [0, 0] ['a', 'b'] 3
class I(int): pass
print(items[I(1)], hex(I(255)), round(2.5, I(0)))  # expect: b 0xff 2.0
