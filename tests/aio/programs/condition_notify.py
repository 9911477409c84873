# Condition: notify(n) wakes n waiters, each re-acquiring the lock in turn.
import asyncio


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(4)]
    await asyncio.sleep(0.1)
    async with cond:
        items.extend([1, 2])
        cond.notify(2)
    await asyncio.sleep(0.1)
    async with cond:
        items.extend([3, 4])
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)


asyncio.run(main())
