# A tiny embedded module, as CPython has one: `import __hello__` checks that modules written in
# Python and shipped inside the engine import and run.
initialized = True


def main():
    print("Hello world!")
