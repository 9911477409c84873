# Awaiting something that is not awaitable is a TypeError.
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)  # expect: object int can't be used in 'await' expression
class BadAwait:
    def __await__(self):
        return 7
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print(e)  # expect: __await__() returned non-iterator of type 'int'
