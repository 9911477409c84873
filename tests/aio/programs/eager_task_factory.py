# With the eager task factory a task's first step runs inside create_task, before the
# creator continues; a task that finishes there never touches the loop.
import asyncio


async def quick(n):
    print("quick", n, "runs at once")
    return n


async def slow(n):
    print("slow", n, "starts at once")
    await asyncio.sleep(0.1)
    print("slow", n, "resumes later")
    return n


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t1 = asyncio.create_task(quick(1))
    print("after create_task:", t1.done(), t1.result())
    t2 = asyncio.create_task(slow(2))
    print("after create_task:", t2.done())
    print(await t2, asyncio.current_task().get_name())
    print(await asyncio.gather(quick(3), slow(4)))
    lazy = asyncio.Task(quick(5), loop=loop)
    print("plain Task is lazy:", lazy.done())
    await lazy


asyncio.run(main())
