# Integer format specs: thousands separators, bases, padding.
n = 1234567
print(f"{n:,}")  # expect: 1,234,567
print(f"{n:_}")  # expect: 1_234_567
print(f"{255:x} {255:X} {255:#x} {5:b} {8:o}")
# expect: ff FF 0xff 101 10
print(f"{42:05d}")  # expect: 00042
print(f"{-42:05d}")  # expect: -0042
print(f"{7:+d}")  # expect: +7
print(f"{65:c}")  # expect: A
print(f"{1000000:>12,}")  # expect:    1,000,000
