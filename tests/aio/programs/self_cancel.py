# A task may cancel itself: the CancelledError arrives at its next await.
import asyncio


async def quitter():
    print("cancel myself:", asyncio.current_task().cancel())
    print("still running until the next await")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("got it at the await")
        raise


async def finisher():
    asyncio.current_task().cancel()
    return "returned before any await"


async def main():
    t = asyncio.create_task(quitter())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())
    t2 = asyncio.create_task(finisher())
    await asyncio.gather(t2, return_exceptions=True)
    print(t2.cancelled())


asyncio.run(main())
