# An abstract base with a concrete template method, abstract properties and a registry.
from abc import ABC, abstractmethod
import math

class Shape(ABC):
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry.append(cls.__name__)

    @property
    @abstractmethod
    def area(self):
        ...

    def report(self):
        return f"{type(self).__name__}: {self.area:.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return math.pi * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h

class Broken(Shape):
    pass

print([s.report() for s in sorted([Circle(1), Rect(2, 3), Circle(0.5)], key=lambda s: s.area)])
# expect: ['Circle: 0.79', 'Circle: 3.14', 'Rect: 6.00']
print(Shape.registry, issubclass(Circle, Shape), isinstance(Rect(1, 1), ABC))
# expect: ['Circle', 'Rect', 'Broken'] True True
try:
    Broken()
except TypeError as e:
    print(e)
    # expect: Can't instantiate abstract class Broken without an implementation for abstract method 'area'
