# super() inside classmethods and with explicit arguments.
class A:
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
    def hi(self):
        return "A.hi"
class B(A):
    @classmethod
    def make(cls):
        return "B/" + super().make()
    def hi(self):
        return "B.hi/" + super(B, self).hi()
print(B.make())  # expect: B/A.make for B
print(B().hi())  # expect: B.hi/A.hi
