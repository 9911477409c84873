# Drive a coroutine by hand: send(None) until StopIteration.
class Suspend:
    def __await__(self):
        yield "suspended"
async def work(name):
    print(name, "step 1")
    await Suspend()
    print(name, "step 2")
    await Suspend()
    return name + " done"
coro = work("job")
print(type(coro).__name__)  # expect: coroutine
while True:
    try:
        signal = coro.send(None)
        print("driver saw", signal)
    except StopIteration as stop:
        print("result:", stop.value)
        break
# expect: job step 1
# expect: driver saw suspended
# expect: job step 2
# expect: driver saw suspended
# expect: result: job done
