# A pool of workers draining a queue, each job taking a different time.
import asyncio


async def worker(name, q, log):
    while True:
        job = await q.get()
        await asyncio.sleep(job / 10)
        log.append((name, job))
        q.task_done()


async def main():
    q = asyncio.Queue()
    for job in [5, 3, 8, 1, 4, 2, 7]:
        q.put_nowait(job)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(3)]
    loop = asyncio.get_running_loop()
    start = loop.time()
    await q.join()
    print(log)
    print(f"{loop.time() - start:.1f}")
    for w in workers:
        w.cancel()
    print([r.__class__.__name__ for r in await asyncio.gather(*workers, return_exceptions=True)])


asyncio.run(main())
