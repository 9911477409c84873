# property(fget, fset, fdel) built directly.
class Box:
    def __init__(self):
        self._v = 1
    def get(self):
        print("get")
        return self._v
    def set(self, v):
        print("set", v)
        self._v = v
    def delete(self):
        print("delete")
        del self._v
    value = property(get, set, delete, "the value")
b = Box()
b.value = 5  # expect: set 5
print(b.value)
# expect: get
# expect: 5
del b.value  # expect: delete
print(hasattr(b, "_v"))  # expect: False
print(Box.value.__doc__)  # expect: the value
