# Timeout: reschedule(None) disarms, when() reports, repr shows the state.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        print(repr(cm).startswith("<Timeout [active] when="))
        cm.reschedule(None)
        print(cm.when())
        await asyncio.sleep(2)
    print(repr(cm), cm.expired())
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print(e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(e)


asyncio.run(main())
