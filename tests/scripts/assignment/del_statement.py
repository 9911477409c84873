# del removes names, items, slices and attributes.
x = 1
del x
try:
    x
except NameError as e:
    print(e)  # expect: name 'x' is not defined
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)  # expect: [1, 2, 3, 4, 5]
del lst[1:3]
print(lst)  # expect: [1, 4, 5]
del lst[::2]
print(lst)  # expect: [4]
d = {"a": 1, "b": 2}
del d["a"]
print(d)  # expect: {'b': 2}
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))  # expect: False
a, b = 1, 2
del a, b
print("deleted")  # expect: deleted
