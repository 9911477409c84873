# Keyword-only parameters after * or *args.
def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key=2))  # expect: (1, 2, False)
print(f(1, flag=True, key="k"))  # expect: (1, 'k', True)
try:
    f(1, 2)
except TypeError as e:
    print(e)  # expect: f() takes 1 positional argument but 2 were given
try:
    f(1)
except TypeError as e:
    print(e)  # expect: f() missing 1 required keyword-only argument: 'key'
def g(*args, sep):
    return sep.join(args)
print(g("a", "b", sep="+"))  # expect: a+b
