# Docstrings are stored in __doc__.
def f():
    """Return nothing, with a doc."""
def g():
    x = 1
    """not a docstring"""
class K:
    """A class doc."""
    def m(self):
        "method doc"
print(f.__doc__)  # expect: Return nothing, with a doc.
print(g.__doc__)  # expect: None
print(K.__doc__)  # expect: A class doc.
print(K.m.__doc__)  # expect: method doc
print(f())  # expect: None
