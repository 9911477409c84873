# as_completed yields results in completion order.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for fut in asyncio.as_completed([job("c", 3), job("a", 1), job("b", 2)]):
        print(await fut, f"{loop.time() - start:.0f}")
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("x", 0.2), ("y", 0.1))]
    async for t in asyncio.as_completed(tasks):
        print("async for got the task itself:", t in tasks, t.result())


asyncio.run(main())
