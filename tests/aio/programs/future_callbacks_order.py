# Done callbacks run via call_soon, in the order added, after set_result returns.
import asyncio


def cb(name):
    def inner(fut):
        print("callback", name, fut.result())
    return inner


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb("a"))
    fut.add_done_callback(cb("b"))
    c = cb("c")
    fut.add_done_callback(c)
    print("removed", fut.remove_done_callback(c))
    fut.set_result(7)
    print("set_result returned")
    fut.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    print("after one turn")
    await asyncio.sleep(0)


asyncio.run(main())
