# Used by tests/gui/timeline_*_test.sh: Task-1 main, Task-2 "slow" (cancelled), Task-3 "boom"
# (fails at 0.5 s), Task-4/5 the gathered sleepers.
import asyncio

async def sleeper(seconds):
    await asyncio.sleep(seconds)

async def boom():
    await asyncio.sleep(0.5)
    raise ValueError("boom")

async def main():
    slow = asyncio.create_task(sleeper(10), name="slow")
    bad = asyncio.create_task(boom(), name="boom")
    await asyncio.gather(sleeper(0.3), sleeper(1.0))
    slow.cancel()
    for t in (slow, bad):
        try:
            await t
        except (asyncio.CancelledError, ValueError):
            pass

asyncio.run(main())
