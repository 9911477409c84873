# An exception escaping a hand-driven coroutine.
async def work():
    raise LookupError("no such task")
work().send(None)
# expect error: LookupError: no such task
