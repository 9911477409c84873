# Barrier.abort() breaks the barrier for everyone waiting and everyone after.
import asyncio


async def waiter(b, name):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print(name, "broken barrier")


async def main():
    b = asyncio.Barrier(3)
    t1 = asyncio.create_task(waiter(b, "w1"))
    t2 = asyncio.create_task(waiter(b, "w2"))
    await asyncio.sleep(0.1)
    await b.abort()
    await asyncio.gather(t1, t2)
    print(b.broken)
    await waiter(b, "late")


asyncio.run(main())
