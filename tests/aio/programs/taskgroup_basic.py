# TaskGroup waits for all its tasks on exit.
import asyncio


async def work(name, d):
    await asyncio.sleep(d)
    print("done", name)
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 2))
        b = tg.create_task(work("b", 1), name="bee")
        print("body done; tasks:", a.get_name(), b.get_name())
    print(a.result(), b.result(), f"{loop.time() - start:.1f}")
    print(repr(tg))


asyncio.run(main())
