# A coroutine that never awaits finishes on the first send.
async def quick(x):
    return x * 2
c = quick(21)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)  # expect: 42
async def nothing():
    pass
try:
    nothing().send(None)
except StopIteration as e:
    print(e.value)  # expect: None
