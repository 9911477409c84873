# divmod, round, abs, pow builtins.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))  # expect: (3, 2) (-4, 3) (-4, -3)
print(divmod(7.5, 2))  # expect: (3.0, 1.5)
print(round(3.14159, 3), round(10), round(-0.5), round(1.5))  # expect: 3.142 10 0 2
print(abs(-5), abs(3), abs(-0.0))  # expect: 5 3 0.0
print(pow(2, 8), pow(2.0, -1), pow(-8, 2))  # expect: 256 0.5 64
print(round(12345, -2), round(-15, -1), round(25, -1))  # expect: 12300 -20 20
