# __add__, __radd__ and NotImplemented.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd with", other)
        return self.__add__(other)
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(5) + Money(7))  # expect: Money(12)
print(Money(5) + 1)  # expect: Money(6)
print(1 + Money(5))
# expect: radd with 1
# expect: Money(6)
print(sum([Money(1), Money(2), Money(3)]))
# expect: radd with 0
# expect: Money(6)
try:
    Money(1) + "x"
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +: 'Money' and 'str'
