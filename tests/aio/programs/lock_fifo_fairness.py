# Lock: waiters get it in FIFO order; async with releases it.
import asyncio


async def worker(lock, name, hold):
    print(name, "wants the lock")
    async with lock:
        print(name, "has it")
        await asyncio.sleep(hold)
        print(name, "releases it")


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(worker(lock, "a", 1), worker(lock, "b", 0.5), worker(lock, "c", 0.1))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)


asyncio.run(main())
