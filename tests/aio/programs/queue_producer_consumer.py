# A producer and two consumers share a Queue; join() waits for task_done() of every item.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
        await asyncio.sleep(0.1)


async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, "got", item)
        await asyncio.sleep(0.25)
        q.task_done()


async def main():
    q = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    await producer(q, 5)
    await q.join()
    print("all processed", q.qsize(), q.empty())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)


asyncio.run(main())
