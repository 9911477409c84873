# Nested with blocks and exceptions crossing them.
class Named:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
try:
    with Named(1):
        with Named(2):
            raise RuntimeError("inner")
    # expect: enter 1
    # expect: enter 2
    # expect: exit 2 RuntimeError
    # expect: exit 1 RuntimeError
except RuntimeError as e:
    print("handled", e)  # expect: handled inner
