# PriorityQueue gives the smallest first; LifoQueue the newest first.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high"), (5, "lowest")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([await lq.get() for _ in range(4)])
    nums = asyncio.PriorityQueue()
    for n in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
        nums.put_nowait(n)
    print([nums.get_nowait() for _ in range(10)])


asyncio.run(main())
