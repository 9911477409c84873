# Bitwise operations on big and negative integers.
x = 2 ** 70
print(x | 1)  # expect: 1180591620717411303425
print(x & (x - 1))  # expect: 0
print(x ^ (x + 5))  # expect: 5
print(~x)  # expect: -1180591620717411303425
print(x >> 65, x << 10)  # expect: 32 1208925819614629174706176
print(-x >> 3)  # expect: -147573952589676412928
print(-1 & 0xFFFFFFFFFFFFFFFFFF)  # expect: 4722366482869645213695
print(hex(2 ** 100), bin(2 ** 70), oct(2 ** 66))
# expect: 0x10000000000000000000000000 0b10000000000000000000000000000000000000000000000000000000000000000000000 0o10000000000000000000000
