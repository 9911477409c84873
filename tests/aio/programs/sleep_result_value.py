# sleep(delay, result) returns result; negative delays behave like sleep(0).
import asyncio


async def main():
    print(await asyncio.sleep(0.1, "hello"))
    print(await asyncio.sleep(-5, "negative"))
    print(await asyncio.sleep(0, result=[1, 2]))
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(3600)
    print(f"an hour later: {loop.time() - t0:.1f}")


asyncio.run(main())
