# More arithmetic dunders: __sub__, __mul__, __neg__, __truediv__, __mod__, __pow__.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return f"V({self.x}, {self.y})"
a = V(3, 4)
print(a - V(1, 1), a * 2, 2 * a, -a, a / 2, abs(a))
# expect: V(2, 3) V(6, 8) V(6, 8) V(-3, -4) V(1.5, 2.0) 5.0
