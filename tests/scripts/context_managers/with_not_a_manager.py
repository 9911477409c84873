# Using an object without __enter__ in with raises TypeError.
class NoCM:
    pass
try:
    with NoCM():
        pass
except TypeError as e:
    print(e)  # expect: 'NoCM' object does not support the context manager protocol
