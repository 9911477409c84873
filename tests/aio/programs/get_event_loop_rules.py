# get_event_loop(): the running loop inside coroutines; set_event_loop decides outside.
import asyncio


async def main():
    print(asyncio.get_event_loop() is asyncio.get_running_loop())


asyncio.run(main())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after run:", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
loop.run_until_complete(main())
loop.close()
