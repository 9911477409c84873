# set_exception_handler: the loop hands errors in callbacks and lost task errors to you.
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], "|", type(exc).__name__, exc)


async def lost():
    raise ValueError("nobody awaits me")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    t = asyncio.create_task(lost())
    await asyncio.sleep(0.1)
    del t
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "manual"})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(main())
