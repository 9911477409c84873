# An exception in a coroutine propagates out of send().
class Wait:
    def __await__(self):
        yield
async def failing():
    await Wait()
    raise KeyError("inside")
c = failing()
c.send(None)
try:
    c.send(None)
except KeyError as e:
    print("driver got", repr(e))  # expect: driver got KeyError('inside')
try:
    c.send(None)
except RuntimeError as e:
    print(e)  # expect: cannot reuse already awaited coroutine
