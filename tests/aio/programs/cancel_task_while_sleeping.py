# Cancelling a sleeping task throws CancelledError into it at its await.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise
    finally:
        print("sleeper cleanup")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
    print("cancelling:", t.cancelling(), "done:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(t.cancelled(), t.cancel())


asyncio.run(main())
