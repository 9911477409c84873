# Dict displays: later keys win, ** merges, insertion order is kept.
d = {"a": 1, "b": 2, "a": 3}
print(d)  # expect: {'a': 3, 'b': 2}
base = {"x": 1, "y": 2}
print({**base, "y": 20, "z": 30})  # expect: {'x': 1, 'y': 20, 'z': 30}
print({"first": 0, **base})  # expect: {'first': 0, 'x': 1, 'y': 2}
print({1: "int", 1.0: "float", True: "bool"})  # expect: {1: 'bool'}
print(list({"z": 1, "a": 2, "m": 3}))  # expect: ['z', 'a', 'm']
print(base | {"y": 5})  # expect: {'x': 1, 'y': 5}
