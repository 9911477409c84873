# Reading before nonlocal assignment and shadowing.
def outer():
    v = "outer"
    def inner():
        v = "inner"
        return v
    inner()
    return v
print(outer())  # expect: outer
def outer2():
    v = 1
    def inner():
        nonlocal v
        v += 1
    inner(); inner()
    return v
print(outer2())  # expect: 3
