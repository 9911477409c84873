# Converting floats to ints and comparing precisely.
print(int(2.5), int(-2.5), int(1e10))  # expect: 2 -2 10000000000
print(int(float(2 ** 60)) == 2 ** 60)  # expect: True
print(0.1 + 0.7)  # expect: 0.7999999999999999
print(0.1 * 0.1)  # expect: 0.010000000000000002
print(3 * 1.1)  # expect: 3.3000000000000003
print(1.0 - 0.9)  # expect: 0.09999999999999998
print(100 * 1.1)  # expect: 110.00000000000001
