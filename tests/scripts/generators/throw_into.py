# throw() raises an exception at the paused yield.
def worker():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled", e)
            yield "recovered"
w = worker()
next(w)
w.send(1)  # expect: got 1
print(w.throw(ValueError("oops")))
# expect: handled oops
# expect: recovered
next(w)
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))  # expect: propagated KeyError('fatal')
try:
    next(w)
except StopIteration:
    print("generator is closed")  # expect: generator is closed
