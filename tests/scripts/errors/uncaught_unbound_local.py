# Reading a local before it is assigned.
x = 10
def f():
    print(x)
    x = 5
f()
# expect error: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
