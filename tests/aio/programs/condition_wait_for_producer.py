# Condition.wait_for with a predicate over shared state; notify_all wakes everyone to re-check.
import asyncio


async def consumer(cond, state, name, need):
    async with cond:
        await cond.wait_for(lambda: state["count"] >= need)
        print(name, "saw count", state["count"])


async def producer(cond, state):
    for _ in range(5):
        await asyncio.sleep(0.1)
        async with cond:
            state["count"] += 1
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    state = {"count": 0}
    await asyncio.gather(consumer(cond, state, "c3", 3), consumer(cond, state, "c1", 1),
                         consumer(cond, state, "c5", 5), producer(cond, state))


asyncio.run(main())
