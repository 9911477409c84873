# yield from forwards send() and throw() to the delegate.
def inner():
    try:
        while True:
            v = yield
            print("inner got", v)
    except KeyError:
        print("inner handled KeyError")
        return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer done"
g = outer()
next(g)
g.send("a")  # expect: inner got a
g.send("b")  # expect: inner got b
print(g.throw(KeyError("k")))
# expect: inner handled KeyError
# expect: outer got inner result
# expect: outer done
