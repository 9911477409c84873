# asyncio.run returns the coroutine's result; each run gets a fresh loop.
import asyncio


async def compute(x):
    await asyncio.sleep(0.1)
    return x + 1


print(asyncio.run(compute(1)))
print(asyncio.run(compute(10)))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)


async def nested():
    try:
        asyncio.run(compute(0))
    except RuntimeError as e:
        print("nested:", e)


asyncio.run(nested())
