# float() from strings and ints; str() of floats.
print(float("3.5"), float("-1e-3"), float(" 7 "))  # expect: 3.5 -0.001 7.0
print(float(10), float(-0))  # expect: 10.0 0.0
print(float("inf") > 10 ** 300)  # expect: True
print(str(0.1), str(1e-10), str(1e21))  # expect: 0.1 1e-10 1e+21
print(float(True), float(False))  # expect: 1.0 0.0
