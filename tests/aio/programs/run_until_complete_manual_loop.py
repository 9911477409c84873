# Managing a loop by hand: new_event_loop, run_until_complete, close.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(1, 2)))
fut = loop.create_future()
loop.call_later(1, fut.set_result, "from a future")
print(loop.run_until_complete(fut))
task = loop.create_task(add(3, 4))
print(loop.run_until_complete(task), task.done())
loop.close()
print(loop.is_closed())
loop.close()
try:
    loop.run_until_complete(add(0, 0))
except RuntimeError as e:
    print(e)
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
