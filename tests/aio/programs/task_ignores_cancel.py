# A task may catch CancelledError and carry on; uncancel() resets the count.
import asyncio


async def stubborn():
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print("slept", attempt)
        except asyncio.CancelledError:
            print("ignoring cancel", attempt, asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(0.1)
    t.cancel()
    print(await t, t.cancelling())


asyncio.run(main())
