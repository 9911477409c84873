# Trailing commas and parenthesized tuples.
t = 1, 2,
print(t)  # expect: (1, 2)
print([1, 2,], {"a": 1,})  # expect: [1, 2] {'a': 1}
def f(a, b,):
    return a + b
print(f(1, 2,))  # expect: 3
single = 5,
print(single, type(single).__name__)  # expect: (5,) tuple
print(type((5)).__name__)  # expect: int
