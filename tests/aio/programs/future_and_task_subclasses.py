# Subclasses of Future and Task work as the real thing (and their overrides are called).
import asyncio


class LoudFuture(asyncio.Future):
    def cancel(self, msg=None):
        print("LoudFuture.cancel", msg)
        return super().cancel(msg)

    def set_result(self, result):
        print("LoudFuture.set_result", result)
        super().set_result(result)


class NamedTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(coro, loop=loop, name=name or "auto", context=context)
        self.extra = "attribute"


async def waiter(fut):
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    fut = LoudFuture(loop=loop)
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel("stop")
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), fut.cancelled())
    fut2 = LoudFuture()
    loop.call_later(0.1, fut2.set_result, 5)
    print(await fut2, type(fut2).__name__, repr(fut2))
    loop.set_task_factory(lambda loop, coro, **kw: NamedTask(coro, loop=loop, **kw))
    nt = asyncio.create_task(asyncio.sleep(0, "x"))
    print(await nt, nt.get_name(), nt.extra, isinstance(nt, asyncio.Task))


asyncio.run(main())
