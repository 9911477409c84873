# Breaking out of `async for` leaves the generator unfinished; the loop closes it later
# (its finally runs in a task of its own, after the current step).
import asyncio


async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("generator cleanup")


async def main():
    async for n in numbers():
        print("got", n)
        if n == 2:
            break
    print("after the loop")
    await asyncio.sleep(0)
    print("one turn later")
    await asyncio.sleep(0)
    print("two turns later")


asyncio.run(main())
