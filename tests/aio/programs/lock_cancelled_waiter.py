# A waiter cancelled while queued for a lock gives its turn to the next one.
import asyncio


async def holder(lock):
    async with lock:
        await asyncio.sleep(1)
        print("holder done")


async def waiter(lock, name):
    try:
        async with lock:
            print(name, "got the lock")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0.5)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print(lock.locked())


asyncio.run(main())
