# Several tasks await the same task; each wakes, in the order they started waiting.
import asyncio


async def source():
    await asyncio.sleep(1)
    return "shared result"


async def waiter(name, t):
    print(name, "got", await t)


async def main():
    t = asyncio.create_task(source())
    await asyncio.gather(waiter("w1", t), waiter("w2", t), waiter("w3", t))
    print(await t, await t)


asyncio.run(main())
