# asyncio.Runner runs several coroutines on one loop, then closes it.
import asyncio


async def step(n):
    await asyncio.sleep(n)
    return asyncio.get_running_loop()


with asyncio.Runner() as runner:
    loop1 = runner.run(step(1))
    loop2 = runner.run(step(2))
    print(loop1 is loop2 is runner.get_loop())
    print(f"{runner.get_loop().time():.0f}")
print(loop1.is_closed())
try:
    runner.run(step(0))
except RuntimeError as e:
    print(e)
coro = step(0)
try:
    asyncio.Runner().run(42)
except ValueError as e:
    print(e)
coro.close()
