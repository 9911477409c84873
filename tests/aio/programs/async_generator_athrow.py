# athrow() raises inside the generator; aclose() runs its finally.
import asyncio


async def gen():
    try:
        while True:
            try:
                yield "value"
            except ValueError as e:
                print("generator handled", e)
                yield "recovered"
    finally:
        await asyncio.sleep(0.1)
        print("generator finally")


async def main():
    g = gen()
    print(await g.__anext__())
    print(await g.athrow(ValueError("oops")))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")


asyncio.run(main())
