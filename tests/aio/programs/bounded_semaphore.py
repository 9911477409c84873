# BoundedSemaphore refuses to be released past its initial value.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    print(sem.locked())
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print(e)
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain semaphore value grows:", plain._value)


asyncio.run(main())
