# Three "downloads": time.sleep runs them one after another, asyncio.sleep overlaps them.
import asyncio
import time


async def download_blocking(n):
    time.sleep(1)
    return n


async def download_async(n):
    await asyncio.sleep(1)
    return n


async def main():
    t0 = time.perf_counter()
    print(await asyncio.gather(*(download_blocking(n) for n in range(3))),
          f"blocking: {time.perf_counter() - t0:.1f}s")
    t0 = time.perf_counter()
    print(await asyncio.gather(*(download_async(n) for n in range(3))),
          f"async: {time.perf_counter() - t0:.1f}s")


asyncio.run(main())
