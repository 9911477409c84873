# Cancelling a task that awaits another task cancels the inner one too.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    t_in = asyncio.create_task(inner())
    t_out = asyncio.create_task(outer(t_in))
    await asyncio.sleep(1)
    t_out.cancel()
    await asyncio.gather(t_out, return_exceptions=True)
    print(t_in.cancelled(), t_out.cancelled())
    t_in2 = asyncio.create_task(inner())
    t_out2 = asyncio.create_task(outer(t_in2))
    await asyncio.sleep(1)
    t_in2.cancel()
    await asyncio.gather(t_out2, return_exceptions=True)
    print(t_in2.cancelled(), t_out2.cancelled())


asyncio.run(main())
