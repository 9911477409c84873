# Coroutine functions and objects.
async def f():
    return 1
c = f()
print(type(c).__name__, f.__name__)  # expect: coroutine f
print(hasattr(c, "send"), hasattr(c, "__await__"))  # expect: True True
c.close()
def regular():
    return 1
print(type(regular()).__name__)  # expect: int
