# Several producers feeding one consumer through a bounded queue.
import asyncio


async def producer(q, name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        await q.put(f"{name}{i}")
    await q.put(None)


async def consumer(q, producers):
    seen, finished = [], 0
    while finished < producers:
        item = await q.get()
        if item is None:
            finished += 1
        else:
            seen.append(item)
    return seen


async def main():
    q = asyncio.Queue(maxsize=3)
    prods = [producer(q, "x", 4, 0.3), producer(q, "y", 3, 0.5), producer(q, "z", 5, 0.2)]
    *_, seen = await asyncio.gather(*prods, consumer(q, 3))
    print(seen)


asyncio.run(main())
