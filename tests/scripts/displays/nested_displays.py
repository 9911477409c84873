# Nested containers and their reprs.
data = {"list": [1, (2, 3)], "dict": {"k": [None]}, "tuple": ((),)}
print(data)  # expect: {'list': [1, (2, 3)], 'dict': {'k': [None]}, 'tuple': ((),)}
print(data["list"][1][0], data["dict"]["k"])  # expect: 2 [None]
print([[1, 2], [3, 4]][1][0])  # expect: 3
print(((1, 2),))  # expect: ((1, 2),)
print(repr([{}]), repr(({},)))  # expect: [{}] ({},)
