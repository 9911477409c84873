# Async generators: async for, async comprehensions, asend.
import asyncio


async def countdown(n, delay):
    while n > 0:
        await asyncio.sleep(delay)
        yield n
        n -= 1


async def echo():
    received = None
    while True:
        received = yield f"echo {received}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async for i in countdown(3, 0.5):
        print(i, f"{loop.time() - start:.1f}")
    print([x async for x in countdown(4, 0)])
    gen = echo()
    print(await gen.asend(None))
    print(await gen.asend("hi"))
    await gen.aclose()


asyncio.run(main())
