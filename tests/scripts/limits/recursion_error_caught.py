# Unbounded recursion raises RecursionError, which can be caught.
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)  # expect: RecursionError maximum recursion depth exceeded
print(issubclass(RecursionError, RuntimeError))  # expect: True
def g(n):
    return g(n + 1) + 1
try:
    g(0)
except RuntimeError as e:
    print(e)  # expect: maximum recursion depth exceeded
print("recovered")  # expect: recovered
