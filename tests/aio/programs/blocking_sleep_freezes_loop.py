# time.sleep() inside a coroutine blocks the whole loop: the other task's timer fires late.
import asyncio
import time


async def ticker(loop, start):
    for _ in range(3):
        await asyncio.sleep(0.5)
        print(f"tick at {loop.time() - start:.2f}")


async def blocker():
    await asyncio.sleep(0.1)
    print("blocking for 2 seconds")
    time.sleep(2)
    print("unblocked")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(ticker(loop, start), blocker())


asyncio.run(main())
