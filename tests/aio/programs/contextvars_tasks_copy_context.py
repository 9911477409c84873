# Each task runs in a copy of the context it was created in: its sets stay its own.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")
depth = contextvars.ContextVar("depth", default=0)


async def handler(name, delay):
    print(f"{name}: starts as {user.get()}")
    user.set(name)
    await asyncio.sleep(delay)
    print(f"{name}: after sleep still {user.get()}")
    depth.set(depth.get() + 1)
    child = asyncio.create_task(sub(name))
    await child
    return user.get()


async def sub(parent):
    print(f"  sub of {parent} sees user={user.get()} depth={depth.get()}")
    user.set("changed-by-sub")


async def main():
    user.set("main")
    results = await asyncio.gather(handler("alice", 0.2), handler("bob", 0.1))
    print("results", results)
    print("main still", user.get(), depth.get())


asyncio.run(main())
