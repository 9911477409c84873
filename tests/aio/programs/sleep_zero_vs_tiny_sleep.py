# sleep(0) is one loop turn; sleep(0.001) waits for the clock to move: zero-sleepers go first.
import asyncio


async def zero(name):
    for i in range(3):
        await asyncio.sleep(0)
        print(name, i)


async def tiny(name):
    for i in range(3):
        await asyncio.sleep(0.001)
        print(name, i)


async def main():
    await asyncio.gather(tiny("tiny"), zero("zero"))


asyncio.run(main())
