# Dict comprehensions.
print({x: x * x for x in range(5)})  # expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}
words = ["apple", "bob", "cat", "avocado"]
print({w: len(w) for w in words if w[0] == "a"})  # expect: {'apple': 5, 'avocado': 7}
d = {"a": 1, "b": 2}
print({v: k for k, v in d.items()})  # expect: {1: 'a', 2: 'b'}
print({i % 3: i for i in range(10)})  # expect: {0: 9, 1: 7, 2: 8}
