# Timers with equal deadlines fire in the order they were scheduled.
import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print("woke", name)


async def main():
    names = ["first", "second", "third", "fourth"]
    await asyncio.gather(*(sleeper(n, 1) for n in names))
    loop = asyncio.get_running_loop()
    for n in names:
        loop.call_later(0.5, print, "callback", n)
    await asyncio.sleep(0.5)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
