# Nested TaskGroups: an inner failure propagates as a nested ExceptionGroup.
import asyncio


async def leaf(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    print("leaf", name)


async def middle():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("m1", 1))
        tg.create_task(leaf("m2", 2, fail=True))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(middle())
            tg.create_task(leaf("outer", 3))
    except ExceptionGroup as eg:
        print(repr(eg))
    async with asyncio.TaskGroup() as outer:
        async with asyncio.TaskGroup() as inner:
            inner.create_task(leaf("i", 1))
        outer.create_task(leaf("o", 1))
    print("nested fine")


asyncio.run(main())
