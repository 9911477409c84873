# getattr, setattr, hasattr with defaults.
class Box:
    size = 3
b = Box()
print(getattr(b, "size"), getattr(b, "color", "none"))  # expect: 3 none
setattr(b, "color", "red")
print(b.color, hasattr(b, "color"), hasattr(b, "weight"))  # expect: red True False
try:
    getattr(b, "weight")
except AttributeError as e:
    print(e)  # expect: 'Box' object has no attribute 'weight'
print(getattr(Box, "size"), getattr([], "append") is not None)  # expect: 3 True
