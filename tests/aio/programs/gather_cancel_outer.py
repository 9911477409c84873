# Cancelling a gather cancels every child that is still running.
import asyncio


async def child(n, d):
    try:
        await asyncio.sleep(d)
        print("child", n, "finished")
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def main():
    g = asyncio.gather(child(1, 0.5), child(2, 5), child(3, 5))
    await asyncio.sleep(1)
    print("cancel:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    print("cancel again:", g.cancel())


asyncio.run(main())
