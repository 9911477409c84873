# A decorator replaces the function with a wrapper.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"))  # expect: HELLO WORLD
print(greet.__name__)  # expect: wrapper
