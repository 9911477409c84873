# When main returns, asyncio.run cancels the tasks still pending (in creation order).
import asyncio


async def background(name):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        await asyncio.sleep(0)
        print(name, "finished cleanup")
        raise


async def main():
    for name in ("first", "second", "third"):
        asyncio.create_task(background(name))
    await asyncio.sleep(1)
    print("main returns")
    return "result"


print(asyncio.run(main()))
