# wait_for cancels the awaited coroutine on timeout and raises TimeoutError.
import asyncio


async def slow():
    try:
        await asyncio.sleep(5)
        return "finished"
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except TimeoutError:
        print("TimeoutError after", f"{loop.time() - start:.1f}")
    print(await asyncio.wait_for(slow(), timeout=10))
    print(await asyncio.wait_for(asyncio.sleep(1, "no timeout"), timeout=None))
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.5)
    except TimeoutError as e:
        print("task cancelled:", t.cancelled(), type(e.__cause__).__name__)


asyncio.run(main())
