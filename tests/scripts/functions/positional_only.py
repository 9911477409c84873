# Positional-only parameters before /.
def f(a, b, /, c, *, d):
    return a + b + c + d
print(f(1, 2, 3, d=4))  # expect: 10
print(f(1, 2, c=3, d=4))  # expect: 10
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)  # expect: f() got some positional-only arguments passed as keyword arguments: 'b'
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))  # expect: (1, {'x': 2})
