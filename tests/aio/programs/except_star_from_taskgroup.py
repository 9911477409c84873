# except* splits the TaskGroup's ExceptionGroup by type.
import asyncio


async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("bad value"), 0.1))
            tg.create_task(fail(KeyError("missing"), 0.1))
            tg.create_task(fail(ValueError("another"), 0.1))
    except* ValueError as eg:
        print("values:", sorted(str(e) for e in eg.exceptions))
    except* KeyError as eg:
        print("keys:", [str(e) for e in eg.exceptions])


asyncio.run(main())
