# Fifty tasks interleaving on sleep(0): strict round robin.
import asyncio

log = []


async def spinner(n):
    for step in range(3):
        log.append((step, n))
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(spinner(n) for n in range(50)))
    print(log == sorted(log), len(log))
    print(log[:5], log[48:53])


asyncio.run(main())
