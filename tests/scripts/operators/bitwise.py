# Bitwise operators and shifts.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)  # expect: 8 14 6 -13
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100)  # expect: 1024 128 -4 -1
print(bin(a & b), bin(a | b), bin(a ^ b))  # expect: 0b1000 0b1110 0b110
print(5 & 3 | 8, 5 & (3 | 8), 1 | 2 ^ 3 & 4)  # expect: 9 1 3
print(~0, ~-1, ~255)  # expect: -1 0 -256
