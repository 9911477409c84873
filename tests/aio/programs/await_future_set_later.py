# A task waits on a future that a timer callback completes.
import asyncio


async def waiter(fut):
    print("waiting")
    value = await fut
    print("got", value)
    return value


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    loop.call_later(2, fut.set_result, "payload")
    start = loop.time()
    print(await t, f"{loop.time() - start:.1f}")


asyncio.run(main())
