# callable and id.
class C:
    def __call__(self):
        return "called"
class D:
    pass
print(callable(C), callable(C()), callable(D()), callable(len), callable("s"))
# expect: True True False True False
a = []
b = a
print(id(a) == id(b), id(a) == id([]))  # expect: True False
print(C()())  # expect: called
