# yield as an expression in various positions.
def echo():
    received = []
    x = yield "first"
    received.append(x)
    y = (yield "second") * 2
    received.append(y)
    yield received
g = echo()
print(next(g))  # expect: first
print(g.send(3))  # expect: second
print(g.send(4))  # expect: [3, 8]
def bare():
    v = yield
    print("bare got", v)
b = bare()
print(next(b))  # expect: None
try:
    b.send("hi")  # expect: bare got hi
except StopIteration:
    pass
