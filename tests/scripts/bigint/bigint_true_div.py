# True division of big ints produces correctly rounded floats.
print(2 ** 100 / 2 ** 98)  # expect: 4.0
print(10 ** 20 / 3)  # expect: 3.333333333333333e+19
print((2 ** 70 + 1) / 2 ** 70)  # expect: 1.0
print(1 / 2 ** 60)  # expect: 8.673617379884035e-19
print(float(2 ** 64))  # expect: 1.8446744073709552e+19
print(int(1e20), int(-1e20))  # expect: 100000000000000000000 -100000000000000000000
