# Done callbacks added before an awaiter registered run first (same FIFO of callbacks).
import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "done"


async def awaiter(t):
    print("awaiter sees", await t)


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda f: print("callback 1", f.result()))
    a = asyncio.create_task(awaiter(t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("callback 2"))
    await a
    print(t.remove_done_callback(print))


asyncio.run(main())
