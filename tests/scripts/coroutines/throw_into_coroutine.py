# throw() delivers an exception at the await point.
class Wait:
    def __await__(self):
        yield "waiting"
async def guarded():
    try:
        await Wait()
    except ValueError as e:
        print("coroutine caught", e)
        return "handled"
c = guarded()
print(c.send(None))  # expect: waiting
try:
    c.throw(ValueError("cancel-like"))  # expect: coroutine caught cancel-like
except StopIteration as e:
    print(e.value)  # expect: handled
