# Closures capture variables, not values.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])  # expect: [2, 2, 2]
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])  # expect: [0, 1, 2]
def make():
    funcs = []
    for k in range(3):
        def f():
            return k
        funcs.append(f)
    return funcs
print([f() for f in make()])  # expect: [2, 2, 2]
