# wait() works on plain futures too; timeout=0 just looks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a, b = loop.create_future(), loop.create_future()
    loop.call_later(0.5, a.set_result, "a")
    loop.call_later(1.5, b.set_result, "b")
    done, pending = await asyncio.wait([a, b], timeout=0)
    print(len(done), len(pending))
    done, pending = await asyncio.wait([a, b], timeout=1)
    print([f.result() for f in done], len(pending))
    done, pending = await asyncio.wait([a, b])
    print(sorted(f.result() for f in done))


asyncio.run(main())
