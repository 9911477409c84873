# The same awaitable twice in gather: it runs once, its result appears twice.
import asyncio

calls = 0


async def once():
    global calls
    calls += 1
    await asyncio.sleep(0.1)
    return calls


async def main():
    c = once()
    t = asyncio.create_task(once())
    print(await asyncio.gather(c, c, t, t), calls)


asyncio.run(main())
