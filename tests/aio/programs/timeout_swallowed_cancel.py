# A body that swallows the timeout's cancellation finishes normally; expired() still says so.
import asyncio


async def main():
    async with asyncio.timeout(0.5) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body swallowed the cancel")
    print("expired:", cm.expired(), "cancelling:", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0.5):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("replaced")
    except ValueError as e:
        print("ValueError", e, type(e.__context__).__name__, type(e.__context__.__context__).__name__)


asyncio.run(main())
