# stop() before the future is done: run_until_complete raises RuntimeError.
import asyncio


async def long():
    await asyncio.sleep(10)


loop = asyncio.new_event_loop()
loop.call_later(1, loop.stop)
task = loop.create_task(long())
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print(e)
print(task.done())
task.cancel()
loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
print(task.cancelled())
loop.close()
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
