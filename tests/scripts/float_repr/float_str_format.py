# str(), format() and round() on floats.
print(str(1.5), str(2.0), str(-3.25))  # expect: 1.5 2.0 -3.25
print(format(3.14159, ".2f"), format(2.5, "e"), format(0.5, "%"))
# expect: 3.14 2.500000e+00 50.000000%
print(round(2.5), round(3.5), round(-2.5))  # expect: 2 4 -2
print(round(2.675, 2), round(1.005, 2))  # expect: 2.67 1.0
print(round(1234.5678, -2), round(7.0))  # expect: 1200.0 7
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)  # expect: int float
print(format(1e100, "g"), format(123456789.0, "g"))  # expect: 1e+100 1.23457e+08
