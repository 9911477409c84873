# A hundred tasks sleeping the same time wake in creation order, in one burst.
import asyncio


async def sleeper(n, order):
    await asyncio.sleep(1)
    order.append(n)


async def main():
    order = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(*(sleeper(n, order) for n in range(100)))
    print(order == list(range(100)), f"{loop.time() - start:.2f}")


asyncio.run(main())
