# super() calls the next class in the MRO.
class Base:
    def __init__(self, x):
        self.x = x
        print("Base init", x)
    def describe(self):
        return f"Base({self.x})"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Child init", y)
    def describe(self):
        return "Child<" + super().describe() + f", {self.y}>"
c = Child(1, 2)
# expect: Base init 1
# expect: Child init 2
print(c.describe())  # expect: Child<Base(1), 2>
