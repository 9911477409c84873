# Assignment anywhere in a function makes the name local everywhere in it.
x = "global"
def f():
    x = "local"
    return x
print(f(), x)  # expect: local global
def g():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__ + ":", e)
    x = 1
g()
# expect: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
