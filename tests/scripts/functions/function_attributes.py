# Functions are objects with names and attributes.
def outer():
    def inner():
        pass
    return inner
print(outer.__name__, outer().__name__, outer().__qualname__)
# expect: outer inner outer.<locals>.inner
outer.tag = "custom"
print(outer.tag)  # expect: custom
fs = [len, print, outer]
print(callable(outer), callable(5), all(callable(f) for f in fs))  # expect: True False True
alias = outer
print(alias.__name__, alias is outer)  # expect: outer True
print(type(outer).__name__)  # expect: function
