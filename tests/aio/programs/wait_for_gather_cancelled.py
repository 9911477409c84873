# A gather under wait_for: the timeout cancels the gather, which cancels every child.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(n)
        print("child", n, "done")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def main():
    try:
        await asyncio.wait_for(asyncio.gather(child(1), child(3), child(5)), timeout=2)
    except TimeoutError:
        print("timeout")
    await asyncio.sleep(5)
    print("nothing else ran")


asyncio.run(main())
