# total_ordering, cmp_to_key, cached_property, singledispatch.
from functools import total_ordering, cmp_to_key, cached_property, singledispatch, singledispatchmethod

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b = Version("1.10"), Version("1.9")
print(a > b, a <= b, a >= b, b < a, sorted([a, b, Version("0.1")]), max(a, b))
# expect: True False True True [v0.1, v1.9, v1.10] v1.10
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)  # expect: must define at least one ordering operation: < > <= >=

print(sorted(["pear", "fig", "banana"], key=cmp_to_key(lambda x, y: len(x) - len(y))))
# expect: ['fig', 'pear', 'banana']

class Report:
    def __init__(self):
        self.builds = 0
    @cached_property
    def summary(self):
        self.builds += 1
        return "42 lines"

r = Report()
print(r.summary, r.summary, r.builds, "summary" in r.__dict__)  # expect: 42 lines 42 lines 1 True

@singledispatch
def describe(x):
    return f"something: {x!r}"

@describe.register
def _(x: int):
    return f"an int: {x}"

@describe.register(list)
def _(x):
    return f"a list of {len(x)}"

print(describe(1), describe([1, 2]), describe("s"), describe(True))
# expect: an int: 1 a list of 2 something: 's' an int: True

class Formatter:
    @singledispatchmethod
    def fmt(self, value):
        return str(value)
    @fmt.register
    def _(self, value: float):
        return f"{value:.2f}"

print(Formatter().fmt(3.14159), Formatter().fmt("x"))  # expect: 3.14 x
