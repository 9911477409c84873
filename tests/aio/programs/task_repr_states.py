# A task's repr through its life: pending (not started), waiting, finished.
import asyncio


async def child():
    await asyncio.sleep(1)
    return "ok"


async def main():
    t = asyncio.create_task(child(), name="kid")
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    print(t.get_name(), t.done(), t.cancelled(), t.result())


asyncio.run(main())
