# A cancelled child makes gather raise CancelledError (others keep running).
import asyncio


async def child(n, d):
    await asyncio.sleep(d)
    print("child", n, "finished")
    return n


async def main():
    t1 = asyncio.create_task(child(1, 1))
    t2 = asyncio.create_task(child(2, 2))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.5)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; t2 done?", t2.done())
    await asyncio.sleep(2)
    t3 = asyncio.create_task(child(3, 1))
    t4 = asyncio.create_task(child(4, 1))
    g2 = asyncio.gather(t3, t4, return_exceptions=True)
    await asyncio.sleep(0.5)
    t3.cancel("bye")
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in await g2])


asyncio.run(main())
