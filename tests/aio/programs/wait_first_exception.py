# wait(FIRST_EXCEPTION) returns at the first failure (or when all are done).
import asyncio


async def ok(d):
    await asyncio.sleep(d)
    return d


async def bad(d):
    await asyncio.sleep(d)
    raise RuntimeError(f"failed after {d}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(ok(1)), asyncio.create_task(bad(2)), asyncio.create_task(ok(5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), f"{loop.time() - start:.1f}")
    for t in tasks:
        if t.done():
            print("exception:", t.exception())
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print(all(t.cancelled() for t in done))
    only_ok = [asyncio.create_task(ok(0.5))]
    done, pending = await asyncio.wait(only_ok, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))


asyncio.run(main())
