# The arithmetic operators on ints.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)  # expect: 22 12 85 3.4 3 2 289
print(-a, +a, -(-a))  # expect: -17 17 17
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)  # expect: 14 20 512 -4 4
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4)  # expect: 3 2.0 2
print(7 // 2 * 2 + 7 % 2)  # expect: 7
