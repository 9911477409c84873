# Generator objects expose their name.
def my_gen():
    yield 1
g = my_gen()
print(g.__name__, type(g).__name__)  # expect: my_gen generator
print(iter(g) is g)  # expect: True
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))  # expect: True True True
