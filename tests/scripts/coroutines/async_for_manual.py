# async for uses __aiter__ and __anext__, stopping at StopAsyncIteration.
class Yield:
    def __await__(self):
        yield
class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Yield()
        self.i += 1
        return self.i
async def main():
    async for t in Ticker(3):
        print("tick", t)
    else:
        print("for-else ran")
    return "done"
c = main()
try:
    while True:
        c.send(None)
    # expect: tick 1
    # expect: tick 2
    # expect: tick 3
    # expect: for-else ran
except StopIteration as e:
    print(e.value)  # expect: done
