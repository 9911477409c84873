# close() runs finally blocks in a suspended coroutine.
class Wait:
    def __await__(self):
        yield
async def held():
    try:
        await Wait()
        print("not reached")
    finally:
        print("cleanup in coroutine")
c = held()
c.send(None)
c.close()  # expect: cleanup in coroutine
print("closed")  # expect: closed
