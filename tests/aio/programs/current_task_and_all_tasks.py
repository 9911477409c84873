# current_task() inside tasks; all_tasks() counts the pending ones.
import asyncio


async def child(n):
    me = asyncio.current_task()
    print("child", n, "is", me.get_name())
    await asyncio.sleep(n)


async def main():
    print(asyncio.current_task().get_name())
    tasks = [asyncio.create_task(child(i), name=f"c{i}") for i in range(3)]
    print(len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    await tasks[0]
    print(len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print(len(asyncio.all_tasks()))


asyncio.run(main())
print(asyncio.current_task if False else "done")
