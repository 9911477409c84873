# shield(): cancelling the waiter does not cancel the shielded task.
import asyncio


async def important():
    await asyncio.sleep(2)
    print("important work finished")
    return 42


async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled, inner cancelled?", inner.cancelled())
        raise


async def main():
    inner = asyncio.create_task(important())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled")
    print(await inner)
    try:
        await asyncio.wait_for(asyncio.shield(important()), timeout=0.5)
    except TimeoutError:
        print("timeout, but the shielded coroutine keeps running")
    await asyncio.sleep(3)


asyncio.run(main())
