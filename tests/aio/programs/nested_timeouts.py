# Nested timeouts: the one that expired converts the cancellation; the others let it pass.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner expired", inner.expired(), "outer", outer.expired(),
                      f"{loop.time() - start:.1f}")
            await asyncio.sleep(10)
    except TimeoutError:
        print("outer expired", outer.expired(), f"{loop.time() - start:.1f}")
    try:
        async with asyncio.timeout(1) as outer:
            async with asyncio.timeout(5) as inner:
                await asyncio.sleep(10)
    except TimeoutError:
        print("outer fired first:", outer.expired(), inner.expired(), f"{loop.time() - start:.1f}")


asyncio.run(main())
