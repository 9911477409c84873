# Bound methods remember their instance.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self
c = Counter()
inc = c.inc
inc()
inc(5)
print(c.n)  # expect: 6
print(c.inc().inc().n)  # expect: 8
Counter.inc(c, 100)
print(c.n)  # expect: 108
print(c.inc.__name__, c.inc.__self__ is c)  # expect: inc True
