# Exceptions keep their cause and context across await.
import asyncio


async def lookup(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise LookupError(f"no {key}") from e


async def broken():
    try:
        await lookup("z")
    except LookupError:
        raise RuntimeError("while handling")


async def main():
    try:
        await asyncio.create_task(broken())
    except RuntimeError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__cause__))
    try:
        await lookup("b")
    except LookupError as e:
        print(e, type(e.__cause__).__name__, e.__suppress_context__)


asyncio.run(main())
