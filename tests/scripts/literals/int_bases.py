# Integer literals in every base, with underscores.
print(0b1011)  # expect: 11
print(0o755)  # expect: 493
print(0xFF, 0xff, 0XaB)  # expect: 255 255 171
print(1_000_000)  # expect: 1000000
print(0b_1111_0000)  # expect: 240
print(0x_dead_beef)  # expect: 3735928559
print(0, 00, 0_0)  # expect: 0 0 0
print(-0b1 + 0o1 + 0x1 + 1)  # expect: 2
