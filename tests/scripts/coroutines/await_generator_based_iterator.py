# __await__ may return any iterator, e.g. a generator with several yields.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n, 0, -1):
            yield i
        return "liftoff"
async def launch():
    return await Countdown(3)
c = launch()
try:
    while True:
        print(c.send(None))
    # expect: 3
    # expect: 2
    # expect: 1
except StopIteration as e:
    print(e.value)  # expect: liftoff
