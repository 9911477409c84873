# Cancelling a gather propagates CancelledError even with return_exceptions=True.
import asyncio


async def child(n):
    await asyncio.sleep(n)
    return n


async def main():
    g = asyncio.gather(child(1), child(2), return_exceptions=True)
    await asyncio.sleep(0.5)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("CancelledError despite return_exceptions")
    g2 = asyncio.gather(child(0.1), child(0.2), return_exceptions=True)
    print(await g2)


asyncio.run(main())
