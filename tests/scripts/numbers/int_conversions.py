# int() from strings, floats and bools.
print(int("42"), int("-0"), int(3.9), int(True))  # expect: 42 0 3 1
print(int("101", 2), int("777", 8), int("zz", 36))  # expect: 5 511 1295
print(int(), float(), repr(str()))  # expect: 0 0.0 ''
print(int("  12\n"))  # expect: 12
print(int(-0.5), int(0.99999))  # expect: 0 0
print(float("nan") != float("nan"))  # expect: True
