# Semaphore(2): at most two workers inside at a time.
import asyncio


async def worker(sem, n, active, peak):
    async with sem:
        active.append(n)
        peak[0] = max(peak[0], len(active))
        print("in", n, sorted(active))
        await asyncio.sleep(1)
        active.remove(n)


async def main():
    sem = asyncio.Semaphore(2)
    active, peak = [], [0]
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(*(worker(sem, i, active, peak) for i in range(5)))
    print("peak", peak[0], f"{loop.time() - start:.0f}s", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)


asyncio.run(main())
