# A return in finally overrides the try's return and swallows exceptions.
def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def h():
    x = "before"
    try:
        return x
    finally:
        x = "changed"
print(f(), g(), h())  # expect: finally swallowed before
