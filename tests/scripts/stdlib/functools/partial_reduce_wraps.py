# partial, reduce and wraps.
from functools import partial, reduce, wraps

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
print(square(5), square.func.__name__, square.args, square.keywords)
# expect: 25 power () {'exp': 2}
two_to = partial(partial(power, 2), exp=10)
print(two_to(), two_to.args, two_to.keywords)  # expect: 1024 (2,) {'exp': 10}
print(repr(partial(max, 1, key=abs)))
# expect: functools.partial(<built-in function max>, 1, key=<built-in function abs>)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))  # expect: 120 10
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))  # expect: 5
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)  # expect: reduce() of empty iterable with no initial value
try:
    partial(3)
except TypeError as e:
    print(e)  # expect: the first argument must be callable

def logged(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print("calling", f.__name__)
        return f(*args, **kwargs)
    return wrapper

@logged
def greet(name):
    """Say hi."""
    return "hi " + name

print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)
# expect: calling greet
# expect: hi bob greet Say hi. greet greet
