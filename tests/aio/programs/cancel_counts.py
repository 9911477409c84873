# cancelling() counts requests; a done task refuses cancel().
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled with count", asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel("second"), t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancel(), t.cancelling(), t.uncancel(), t.uncancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)
    pending = asyncio.create_task(slow())
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print(e)
    pending.cancel()
    await asyncio.gather(pending, return_exceptions=True)


asyncio.run(main())
