# A shielded child keeps running after its TaskGroup is cancelled by a failing sibling.
import asyncio


async def precious(done):
    await asyncio.sleep(2)
    done.append("precious finished")


async def guarded(done):
    try:
        await asyncio.shield(asyncio.ensure_future(precious(done)))
    except asyncio.CancelledError:
        print("guarded cancelled, precious keeps going")
        raise


async def crash():
    await asyncio.sleep(0.5)
    raise ValueError("crash")


async def main():
    done = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(guarded(done))
            tg.create_task(crash())
    except ExceptionGroup as eg:
        print("group:", [str(e) for e in eg.exceptions])
    await asyncio.sleep(3)
    print(done)


asyncio.run(main())
