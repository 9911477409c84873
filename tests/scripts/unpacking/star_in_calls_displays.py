# * and ** unpacking in calls and displays.
def f(a, b, c, d=0):
    return (a, b, c, d)
args = [1, 2]
kw = {"d": 4}
print(f(*args, 3, **kw))  # expect: (1, 2, 3, 4)
print(f(*"xy", *[0]))  # expect: ('x', 'y', 0, 0)
print(f(**{"a": 1, "b": 2, "c": 3}))  # expect: (1, 2, 3, 0)
print([*range(3), *"ab"])  # expect: [0, 1, 2, 'a', 'b']
print((*[1], *(2, 3)))  # expect: (1, 2, 3)
print({**{"a": 1}, "b": 2, **{"a": 3}})  # expect: {'a': 3, 'b': 2}
print({*[1, 2], *(2, 3)})  # expect: {1, 2, 3}
print(*[1, 2, 3], sep="-")  # expect: 1-2-3
