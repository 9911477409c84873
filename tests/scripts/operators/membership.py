# in and not in on containers.
print(2 in [1, 2, 3], 4 not in [1, 2, 3])  # expect: True True
print("k" in {"k": 1}, 1 in {"k": 1})  # expect: True False
print(3 in {1, 2, 3}, (1, 2) in [(1, 2)], [1] in [[1]])  # expect: True True True
print("ell" in "hello", 5 in range(10), 10 in range(10))  # expect: True True False
print(2 in (1, 2) in [True])  # expect: False
