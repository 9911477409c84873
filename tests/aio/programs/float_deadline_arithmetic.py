# Deadlines use float arithmetic: 0.1 + 0.2 is not 0.3, and the order follows it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    base = loop.time()
    loop.call_at(base + 0.3, print, "at 0.3")
    loop.call_at(base + 0.1 + 0.2, print, "at 0.1 + 0.2")
    loop.call_at(base + 0.30000000000000004, print, "at 0.30000000000000004")
    print(0.1 + 0.2 == 0.3, 0.1 + 0.2)
    await asyncio.sleep(1)


asyncio.run(main())
