# A failing child cancels its siblings and the body; errors come out as an ExceptionGroup.
import asyncio


async def ok(name, d):
    try:
        await asyncio.sleep(d)
        print("finished", name)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise


async def fail(d):
    await asyncio.sleep(d)
    raise ValueError("child failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("slow", 5))
            tg.create_task(fail(1))
            tg.create_task(ok("fast", 0.5))
            tg.create_task(ok("other slow", 3))
            await asyncio.sleep(10)
            print("body not reached")
    except* ValueError as eg:
        print("caught", eg.exceptions)
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
