# aclose() runs the async generator's finally block.
async def resource():
    try:
        yield "r1"
        yield "r2"
    finally:
        print("released")
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
ag = resource()
print(drive(ag.__anext__()))  # expect: r1
drive(ag.aclose())  # expect: released
print("after aclose")  # expect: after aclose
