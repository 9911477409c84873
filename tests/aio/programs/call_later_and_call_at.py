# call_later / call_at schedule by deadline; TimerHandle.cancel stops one.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def report(tag):
        print(tag, f"{loop.time() - start:.2f}")

    loop.call_later(0.3, report, "later 0.3")
    loop.call_at(start + 0.1, report, "at +0.1")
    h = loop.call_later(0.2, report, "cancelled")
    loop.call_later(0.2, report, "later 0.2")
    h.cancel()
    print(h.cancelled(), f"{h.when() - start:.1f}")
    await asyncio.sleep(0.5)
    report("main")


asyncio.run(main())
