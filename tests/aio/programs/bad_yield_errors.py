# What a task does when its coroutine yields something other than a future.
import asyncio


class YieldsNumber:
    def __await__(self):
        yield 42


class YieldsNone:
    def __await__(self):
        yield
        return "after a bare yield"


async def bad():
    await YieldsNumber()


async def self_await():
    await asyncio.current_task()


async def main():
    try:
        await asyncio.create_task(bad())
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await YieldsNone())
    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])


asyncio.run(main())
