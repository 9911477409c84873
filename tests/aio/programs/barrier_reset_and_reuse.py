# A barrier trips again and again; reset() breaks the current round.
import asyncio


async def worker(b, name, rounds, log):
    for r in range(rounds):
        await asyncio.sleep(0.1 * (1 + len(name)))
        i = await b.wait()
        log.append((r, name, i))


async def main():
    b = asyncio.Barrier(2)
    log = []
    await asyncio.gather(worker(b, "a", 3, log), worker(b, "bb", 3, log))
    print(log)
    waiter = asyncio.create_task(b.wait())
    await asyncio.sleep(0.1)
    await b.reset()
    try:
        await waiter
    except asyncio.BrokenBarrierError:
        print("reset broke the round")
    print(b.broken, b.n_waiting)


asyncio.run(main())
