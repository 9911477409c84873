# Argument errors for methods use the qualified name.
class C:
    def m(self, x):
        return x
    def n(self):
        return 0
c = C()
try:
    c.m()
except TypeError as e:
    print(e)  # expect: C.m() missing 1 required positional argument: 'x'
try:
    c.n(1)
except TypeError as e:
    print(e)  # expect: C.n() takes 1 positional argument but 2 were given
try:
    C.m(c, 1, 2)
except TypeError as e:
    print(e)  # expect: C.m() takes 2 positional arguments but 3 were given
