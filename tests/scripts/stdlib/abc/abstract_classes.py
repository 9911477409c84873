# ABC, abstractmethod, register and isinstance.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class RealSquare(Square):
    def perimeter(self):
        return 4 * self.side

for make in [lambda: Shape(), lambda: Square(2), lambda: RealSquare(3).describe()]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
# expect: TypeError: Can't instantiate abstract class Shape without an implementation for abstract methods 'area', 'perimeter'
# expect: TypeError: Can't instantiate abstract class Square without an implementation for abstract method 'perimeter'
# expect: RealSquare with area 9
print(sorted(Shape.__abstractmethods__), RealSquare.__abstractmethods__)
# expect: ['area', 'perimeter'] frozenset()

class Drawable(ABC):
    pass

class Sprite:
    pass

Drawable.register(Sprite)
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable), isinstance(1, Drawable))
# expect: True True False
print(isinstance(RealSquare(1), Shape), type(Shape).__name__)  # expect: True ABCMeta

class Named(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

try:
    Named()
except TypeError as e:
    print(e)
    # expect: Can't instantiate abstract class Named without an implementation for abstract method 'name'

class Dog(Named):
    @property
    def name(self):
        return "rex"

print(Dog().name)  # expect: rex
