# wait_for on a coroutine that catches the cancellation and returns: the value comes back.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("ignoring the timeout's cancel")
    return "finished anyway"


async def main():
    try:
        print(await asyncio.wait_for(stubborn(), timeout=1))
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
