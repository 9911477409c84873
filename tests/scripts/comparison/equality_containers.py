# Equality of dicts, sets and nested structures.
print({"a": 1, "b": 2} == {"b": 2, "a": 1})  # expect: True
print({1, 2, 3} == {3, 2, 1}, {1, 2} == frozenset([1, 2]))  # expect: True True
print([1, [2, [3]]] == [1, [2, [3]]])  # expect: True
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 4} > {1})  # expect: True True True
print(None == 0, None != None, "" == [])  # expect: False False False
