# Breakfast with gather: one call starts all three dishes and waits for all of them.
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
    tea, toast, egg = await asyncio.gather(
        make("tea", TEA_SECONDS),
        make("toast", 2),
        make("egg", 1),
    )
    print(f"{clock()}  breakfast: {tea}, {toast}, {egg}")


asyncio.run(main())
