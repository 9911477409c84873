# put_nowait / get_nowait raise QueueFull / QueueEmpty; task_done too often raises ValueError.
import asyncio


async def main():
    q = asyncio.Queue(1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    print(str(q))


asyncio.run(main())
