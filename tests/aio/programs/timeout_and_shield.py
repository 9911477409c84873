# A timeout around a shielded task: the waiter times out, the task finishes in the background.
import asyncio


async def save(log):
    await asyncio.sleep(2)
    log.append("saved")
    return "saved"


async def main():
    log = []
    task = asyncio.create_task(save(log))
    try:
        async with asyncio.timeout(1):
            await asyncio.shield(task)
    except TimeoutError:
        print("timed out waiting; task done?", task.done())
    print(await task, log)


asyncio.run(main())
