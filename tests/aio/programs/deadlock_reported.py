# Two tasks waiting on each other's events: nothing can ever run again. CPython would hang;
# both runners stop the program with status 1 (what was printed before stays).
import asyncio


async def a(ev_a, ev_b):
    print("a waits for b")
    await ev_b.wait()
    ev_a.set()


async def b(ev_a, ev_b):
    print("b waits for a")
    await ev_a.wait()
    ev_b.set()


async def main():
    ev_a, ev_b = asyncio.Event(), asyncio.Event()
    await asyncio.gather(a(ev_a, ev_b), b(ev_a, ev_b))
    print("never printed")


asyncio.run(main())
