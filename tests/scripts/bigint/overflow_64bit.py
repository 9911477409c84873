# Arithmetic that overflows 64 bits keeps exact results.
big = 9223372036854775807
print(big + 1)  # expect: 9223372036854775808
print(big * 2)  # expect: 18446744073709551614
print(big * big)  # expect: 85070591730234615847396907784232501249
print(-big - 2)  # expect: -9223372036854775809
print(18446744073709551615 + 1)  # expect: 18446744073709551616
print(0xFFFFFFFFFFFFFFFF * 0xFFFFFFFFFFFFFFFF)  # expect: 340282366920938463426481119284349108225
print((2 ** 64 - 1) * (2 ** 64 + 1) == 2 ** 128 - 1)  # expect: True
