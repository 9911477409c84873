# Future's state rules: InvalidStateError, exception(), cancelled futures.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done())
    for method in (f.result, f.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_exception(RuntimeError("boom"))
    print(f)
    print(repr(f.exception()))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("again:", e)
    g = loop.create_future()
    g.set_exception(ValueError)
    print(repr(g.exception()))
    h = loop.create_future()
    print(h.cancel(), h.cancel(), h.cancelled(), h)
    try:
        h.exception()
    except asyncio.CancelledError:
        print("exception() on cancelled raises CancelledError")
    k = loop.create_future()
    try:
        k.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)
    print(type(k.exception()).__name__, k.exception())


asyncio.run(main())
