# run_forever() runs until stop(); callbacks already queued still run in that turn.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


def tick(n):
    print("tick", n, loop.is_running())
    if n < 3:
        loop.call_later(1, tick, n + 1)
    else:
        loop.stop()
        loop.call_soon(print, "queued after stop")


loop.call_soon(tick, 1)
loop.run_forever()
print("stopped", loop.is_running())
loop.run_until_complete(asyncio.sleep(0))
print(f"{loop.time():.1f}")
loop.close()
asyncio.set_event_loop(None)
