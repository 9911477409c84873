# Containers built by instructions (dict/list/tuple displays, slices) are freed as soon as the
# last reference goes: a suspended generator inside one is closed at that moment, as in CPython.
def gen(tag):
    try:
        yield 1
    finally:
        print("closed", tag)

g = gen("dict"); next(g)
box = {"g": g}
del g
box = None  # expect: closed dict
print("after dict")  # expect: after dict

g = gen("slice"); next(g)
box = (0, g)[1:]
del g
box = None  # expect: closed slice
print("after slice")  # expect: after slice

g = gen("list"); next(g)
box = [g, *[1, 2]]
del g
box = None  # expect: closed list
print("after list")  # expect: after list
