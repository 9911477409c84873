# Retrying a flaky operation with a timeout per attempt and exponential backoff.
import asyncio

attempts = []


async def flaky(n):
    attempts.append(n)
    await asyncio.sleep(2 if n < 3 else 0.1)
    return f"success on attempt {n}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    delay = 0.1
    for attempt in range(1, 6):
        try:
            result = await asyncio.wait_for(flaky(attempt), timeout=1)
            print(result, f"at {loop.time() - start:.1f}")
            break
        except TimeoutError:
            print(f"attempt {attempt} timed out; backing off {delay}")
            await asyncio.sleep(delay)
            delay *= 2
    print(attempts)


asyncio.run(main())
