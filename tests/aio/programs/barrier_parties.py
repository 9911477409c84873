# Barrier(3): everyone waits until the third arrives; indices follow arrival order.
import asyncio


async def runner(barrier, name, d):
    await asyncio.sleep(d)
    print(name, "arrives")
    idx = await barrier.wait()
    print(name, "passes with index", idx)


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    await asyncio.gather(runner(b, "a", 1), runner(b, "b", 3), runner(b, "c", 2))
    print(b.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)


asyncio.run(main())
