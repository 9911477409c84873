# asend() and athrow() on an async generator.
async def echo():
    try:
        while True:
            v = yield
            print("echo", v)
    except ValueError:
        yield "caught ValueError"
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
ag = echo()
drive(ag.asend(None))
drive(ag.asend("a"))  # expect: echo a
drive(ag.asend("b"))  # expect: echo b
print(drive(ag.athrow(ValueError("x"))))  # expect: caught ValueError
