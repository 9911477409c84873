# Closures over several enclosing levels.
def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b
print(a(1)(10)(100))  # expect: 111
def outer():
    n = 1
    def mid():
        def inner():
            nonlocal n
            n *= 10
            return n
        return inner
    f = mid()
    f(); f()
    return n
print(outer())  # expect: 100
