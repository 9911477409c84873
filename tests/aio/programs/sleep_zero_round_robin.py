# Three tasks take turns on sleep(0): each sleep(0) gives up the loop for exactly one turn.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")


async def main():
    tasks = [asyncio.create_task(worker(n, k)) for n, k in (("a", 3), ("b", 1), ("c", 2))]
    print("created")
    await asyncio.sleep(0)
    print("main resumed once")
    for t in tasks:
        await t
    print("all done")


asyncio.run(main())
