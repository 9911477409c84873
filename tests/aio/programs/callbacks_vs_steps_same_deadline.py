# A timer callback and a task's sleep with the same deadline: the callback runs in the timer
# turn, the task's step one turn later.
import asyncio


async def sleeper(loop, name):
    await asyncio.sleep(1)
    print("task", name)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper(loop, "A"))
    await asyncio.sleep(0)
    loop.call_later(1, print, "callback B")
    loop.call_later(1, lambda: loop.call_soon(print, "callback C's follow-up"))
    await t
    await asyncio.sleep(0)


asyncio.run(main())
