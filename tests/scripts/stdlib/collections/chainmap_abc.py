# ChainMap and the collections.abc checks.
from collections import ChainMap, deque, OrderedDict
import collections.abc as cabc

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
settings = ChainMap(user, defaults)
print(settings["color"], settings["size"], len(settings), list(settings), settings)
# expect: red L 2 ['color', 'size'] ChainMap({'size': 'L'}, {'color': 'red', 'size': 'M'})
child = settings.new_child({"color": "blue"})
print(child["color"], child.parents["color"], dict(child))
# expect: blue red {'color': 'blue', 'size': 'L'}
settings["extra"] = 1
print(user)  # expect: {'size': 'L', 'extra': 1}

print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(deque(), cabc.Iterable))
# expect: True True True
print(isinstance(5, cabc.Iterable), isinstance((x for x in []), cabc.Generator), issubclass(dict, cabc.MutableMapping))
# expect: False True True
print(isinstance("s", cabc.Hashable), isinstance([], cabc.Hashable), isinstance(len, cabc.Callable))
# expect: True False True
print(isinstance(OrderedDict(), cabc.MutableMapping), isinstance(range(3), cabc.Sequence), isinstance({1}, cabc.Set))
# expect: True True True

class Inventory(cabc.Mapping):
    def __init__(self, **items):
        self._items = items
    def __getitem__(self, key):
        return self._items[key]
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)

inv = Inventory(apples=3, pears=5)
print(inv.get("apples"), inv.get("kiwis", 0), "pears" in inv, list(inv.items()), inv == {"apples": 3, "pears": 5})
# expect: 3 0 True [('apples', 3), ('pears', 5)] True
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
    # expect: Can't instantiate abstract class Sequence without an implementation for abstract methods '__getitem__', '__len__'
