# TaskGroup refuses tasks before entering and after it has finished.
import asyncio


async def nothing():
    pass


async def main():
    tg = asyncio.TaskGroup()
    c = nothing()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(str(e).replace(repr(tg), "<tg>"))
    async with tg:
        tg.create_task(nothing())
    c = nothing()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(str(e).replace(repr(tg), "<tg>"))
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(str(e).replace(repr(tg), "<tg>"))


asyncio.run(main())
