# bin(), hex(), oct() and format() for integers.
print(bin(10), hex(255), oct(8))  # expect: 0b1010 0xff 0o10
print(bin(-10), hex(-255), oct(-8))  # expect: -0b1010 -0xff -0o10
print(bin(0), hex(0), oct(0))  # expect: 0b0 0x0 0o0
print(format(255, "x"), format(255, "X"), format(255, "b"), format(255, "o"))
# expect: ff FF 11111111 377
print(format(255, "#x"), format(10, "08b"))
# expect: 0xff 00001010
print(int(bin(42), 2), int(hex(42), 16))  # expect: 42 42
