# An exception in a done callback is logged (stderr); the other callbacks still run.
import asyncio


def bad(fut):
    print("bad callback runs")
    raise RuntimeError("callback bug")


def good(fut):
    print("good callback sees", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.add_done_callback(good)
    fut.set_result("value")
    await asyncio.sleep(0)
    print("main continues")
    t = asyncio.create_task(asyncio.sleep(0.1, "t"))
    t.add_done_callback(bad)
    t.add_done_callback(good)
    print(await t)
    await asyncio.sleep(0)


asyncio.run(main())
