# Default argument values are evaluated once, at definition time.
def greet(name, greeting="hello", punct="!"):
    return greeting + " " + name + punct
print(greet("ann"))  # expect: hello ann!
print(greet("bob", "hi"))  # expect: hi bob!
print(greet("cy", punct="?"))  # expect: hello cy?
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1))  # expect: [1]
print(append_to(2))  # expect: [1, 2]
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))  # expect: [1] [2]
n = 10
def show(v=n):
    return v
n = 20
print(show())  # expect: 10
