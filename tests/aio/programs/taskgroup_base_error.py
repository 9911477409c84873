# KeyboardInterrupt/SystemExit in a child are re-raised as themselves, not grouped.
import asyncio


async def quitter():
    await asyncio.sleep(0.5)
    raise SystemExit(3)


async def other():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("other cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(quitter())
            tg.create_task(other())
    except SystemExit as e:
        print("SystemExit", e.code)


asyncio.run(main())
