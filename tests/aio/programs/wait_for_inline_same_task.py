# Since 3.12 wait_for runs a coroutine in the calling task (no new task is created).
import asyncio


async def who():
    return asyncio.current_task().get_name()


async def main():
    print(asyncio.current_task().get_name())
    print(await asyncio.wait_for(who(), timeout=5))
    before = len(asyncio.all_tasks())
    await asyncio.wait_for(asyncio.sleep(0.1), timeout=1)
    print(before, len(asyncio.all_tasks()))


asyncio.run(main(), debug=False)
