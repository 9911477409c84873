# __init__ sets instance attributes; instances have their own __dict__ entries.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p.x, p.y, p.norm2())  # expect: 3 4 25
p.x = 6
print(p.norm2())  # expect: 52
q = Point(1, 1)
print(q.x, p.x)  # expect: 1 6
print(type(p).__name__, isinstance(p, Point))  # expect: Point True
