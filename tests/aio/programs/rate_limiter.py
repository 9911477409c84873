# At most 2 requests in flight and one start every 0.5s.
import asyncio


async def request(n, sem, lock, log, loop, start):
    async with sem:
        async with lock:
            await asyncio.sleep(0.5)
        log.append(f"start {n} at {loop.time() - start:.1f}")
        await asyncio.sleep(1.2)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem, lock, log = asyncio.Semaphore(2), asyncio.Lock(), []
    await asyncio.gather(*(request(n, sem, lock, log, loop, start) for n in range(5)))
    print("\n".join(log))
    print(f"total {loop.time() - start:.1f}")


asyncio.run(main())
