# as_completed(timeout=) raises TimeoutError for the ones not done in time.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    try:
        for fut in asyncio.as_completed([job(1), job(5), job(2)], timeout=3):
            print(await fut)
    except TimeoutError:
        print("timed out")
    print(len([t for t in asyncio.all_tasks() if t is not asyncio.current_task()]))


asyncio.run(main())
