# return_exceptions=True puts exceptions in the result list instead of raising.
import asyncio


async def ok(v):
    await asyncio.sleep(0.1)
    return v


async def fail(msg):
    await asyncio.sleep(0.05)
    raise KeyError(msg)


async def main():
    res = await asyncio.gather(ok(1), fail("x"), ok(3), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print(await asyncio.gather())
    print(await asyncio.gather(ok("only")))


asyncio.run(main())
