# Task.get_stack() / print_stack(): the suspended coroutine's frame while pending, the
# exception's traceback once failed, nothing once cancelled.
import asyncio
import sys


async def inner():
    raise ValueError("boom")


async def failing():
    await asyncio.sleep(0.1)
    await inner()


async def sleeper():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(sleeper(), name="sleeper")
    t.print_stack(file=sys.stdout)  # not started: the def line
    await asyncio.sleep(0)
    t.print_stack(file=sys.stdout)
    print([(f.f_lineno, f.f_code.co_name) for f in t.get_stack()])
    print(len(t.get_stack(limit=0)), len(t.get_stack(limit=-1)))
    f = asyncio.create_task(failing(), name="failing")
    await asyncio.sleep(0.2)
    f.print_stack(file=sys.stdout)
    print([(fr.f_lineno, fr.f_code.co_name) for fr in f.get_stack()])
    f.print_stack(limit=1, file=sys.stdout)
    f.exception()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    t.print_stack(file=sys.stdout)
    print(t.get_stack())


asyncio.run(main())
