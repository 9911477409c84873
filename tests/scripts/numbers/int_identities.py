# Integer arithmetic identities.
a, b = 37, 5
q, r = divmod(a, b)
print(q, r, q * b + r == a)  # expect: 7 2 True
print(a ** 2 - b ** 2 == (a - b) * (a + b))  # expect: True
print(sum(range(101)))  # expect: 5050
print(sum(i * i for i in range(10)))  # expect: 285
print(max(range(10)), min([3, 1, 2]))  # expect: 9 1
