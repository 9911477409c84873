# A task's exception looked at before the task is dropped: nothing is logged.
import asyncio


async def fails():
    raise OSError("disk full")


async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    t2 = asyncio.create_task(fails())
    await asyncio.wait([t2])
    try:
        t2.result()
    except OSError as e:
        print("result() raised", e)


asyncio.run(main())
