# create_task(context=...) and loop.call_soon(context=...) run in the given context;
# callbacks run in the context they were scheduled from.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


def show(tag):
    print(tag, var.get())


async def worker(tag):
    show(tag)
    var.set(tag + "-set")
    await asyncio.sleep(0)
    show(tag + " after")


async def main():
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    var.set("main")
    t1 = asyncio.create_task(worker("plain"))
    t2 = asyncio.create_task(worker("explicit"), context=ctx)
    await asyncio.gather(t1, t2)
    print("ctx now holds", ctx[var])
    print("task context is ctx:", t2.get_context() is ctx)
    loop.call_soon(show, "call_soon")
    loop.call_soon(show, "call_soon ctx", context=ctx)
    var.set("changed")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: show("done callback"))
    var.set("changed again")
    fut.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("tg"))
        tg.create_task(worker("tg ctx"), context=ctx.copy())
    show("end")


asyncio.run(main())
