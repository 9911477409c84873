# Async generators may await between yields.
class Yield:
    def __await__(self):
        yield "pause"
async def ticker(n):
    for i in range(n):
        await Yield()
        yield i * 10
async def main():
    out = []
    async for v in ticker(3):
        out.append(v)
    return out
c = main()
pauses = 0
try:
    while True:
        c.send(None)
        pauses += 1
except StopIteration as e:
    print(e.value, pauses)  # expect: [0, 10, 20] 3
