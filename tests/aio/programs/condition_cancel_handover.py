# 3.13: a waiter notified and then cancelled hands the notification to the next waiter.
import asyncio


async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print(name, "notified")
        except asyncio.CancelledError:
            print(name, "cancelled")


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, "a"))
    b = asyncio.create_task(waiter(cond, "b"))
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(1)
        a.cancel()
    await asyncio.gather(a, b)


asyncio.run(main())
