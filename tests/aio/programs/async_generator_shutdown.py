# asyncio.run closes async generators still suspended when main returns.
import asyncio


async def ticker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("ticker closed by shutdown_asyncgens")


gens = []


async def main():
    g = ticker()
    gens.append(g)
    print(await g.__anext__(), await g.__anext__())
    print("main done")


asyncio.run(main())
print("after run")
