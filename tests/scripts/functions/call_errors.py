# TypeError messages for bad calls.
def f(x):
    return x
def g(a, b=1):
    return a
def h(*, k):
    return k
tests = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(1, z=3),
    lambda: f(1, x=2),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: h(),
    lambda: h(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
# expect: f() missing 1 required positional argument: 'x'
# expect: f() takes 1 positional argument but 2 were given
# expect: f() got an unexpected keyword argument 'z'
# expect: f() got multiple values for argument 'x'
# expect: g() missing 1 required positional argument: 'a'
# expect: g() takes from 1 to 2 positional arguments but 3 were given
# expect: h() missing 1 required keyword-only argument: 'k'
# expect: h() takes 0 positional arguments but 1 was given
