# If the shielded task itself is cancelled, the shield's outer future is cancelled too.
import asyncio


async def inner_job():
    await asyncio.sleep(5)


async def main():
    inner = asyncio.create_task(inner_job())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled())
    done = asyncio.create_task(asyncio.sleep(0, "x"))
    await done
    print(asyncio.shield(done) is done)
    async def failing():
        await asyncio.sleep(0.1)
        raise OSError("disk")
    try:
        await asyncio.shield(failing())
    except OSError as e:
        print("propagated", e)


asyncio.run(main())
