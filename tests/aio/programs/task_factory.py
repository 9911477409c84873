# loop.set_task_factory: every create_task goes through the factory.
import asyncio

created = []


def factory(loop, coro, **kwargs):
    task = asyncio.Task(coro, loop=loop, **kwargs)
    created.append(coro.__name__)
    return task


async def child(n):
    await asyncio.sleep(0)
    return n


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    results = await asyncio.gather(child(1), child(2))
    t = asyncio.create_task(child(3), name="named")
    print(results, await t, t.get_name())
    print(created)
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print(e)


asyncio.run(main())
