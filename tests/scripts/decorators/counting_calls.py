# A decorator holding state in a closure.
def counted(fn):
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        print(f"call {calls} of {fn.__name__}{args}")
        return fn(*args)
    return wrapper
@counted
def add(a, b):
    return a + b
print(add(1, 2))
# expect: call 1 of add(1, 2)
# expect: 3
print(add(3, 4))
# expect: call 2 of add(3, 4)
# expect: 7
