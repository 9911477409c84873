# JSONDecodeError messages and positions, encoder errors.
import json

for text in ["", "[1,]", '{"a":1,}', "{a:1}", '{"a" 1}', "[1 2]", '"abc', '"a\\x"', '"\\u12"',
             "[1] x", "tru", '{"a":1', "[", '"a\tb"', "-", "01", "1.", '{"a": }', "  \n  [1,\n 2,,]"]:
    try:
        print(repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
# expect: '' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: '[1,]' -> Illegal trailing comma before end of array: line 1 column 3 (char 2) | Illegal trailing comma before end of array 2 1 3
# expect: '{"a":1,}' -> Illegal trailing comma before end of object: line 1 column 7 (char 6) | Illegal trailing comma before end of object 6 1 7
# expect: '{a:1}' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2
# expect: '{"a" 1}' -> Expecting ':' delimiter: line 1 column 6 (char 5) | Expecting ':' delimiter 5 1 6
# expect: '[1 2]' -> Expecting ',' delimiter: line 1 column 4 (char 3) | Expecting ',' delimiter 3 1 4
# expect: '"abc' -> Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1
# expect: '"a\\x"' -> Invalid \escape: line 1 column 3 (char 2) | Invalid \escape 2 1 3
# expect: '"\\u12"' -> Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3
# expect: '[1] x' -> Extra data: line 1 column 5 (char 4) | Extra data 4 1 5
# expect: 'tru' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: '{"a":1' -> Expecting ',' delimiter: line 1 column 7 (char 6) | Expecting ',' delimiter 6 1 7
# expect: '[' -> Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2
# expect: '"a\tb"' -> Invalid control character at: line 1 column 3 (char 2) | Invalid control character at 2 1 3
# expect: '-' -> Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
# expect: '01' -> Extra data: line 1 column 2 (char 1) | Extra data 1 1 2
# expect: '1.' -> Extra data: line 1 column 2 (char 1) | Extra data 1 1 2
# expect: '{"a": }' -> Expecting value: line 1 column 7 (char 6) | Expecting value 6 1 7
# expect: '  \n  [1,\n 2,,]' -> Expecting value: line 3 column 4 (char 12) | Expecting value 12 3 4
for value in [float("nan"), float("inf")]:
    try:
        json.dumps(value, allow_nan=False)
    except ValueError as e:
        print(e)
# expect: Out of range float values are not JSON compliant: nan
# expect: Out of range float values are not JSON compliant: inf
for value in [{(1, 2): 3}, object(), {1, 2}]:
    try:
        json.dumps(value)
    except TypeError as e:
        print(e)
# expect: keys must be str, int, float, bool or None, not tuple
# expect: Object of type object is not JSON serializable
# expect: Object of type set is not JSON serializable
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)  # expect: Circular reference detected
try:
    json.loads(5)
except TypeError as e:
    print(e)  # expect: the JSON object must be str, bytes or bytearray, not int
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))  # expect: True
