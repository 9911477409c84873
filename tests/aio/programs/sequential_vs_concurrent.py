# Awaiting one after another adds the delays up; create_task overlaps them.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    a = await fetch("a", 1)
    b = await fetch("b", 2)
    print(a, "|", b, f"| sequential {loop.time() - start:.2f}")

    start = loop.time()
    ta = asyncio.create_task(fetch("a", 1))
    tb = asyncio.create_task(fetch("b", 2))
    print(await ta, "|", await tb, f"| concurrent {loop.time() - start:.2f}")


asyncio.run(main())
