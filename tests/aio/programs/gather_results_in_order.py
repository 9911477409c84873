# gather returns results in argument order, whatever order the children finish in.
import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    print("finished", n)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(job(1, 0.3), job(2, 0.1), job(3, 0.2))
    print(results)
    print(f"elapsed {loop.time() - start:.2f}")


asyncio.run(main())
