# close() raises GeneratorExit inside the generator; finally blocks run.
def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("closed")
g = resource()
print(next(g))
# expect: open
# expect: 1
g.close()  # expect: closed
g.close()
print(list(g))  # expect: []
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)  # expect: generator ignored GeneratorExit
