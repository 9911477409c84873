# wait(FIRST_COMPLETED) returns as soon as one finishes; the rest stay pending.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("slow", 3), ("fast", 1), ("mid", 2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending))


asyncio.run(main())
