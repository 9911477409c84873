# A task cancelled before it ever ran never starts its body.
import asyncio


async def never():
    print("this never prints")


async def main():
    t = asyncio.create_task(never())
    t.cancel()
    print(t)
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before starting:", t.cancelled())
    print(t)


asyncio.run(main())
