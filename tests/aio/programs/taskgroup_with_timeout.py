# A timeout around a TaskGroup cancels the group; the timeout becomes TimeoutError.
import asyncio


async def worker(n):
    try:
        await asyncio.sleep(n)
        print("worker", n, "done")
    except asyncio.CancelledError:
        print("worker", n, "cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(2):
            async with asyncio.TaskGroup() as tg:
                for n in (1, 3, 4):
                    tg.create_task(worker(n))
    except TimeoutError:
        print("timed out at", f"{loop.time() - start:.1f}")
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
