# A generator's return value is carried by StopIteration.value.
def gen():
    yield "a"
    return "result"
g = gen()
print(next(g))  # expect: a
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)  # expect: value: result
def empty():
    return 42
    yield
try:
    next(empty())
except StopIteration as e:
    print(e.value, e.args)  # expect: 42 (42,)
