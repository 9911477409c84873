# A Random subclass that supplies only random(): integers are drawn from it.
import random

class Stepper(random.Random):
    def __init__(self):
        self.value = 0.0
        super().__init__()

    def random(self):
        self.value = (self.value + 0.137) % 1.0
        return self.value

s = Stepper()
print(s.randrange(10), s.randrange(10), s.choice("abcd"))  # expect: 6 2 a
print([s.randint(1, 6) for _ in range(5)])  # expect: [5, 3, 1, 5, 1]

class Dice(random.Random):
    pass

d = Dice(3)
print(d.randint(1, 6), isinstance(d, random.Random))  # expect: 2 True
