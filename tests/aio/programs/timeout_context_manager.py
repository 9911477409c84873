# asyncio.timeout(): expired(), when(), reschedule(), and the TimeoutError it raises.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            print("when set:", cm.when() is not None)
            await asyncio.sleep(2)
    except TimeoutError:
        print("expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.5)
        cm.reschedule(loop.time() + 3)
        await asyncio.sleep(1)
    print("not expired:", cm.expired())
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() + 0.25)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("rescheduled earlier and expired")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("entered an already expired timeout")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline expires at the first await")
    t = asyncio.timeout(1)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print(e)


asyncio.run(main())
