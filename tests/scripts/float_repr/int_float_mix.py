# Mixed int/float arithmetic converts to float.
print(1 + 2.0, 3 * 0.5, 7 / 2, 8 / 2)  # expect: 3.0 1.5 3.5 4.0
print(7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5)  # expect: 3.0 2.0 -4.0 0.5
print(2 ** 0.5, 4 ** 0.5, 2.0 ** 3)  # expect: 1.4142135623730951 2.0 8.0
print(float(3), int(3.99), int(-3.99))  # expect: 3.0 3 -3
print(abs(-2.5), -(-0.0))  # expect: 2.5 0.0
print(10 / 4 * 4, 0.1 * 10)  # expect: 10.0 1.0
