# Two closures over the same variable share it.
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())  # expect: 0
set_(42)
print(get())  # expect: 42
