# When floats switch to exponent notation.
print(1e15, 1e16, 1e17)  # expect: 1000000000000000.0 1e+16 1e+17
print(123456789012345678.0)  # expect: 1.2345678901234568e+17
print(1e-4, 1e-5, 0.0001234, 0.00001234)  # expect: 0.0001 1e-05 0.0001234 1.234e-05
print(1e22, 1e23, 1.5e300)  # expect: 1e+22 1e+23 1.5e+300
print(5e-324)  # expect: 5e-324
print(1.7976931348623157e308)  # expect: 1.7976931348623157e+308
print(2.0 ** 60)  # expect: 1.152921504606847e+18
