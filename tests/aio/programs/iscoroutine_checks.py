# iscoroutine / iscoroutinefunction / isfuture.
import asyncio


async def coro_fn():
    return 1


def plain():
    return 1


class Method:
    async def m(self):
        pass


async def main():
    c = coro_fn()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain()), asyncio.iscoroutine(coro_fn))
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain),
          asyncio.iscoroutinefunction(Method().m), asyncio.iscoroutinefunction(Method.m))
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(c)
    print(asyncio.isfuture(fut), asyncio.isfuture(t), asyncio.isfuture(c), asyncio.isfuture(42))
    print(isinstance(t, asyncio.Future), isinstance(t, asyncio.Task), isinstance(fut, asyncio.Task))
    await t


asyncio.run(main())
