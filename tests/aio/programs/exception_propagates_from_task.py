# An exception in a task is raised where the task is awaited.
import asyncio


async def boom(n):
    await asyncio.sleep(0.1)
    raise ValueError(f"bad {n}")


async def main():
    t = asyncio.create_task(boom(1))
    try:
        await t
    except ValueError as e:
        print("caught", e)
    print(t.done(), t.cancelled(), repr(t.exception()))
    try:
        await asyncio.gather(boom(2), asyncio.sleep(1, "slow"))
    except ValueError as e:
        print("gather raised", e)


asyncio.run(main())
