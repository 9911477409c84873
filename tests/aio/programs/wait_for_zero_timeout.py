# wait_for with timeout <= 0 cancels at once (a task that is already done still returns).
import asyncio


async def quick():
    return "quick"


async def main():
    started = []

    async def body():
        started.append(True)
        await asyncio.sleep(1)

    try:
        await asyncio.wait_for(body(), 0)
    except TimeoutError:
        print("timed out, started:", bool(started))
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))


asyncio.run(main())
