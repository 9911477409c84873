# Unnamed tasks are numbered Task-1, Task-2, ... (asyncio.run's main task is Task-1).
import asyncio


async def noop():
    return None


async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop())
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name(42)
    print(repr(c.get_name()))
    await asyncio.gather(a, b, c)
    d = asyncio.ensure_future(noop())
    print(d.get_name())
    await d


asyncio.run(main())
