# nonlocal binds the nearest enclosing function variable, global the module one.
x = 0
def outer():
    x = 1
    def a():
        nonlocal x
        x = 2
    def b():
        global x
        x = 3
    a()
    b()
    return x
print(outer(), x)  # expect: 2 3
