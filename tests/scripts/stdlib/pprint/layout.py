# pprint: widths, sort_dicts, compact, depth, long strings, dataclasses, indent.
import pprint
from dataclasses import dataclass, field
data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "age": 31, "address": {"city": "Oslo", "zip": "0150"}}, {"name": "bob", "roles": [], "age": 25}], "count": 2, "tags": {"b", "a"} and {3, 1, 2}, "t": (1,), "long": "lorem ipsum dolor sit amet " * 5}
pprint.pprint(data)
# expect: {'count': 2,
# expect:  'long': 'lorem ipsum dolor sit amet lorem ipsum dolor sit amet lorem ipsum '
# expect:          'dolor sit amet lorem ipsum dolor sit amet lorem ipsum dolor sit '
# expect:          'amet ',
# expect:  't': (1,),
# expect:  'tags': {1, 2, 3},
# expect:  'users': [{'address': {'city': 'Oslo', 'zip': '0150'},
# expect:             'age': 31,
# expect:             'name': 'ann',
# expect:             'roles': ['admin', 'dev']},
# expect:            {'age': 25, 'name': 'bob', 'roles': []}]}
pprint.pprint(data, width=40, sort_dicts=False)
# expect: {'users': [{'name': 'ann',
# expect:             'roles': ['admin', 'dev'],
# expect:             'age': 31,
# expect:             'address': {'city': 'Oslo',
# expect:                         'zip': '0150'}},
# expect:            {'name': 'bob',
# expect:             'roles': [],
# expect:             'age': 25}],
# expect:  'count': 2,
# expect:  'tags': {1, 2, 3},
# expect:  't': (1,),
# expect:  'long': 'lorem ipsum dolor sit amet '
# expect:          'lorem ipsum dolor sit amet '
# expect:          'lorem ipsum dolor sit amet '
# expect:          'lorem ipsum dolor sit amet '
# expect:          'lorem ipsum dolor sit amet '}
pprint.pp(list(range(40)))
# expect: [0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23,
# expect:  24,
# expect:  25,
# expect:  26,
# expect:  27,
# expect:  28,
# expect:  29,
# expect:  30,
# expect:  31,
# expect:  32,
# expect:  33,
# expect:  34,
# expect:  35,
# expect:  36,
# expect:  37,
# expect:  38,
# expect:  39]
pprint.pprint(list(range(40)), compact=True, width=30)
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
# expect:  10, 11, 12, 13, 14, 15, 16,
# expect:  17, 18, 19, 20, 21, 22, 23,
# expect:  24, 25, 26, 27, 28, 29, 30,
# expect:  31, 32, 33, 34, 35, 36, 37,
# expect:  38, 39]
print(pprint.pformat({"a": 1, "b": [1, 2]}), pprint.pformat({"z": 1, "a": {"y": 2}}, depth=1))
# expect: {'a': 1, 'b': [1, 2]} {'a': {...}, 'z': 1}
pprint.pprint([[1, 2, [3, 4, [5, 6]]]] * 3, depth=2, width=20)
# expect: [[1, 2, [...]],
# expect:  [1, 2, [...]],
# expect:  [1, 2, [...]]]
pprint.pprint(1234567890123, underscore_numbers=True)  # expect: 1_234_567_890_123
@dataclass
class Pt:
    x: int
    y: list = field(default_factory=list)
pprint.pprint([Pt(1, list(range(30))), Pt(2)], width=50)
# expect: [Pt(x=1,
# expect:     y=[0,
# expect:        1,
# expect:        2,
# expect:        3,
# expect:        4,
# expect:        5,
# expect:        6,
# expect:        7,
# expect:        8,
# expect:        9,
# expect:        10,
# expect:        11,
# expect:        12,
# expect:        13,
# expect:        14,
# expect:        15,
# expect:        16,
# expect:        17,
# expect:        18,
# expect:        19,
# expect:        20,
# expect:        21,
# expect:        22,
# expect:        23,
# expect:        24,
# expect:        25,
# expect:        26,
# expect:        27,
# expect:        28,
# expect:        29]),
# expect:  Pt(x=2, y=[])]
l = [1, 2]; l.append(l); print(pprint.pformat(l)[:20], pprint.isrecursive(l), pprint.isreadable([1]), pprint.saferepr({"b": 1, "a": 2}))
# expect: [1, 2, <Recursion on True True {'a': 2, 'b': 1}
pprint.pprint({"key%d" % i: "value %d" % (i * 1000) for i in range(8)}, indent=4, width=60)
# expect: {   'key0': 'value 0',
# expect:     'key1': 'value 1000',
# expect:     'key2': 'value 2000',
# expect:     'key3': 'value 3000',
# expect:     'key4': 'value 4000',
# expect:     'key5': 'value 5000',
# expect:     'key6': 'value 6000',
# expect:     'key7': 'value 7000'}
