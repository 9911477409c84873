# A three-stage pipeline connected by queues; each stage has its own speed.
import asyncio


async def source(out_q):
    for i in range(5):
        await asyncio.sleep(0.1)
        await out_q.put(i)
    await out_q.put(None)


async def square(in_q, out_q):
    while (x := await in_q.get()) is not None:
        await asyncio.sleep(0.25)
        await out_q.put(x * x)
    await out_q.put(None)


async def sink(in_q, loop, start):
    while (x := await in_q.get()) is not None:
        print(f"{x} at {loop.time() - start:.2f}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    q1, q2 = asyncio.Queue(2), asyncio.Queue(2)
    await asyncio.gather(source(q1), square(q1, q2), sink(q2, loop, start))


asyncio.run(main())
