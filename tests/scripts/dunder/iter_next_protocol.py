# An iterator class with __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))  # expect: [4, 3, 2, 1]
it = Countdown(2)
print(next(it), next(it), next(it, "end"))  # expect: 2 1 end
for a, b in zip(Countdown(3), "xyz"):
    print(a, b)
# expect: 3 x
# expect: 2 y
# expect: 1 z
