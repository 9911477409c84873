# Timeouts inside TaskGroup children stay local to each child.
import asyncio


async def fetch(name, cost, limit):
    try:
        async with asyncio.timeout(limit):
            await asyncio.sleep(cost)
            return f"{name}: ok"
    except TimeoutError:
        return f"{name}: timed out"


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n, c, 1)) for n, c in (("fast", 0.5), ("slow", 2), ("edge", 0.99))]
    print([t.result() for t in tasks])
    print(asyncio.current_task().cancelling())


asyncio.run(main())
