# Lookup order: local, enclosing, global, builtin.
len = lambda s: "shadowed"
print(len("abc"))  # expect: shadowed
del len
print(len("abc"))  # expect: 3
v = "global"
def outer():
    v = "enclosing"
    def inner():
        return v
    return inner()
print(outer())  # expect: enclosing
def builtin_only():
    return max(1, 2)
print(builtin_only())  # expect: 2
