# A getter cancelled while waiting does not lose an item put at the same time.
import asyncio


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("item")
    g1.cancel()
    try:
        await g1
    except asyncio.CancelledError:
        print("g1 cancelled")
    print("g2 got", await g2)
    print(q.qsize())


asyncio.run(main())
