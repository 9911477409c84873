# A class-based async context manager whose enter and exit await.
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def main():
    async with Connection("a") as c:
        print("using", c.name)
    async with Connection("b"):
        raise KeyError("suppressed by __aexit__")
    try:
        async with Connection("c"):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("propagated", e)


asyncio.run(main())
