# Decorator factories take arguments.
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())  # expect: [1, 1, 1]
def tag(name):
    def deco(fn):
        fn.tag = name
        return fn
    return deco
@tag("fast")
def g():
    pass
print(g.tag)  # expect: fast
