# Underscores in int and float literals, and int() with underscores.
print(1_2_3)  # expect: 123
print(1_000.000_1)  # expect: 1000.0001
print(1_0e1_0)  # expect: 100000000000.0
print(int("1_000"))  # expect: 1000
print(int("0x_ff", 16), int("ff", 16), int("0xff", 0))  # expect: 255 255 255
print(int("0b101", 0), int("0o17", 0), int("17", 8))  # expect: 5 15 15
print(int("  42  "), int("-7"), int("+7"))  # expect: 42 -7 7
print(int("z", 36), int("Z", 36))  # expect: 35 35
