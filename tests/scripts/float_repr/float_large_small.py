# Large and tiny floats; conversion of big ints.
print(float(10 ** 20))  # expect: 1e+20
print(float(2 ** 53), float(2 ** 53 + 1))  # expect: 9007199254740992.0 9007199254740992.0
print(1e16 + 1)  # expect: 1e+16
print(9007199254740993.0)  # expect: 9007199254740992.0
print(1e-7, 1.5e-10)  # expect: 1e-07 1.5e-10
print(12345.678e10)  # expect: 123456780000000.0
print(-1.0e-300 * 1e-300)  # expect: -0.0
