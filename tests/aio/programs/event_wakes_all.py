# Event.set() wakes every waiter; clear() makes new waiters block again.
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in "xyz"]
    await asyncio.sleep(1)
    print("setting", ev.is_set())
    ev.set()
    ev.set()
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    t = asyncio.create_task(waiter(ev, "late"))
    await asyncio.sleep(0.1)
    print("late still waiting:", not t.done())
    ev.set()
    await t


asyncio.run(main())
