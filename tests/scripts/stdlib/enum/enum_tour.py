# Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique: reprs, lookups, aliases, errors.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
print(list(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color.__members__))
# expect: [<Color.RED: 1>, <Color.GREEN: 2>] Color.RED True ['RED', 'GREEN', 'CRIMSON']
for f in [lambda: Color(3), lambda: Color['BLUE'], lambda: Color.RED < Color.GREEN, lambda: setattr(Color, 'RED', 3), lambda: delattr(Color, 'RED')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
# expect: ValueError 3 is not a valid Color
# expect: KeyError 'BLUE'
# expect: TypeError '<' not supported between instances of 'Color' and 'Color'
# expect: AttributeError cannot reassign member 'RED'
# expect: AttributeError 'Color' cannot delete member 'RED'.
try:
  class More(Color): BLUE = 3
except TypeError as e: print(e)  # expect: <enum 'More'> cannot extend <enum 'Color'>
try:
  @unique
  class U(Enum):
    A = 1
    B = 1
    C = 2
    D = 2
except ValueError as e: print(e)  # expect: duplicate values found in <enum 'U'>: B -> A, D -> C
class N(IntEnum):
  ONE = 1
  TWO = auto()
print(N.TWO, repr(N.TWO), N.ONE + 1, f'{N.ONE}', str(N.ONE), format(N.ONE, '>3'), N(2), N.ONE == 1, sorted([N.TWO, N.ONE]))
# expect: 2 <N.TWO: 2> 2 1 1   1 2 True [<N.ONE: 1>, <N.TWO: 2>]
class S(StrEnum):
  A = auto()
  B = 'bee'
print(S.A, repr(S.A), S.B.upper(), f'{S.B}')  # expect: a <S.A: 'a'> BEE bee
class P(Flag):
  R = auto(); W = auto(); X = auto()
rw = P.R | P.W
print(rw, repr(rw), P.R in rw, list(rw), ~P.R, repr(P(0)), bool(P(0)), P(7), repr(P.R & P.W))
# expect: P.R|W <P.R|W: 3> True [<P.R: 1>, <P.W: 2>] P.W|X <P: 0> False P.R|W|X <P: 0>
class IP(IntFlag):
  A = 1; B = 2
print(IP.A | IP.B, repr(IP.A | 4), IP.A | 2)  # expect: 3 <IP.A|4: 5> 3
print(repr(Color), type(Color), Color.RED.name, Color.RED.value, 1 in Color, Color.RED in Color, len(Color), hash(Color.RED) == hash('RED'))
# expect: <enum 'Color'> <class 'enum.EnumType'> RED 1 True True 2 True
A = Enum('Animal', 'ANT BEE CAT'); print(list(A), A.BEE.value)
# expect: [<Animal.ANT: 1>, <Animal.BEE: 2>, <Animal.CAT: 3>] 2
class Pl(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius): self.mass = mass; self.radius = radius
print(Pl.EARTH.mass, Pl.EARTH.value, repr(Pl.EARTH))
# expect: 5.97e+24 (5.97e+24, 6370000.0) <Pl.EARTH: (5.97e+24, 6370000.0)>
class Mood(Enum):
    HAPPY = 'h'
    @classmethod
    def _missing_(cls, value): return cls.HAPPY
    def describe(self): return self.name.lower()
print(Mood('zzz'), Mood.HAPPY.describe())  # expect: Mood.HAPPY happy
class Z(Enum):
    def _generate_next_value_(name, start, count, last_values): return name * 2
    A = auto(); B = auto()
print(list(Z), Z.A.value)  # expect: [<Z.A: 'AA'>, <Z.B: 'BB'>] AA
print(str(Color.RED), format(Color.RED), f'{Color.RED:>12}|', Color.RED.__class__.__name__, dir(Color))
# expect: Color.RED Color.RED    Color.RED| Color ['GREEN', 'RED', '__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__', '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__']
print(Color.RED == 1, isinstance(Color.RED, Color), Color._member_names_, Color._value2member_map_)
# expect: False True ['RED', 'GREEN'] {1: <Color.RED: 1>, 2: <Color.GREEN: 2>}
try: P(8)
except ValueError as e: print(e)
                        # expect: <flag 'P'> invalid value 8
                        # expect:     given 0b0 1000
                        # expect:   allowed 0b0 0111
class Weekday(Enum):
    MON = 1; TUE = 2
    @property
    def is_weekend(self): return False
    @classmethod
    def first(cls): return cls.MON
print(Weekday.first(), Weekday.TUE.is_weekend, {Weekday.MON: 'start'}[Weekday.MON])
# expect: Weekday.MON False start
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
print(Status("active"), Status["INACTIVE"].value, [s.value for s in Status], Status.ACTIVE != Status.INACTIVE)
# expect: Status.ACTIVE inactive ['active', 'inactive'] True
print(~IP.A, repr(~IP.A), list(reversed(Color)), IP(3) in IP, IP.A in (IP.A | IP.B))
# expect: 2 <IP.B: 2> [<Color.GREEN: 2>, <Color.RED: 1>] True True
