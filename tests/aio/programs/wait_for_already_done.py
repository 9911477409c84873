# wait_for on a finished task returns its result (or raises its exception) at once.
import asyncio


async def value():
    return "v"


async def error():
    raise ArithmeticError("e")


async def main():
    t1 = asyncio.create_task(value())
    t2 = asyncio.create_task(error())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t1, 1), await asyncio.wait_for(t1, 0))
    for timeout in (1, 0, None):
        try:
            await asyncio.wait_for(t2, timeout)
        except ArithmeticError as e:
            print("raised", e, "with timeout", timeout)


asyncio.run(main())
