# Comparisons between ints, floats and bools.
print(1 == 1.0, 1 < 1.5, 2 > 1.999999, -0.0 == 0)  # expect: True True True True
print(True == 1, False < True, 3 >= 3.0)  # expect: True True True
print(10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53 + 1)  # expect: True False
print(float("nan") < 1, float("nan") > 1, float("inf") > 10 ** 400)  # expect: False False True
