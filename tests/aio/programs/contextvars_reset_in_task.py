# A token made in one task cannot reset the variable in another task's context.
import asyncio
import contextvars

var = contextvars.ContextVar("var")
tokens = {}


async def setter():
    tokens["t"] = var.set(1)
    print("setter sees", var.get())
    await asyncio.sleep(0.01)
    var.reset(tokens["t"])
    print("setter reset:", var.get("unset"))


async def other():
    await asyncio.sleep(0.005)
    print("other sees", var.get("unset"))
    try:
        var.reset(tokens["t"])
    except ValueError:
        print("other: token was created in a different Context")


async def main():
    await asyncio.gather(setter(), other())
    print("main sees", var.get("unset"))


asyncio.run(main())
