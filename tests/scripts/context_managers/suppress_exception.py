# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", type(exc).__name__, exc)
            return True
        return False
with Suppress(KeyError):
    {}["missing"]
# expect: suppressed KeyError 'missing'
print("continues")  # expect: continues
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)  # expect: escaped not suppressed
