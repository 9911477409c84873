# time.monotonic() and loop.time() read the same clock; time.time() is wall-clock based.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    t_loop, t_mono, t_wall = loop.time(), time.monotonic(), time.time()
    await asyncio.sleep(2.5)
    print(f"{loop.time() - t_loop:.2f} {time.monotonic() - t_mono:.2f} {time.time() - t_wall:.2f}")
    time.sleep(0.5)
    print(f"{loop.time() - t_loop:.2f}")


asyncio.run(main())
