# Waiting for a lock with a timeout: the waiter gives up, the lock stays consistent.
import asyncio


async def hog(lock):
    async with lock:
        await asyncio.sleep(3)


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(hog(lock))
    await asyncio.sleep(0)
    try:
        async with asyncio.timeout(1):
            await lock.acquire()
    except TimeoutError:
        print("gave up waiting; locked:", lock.locked())
    await h
    print("hog done; locked:", lock.locked())
    async with lock:
        print("acquired after all")


asyncio.run(main())
