# async with calls __aenter__ and __aexit__, which may suspend.
class Yield:
    def __await__(self):
        yield "io"
class Conn:
    async def __aenter__(self):
        print("connecting")
        await Yield()
        return "conn"
    async def __aexit__(self, exc_type, exc, tb):
        print("closing", exc_type.__name__ if exc_type else None)
        await Yield()
        return exc_type is KeyError
async def main():
    async with Conn() as c:
        print("using", c)
    async with Conn():
        raise KeyError("swallowed by __aexit__")
    return "finished"
coro = main()
steps = 0
try:
    while True:
        coro.send(None)
        steps += 1
    # expect: connecting
    # expect: using conn
    # expect: closing None
    # expect: connecting
    # expect: closing KeyError
except StopIteration as e:
    print(e.value, "after", steps, "suspensions")  # expect: finished after 4 suspensions
