# A task that returns from `finally` swallows its cancellation and finishes normally.
import asyncio


async def swallow():
    try:
        await asyncio.sleep(5)
    finally:
        return "swallowed"


async def main():
    t = asyncio.create_task(swallow())
    await asyncio.sleep(1)
    t.cancel()
    print(await t, t.cancelled())


asyncio.run(main())
