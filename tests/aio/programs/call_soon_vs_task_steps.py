# call_soon callbacks and task steps share one FIFO ready queue.
import asyncio


async def task(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "cb 1")
    t = asyncio.create_task(task("T"))
    loop.call_soon(print, "cb 2")
    await asyncio.sleep(0)
    loop.call_soon(print, "cb 3")
    await t
    h = loop.call_soon(print, "cancelled cb")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0)


asyncio.run(main())
