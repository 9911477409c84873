# Every augmented assignment operator.
x = 10
x += 5; print(x)  # expect: 15
x -= 3; print(x)  # expect: 12
x *= 2; print(x)  # expect: 24
x //= 5; print(x)  # expect: 4
x %= 3; print(x)  # expect: 1
x **= 5; print(x)  # expect: 1
x <<= 2; print(x)  # expect: 4
x >>= 1; print(x)  # expect: 2
x &= 0b1110; print(x)  # expect: 2
x |= 1; print(x)  # expect: 3
x ^= 0b11; print(x)  # expect: 0
x /= 4; print(x)  # expect: 0.0
s = "ab"; s *= 3; print(s)  # expect: ababab
