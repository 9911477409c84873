# cancel(msg): the message travels with the CancelledError.
import asyncio


async def victim():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)
    fut = asyncio.get_running_loop().create_future()
    fut.cancel("future msg")
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("future:", e.args)


asyncio.run(main())
