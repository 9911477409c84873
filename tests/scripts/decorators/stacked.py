# Stacked decorators apply bottom-up.
def deco(label):
    def d(fn):
        print("decorating with", label)
        def w():
            return label + "(" + fn() + ")"
        return w
    return d
@deco("outer")
@deco("inner")
def base():
    return "base"
# expect: decorating with inner
# expect: decorating with outer
print(base())  # expect: outer(inner(base))
