# Objects with __await__ can be awaited and wrapped with ensure_future.
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


async def main():
    print(await Delay(0.5, "awaited directly"))
    fut = asyncio.ensure_future(Delay(0.2, "wrapped in a task"))
    print(type(fut).__name__, await fut)
    print(await asyncio.gather(Delay(0.3, "a"), Delay(0.1, "b")))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)


asyncio.run(main())
