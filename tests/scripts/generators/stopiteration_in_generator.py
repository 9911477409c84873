# A StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
    # expect: RuntimeError generator raised StopIteration StopIteration
