# FIFO: a newcomer waits while earlier waiters have not been served yet.
import asyncio


async def take(sem, name, hold):
    await sem.acquire()
    print(name, "acquired")
    await asyncio.sleep(hold)
    sem.release()
    print(name, "released")


async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(take(sem, "a", 1))
    b = asyncio.create_task(take(sem, "b", 1))
    await asyncio.sleep(1)
    c = asyncio.create_task(take(sem, "c", 0.1))
    await asyncio.gather(a, b, c)


asyncio.run(main())
