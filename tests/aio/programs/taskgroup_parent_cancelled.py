# Cancelling the task that runs a TaskGroup cancels the group's children too.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(child(i))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("runner sees CancelledError")
        raise


async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())


asyncio.run(main())
