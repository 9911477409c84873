# Queue.shutdown(): blocked getters wake with QueueShutDown; immediate drops what is left.
import asyncio


async def getter(q, name):
    try:
        while True:
            print(name, "got", await q.get())
            q.task_done()
    except asyncio.QueueShutDown:
        print(name, "sees shutdown")


async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(getter(q, "g"))
    await q.put(1)
    await asyncio.sleep(0.1)
    q.shutdown()
    await t
    try:
        await q.put(2)
    except asyncio.QueueShutDown:
        print("put after shutdown refused")
    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)
    print(q2.get_nowait())
    q2.shutdown(immediate=True)
    print(q2.qsize())
    await q2.join()
    print("join returned")
    q3 = asyncio.Queue()
    q3.put_nowait("left")
    q3.shutdown()
    print(await q3.get())
    try:
        await q3.get()
    except asyncio.QueueShutDown:
        print("empty and shut down")


asyncio.run(main())
