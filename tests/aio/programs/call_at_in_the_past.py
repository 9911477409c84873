# A deadline already in the past fires at the next turn, after callbacks already queued.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "call_soon first")
    loop.call_at(loop.time() - 10, print, "call_at in the past")
    loop.call_later(-1, print, "call_later negative")
    loop.call_soon(print, "call_soon second")
    await asyncio.sleep(0)
    print("main after one turn")
    await asyncio.sleep(0)


asyncio.run(main())
