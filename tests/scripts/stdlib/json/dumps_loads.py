# json.dumps / json.loads: formatting options and round trips.
import json

data = {"b": [1, 2.5, None, True, "é😀\n"], "a": {}, 3: [], 1.5: "x", None: 1, False: 2}
print(json.dumps(data))
# expect: {"b": [1, 2.5, null, true, "\u00e9\ud83d\ude00\n"], "a": {}, "3": [], "1.5": "x", "null": 1, "false": 2}
print(json.dumps(data, indent=2))
# expect: {
# expect:   "b": [
# expect:     1,
# expect:     2.5,
# expect:     null,
# expect:     true,
# expect:     "\u00e9\ud83d\ude00\n"
# expect:   ],
# expect:   "a": {},
# expect:   "3": [],
# expect:   "1.5": "x",
# expect:   "null": 1,
# expect:   "false": 2
# expect: }
print(json.dumps([1, [2, []], {}], indent="\t"))
# expect: [
# expect: 	1,
# expect: 	[
# expect: 		2,
# expect: 		[]
# expect: 	],
# expect: 	{}
# expect: ]
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps("é", ensure_ascii=False))
# expect: {"a":1,"b":[1,2]} "é"
print(json.dumps({"z": 1, "a": 2}, sort_keys=True, indent=0))
# expect: {
# expect: "a": 2,
# expect: "z": 1
# expect: }
print(json.dumps(1e16), json.dumps(0.1), json.dumps(-0.0), json.dumps(float("nan")), json.dumps(10 ** 20))
# expect: 1e+16 0.1 -0.0 NaN 100000000000000000000
print(json.dumps('a"b\\c\x01\t'), json.dumps((1, 2)), json.dumps(True), json.dumps(None))
# expect: "a\"b\\c\u0001\t" [1, 2] true null
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00"]}'))
# expect: {'a': [1, 2.5, -300.0, True, False, None, 'xé😀']}
print(json.loads('[1e5, 1E-2, -0, 0.5e+1, 12345678901234567890]'), json.loads("NaN"), json.loads("[-Infinity]"))
# expect: [100000.0, 0.01, 0, 5.0, 12345678901234567890] nan [-inf]
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"x": 1.5}', parse_float=str))
# expect: [('a', 1), ('b', 2)] {'x': '1.5'}
print(json.loads(b'{"a": 1}'), json.dumps({(1,): 1, "b": 2}, skipkeys=True))
# expect: {'a': 1} {"b": 2}
original = {"name": "Ann", "scores": [90, 85.5], "active": True, "address": None}
assert json.loads(json.dumps(original)) == original
print("round trip ok")  # expect: round trip ok
