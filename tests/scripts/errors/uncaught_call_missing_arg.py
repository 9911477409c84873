# Calling with too few arguments.
def f(x):
    return x
f()
# expect error: TypeError: f() missing 1 required positional argument: 'x'
