# A bounded queue makes put() wait until a consumer makes room (back-pressure).
import asyncio


async def producer(q):
    loop = asyncio.get_running_loop()
    for i in range(6):
        await q.put(i)
        print(f"put {i} at {loop.time():.1f} size={q.qsize()} full={q.full()}")
    await q.put(None)


async def consumer(q):
    loop = asyncio.get_running_loop()
    while (item := await q.get()) is not None:
        await asyncio.sleep(1)
        print(f"consumed {item} at {loop.time():.1f}")


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.full())
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
