# An async generator driven by hand through __anext__().
async def agen():
    yield 1
    yield 2
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
ag = agen()
print(type(ag).__name__)  # expect: async_generator
print(drive(ag.__anext__()))  # expect: 1
print(drive(ag.__anext__()))  # expect: 2
try:
    drive(ag.__anext__())
except StopAsyncIteration:
    print("exhausted")  # expect: exhausted
