# Several children failing at the same turn: all their errors are collected.
import asyncio


async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v"), 1))
            tg.create_task(fail(KeyError("k"), 1))
            tg.create_task(fail(TypeError("t"), 2))
    except ExceptionGroup as eg:
        print(eg.message, [type(e).__name__ for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("x"), 0.5))
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print([type(e).__name__ for e in eg.exceptions])


asyncio.run(main())
