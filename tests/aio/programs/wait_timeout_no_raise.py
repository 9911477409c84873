# wait(timeout=) never raises: unfinished tasks come back in `pending`.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.5, 1.5, 2.5)]
    done, pending = await asyncio.wait(tasks, timeout=1)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=10)
    print(sorted(t.result() for t in done), len(pending))
    for bad in ([], None):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print(e)
    coro = job(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print(e)
    coro.close()


asyncio.run(main())
