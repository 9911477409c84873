# Breakfast with create_task: all three dishes are started first, then awaited.
import asyncio
import time

TEA_SECONDS = 3.0  # how long the tea brews: the lesson's slider changes this number
T0 = time.monotonic()


def clock():
    """Seconds since breakfast began, e.g. '3.0s' (loop.time() reads the same clock)."""
    return f"{time.monotonic() - T0:.1f}s"


async def make(dish, seconds):
    print(f"{clock()}  start {dish}")
    await asyncio.sleep(seconds)  # the kettle / toaster / pan works; we only wait
    print(f"{clock()}  {dish} ready")
    return dish


async def main():
    tea_task = asyncio.create_task(make("tea", TEA_SECONDS), name="tea")
    toast_task = asyncio.create_task(make("toast", 2), name="toast")
    egg_task = asyncio.create_task(make("egg", 1), name="egg")
    print(f"{clock()}  three tasks created")
    tea = await tea_task
    toast = await toast_task
    egg = await egg_task
    print(f"{clock()}  breakfast: {tea}, {toast}, {egg}")


asyncio.run(main())
