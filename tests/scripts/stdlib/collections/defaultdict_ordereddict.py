# defaultdict and OrderedDict.
from collections import defaultdict, OrderedDict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
# expect: defaultdict(<class 'list'>, {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']})
print(dict(groups), groups.default_factory, groups["z"], len(groups))
# expect: {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']} <class 'list'> [] 4
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
# expect: [('l', 3), ('o', 2), (' ', 1)]
print(repr(defaultdict(None)), defaultdict(lambda: "?", a=1)["b"])
# expect: defaultdict(None, {}) ?
try:
    defaultdict()["x"]
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 'x'
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: first argument must be callable or None

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od))
# expect: OrderedDict({'a': None, 'c': None, 'd': None}) ('b', None) ('e', None) ['a', 'c', 'd']
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
# expect: False True
print(repr(OrderedDict()), OrderedDict(x=1) | {"y": 2})
# expect: OrderedDict() OrderedDict({'x': 1, 'y': 2})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 'dictionary is empty'
