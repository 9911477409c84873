# Async comprehensions and await inside comprehensions.
class Yield:
    def __await__(self):
        yield
async def agen(n):
    for i in range(n):
        await Yield()
        yield i
async def double(x):
    await Yield()
    return x * 2
async def main():
    a = [x async for x in agen(4)]
    b = [await double(x) for x in range(3)]
    c = {x: x * x async for x in agen(3) if x}
    return a, b, c
c = main()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)  # expect: ([0, 1, 2, 3], [0, 2, 4], {1: 1, 2: 4})
