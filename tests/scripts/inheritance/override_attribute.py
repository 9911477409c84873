# Subclasses override class attributes; methods see the instance's class.
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
for s in [Shape(), Triangle(), Square()]:
    print(s.describe())
# expect: Shape with 0 sides
# expect: Triangle with 3 sides
# expect: Square with 4 sides
