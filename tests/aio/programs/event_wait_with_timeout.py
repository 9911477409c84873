# Waiting for an event with wait_for: a timeout, then a set() in time.
import asyncio


async def main():
    ev = asyncio.Event()
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.5)
    except TimeoutError:
        print("not set within 0.5s; waiters left:", len(ev._waiters))
    loop.call_later(0.3, ev.set)
    print(await asyncio.wait_for(ev.wait(), timeout=1))


asyncio.run(main())
