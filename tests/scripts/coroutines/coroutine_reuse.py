# A finished coroutine cannot be resumed again.
async def once():
    return 1
c = once()
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)  # expect: first 1
try:
    c.send(None)
except RuntimeError as e:
    print(e)  # expect: cannot reuse already awaited coroutine
