# Calling with an unknown keyword argument.
def f(x, y):
    return x + y
f(1, z=2)
# expect error: TypeError: f() got an unexpected keyword argument 'z'
