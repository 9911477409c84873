# Async generator objects implement __aiter__ and __anext__.
async def agen():
    yield "x"
ag = agen()
print(ag.__aiter__() is ag)  # expect: True
print(hasattr(ag, "__anext__"), hasattr(ag, "asend"), hasattr(ag, "athrow"))
# expect: True True True
aw = ag.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)  # expect: value x
