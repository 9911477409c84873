# A semaphore waiter cancelled after being woken gives the unit back to the next waiter.
import asyncio


async def user(sem, name, hold):
    try:
        async with sem:
            print(name, "in")
            await asyncio.sleep(hold)
            print(name, "out")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(user(sem, "a", 1))
    b = asyncio.create_task(user(sem, "b", 1))
    c = asyncio.create_task(user(sem, "c", 1))
    await asyncio.sleep(1)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(sem.locked())


asyncio.run(main())
