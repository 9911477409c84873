# Float literal forms.
print(1.0, 1., .5, 1e3, 1E-3, 2.5e+2)  # expect: 1.0 1.0 0.5 1000.0 0.001 250.0
print(0.0, -0.0)  # expect: 0.0 -0.0
print(1_0.5)  # expect: 10.5
print(type(1e3).__name__)  # expect: float
print(float("1.5"), float("  -2  "), float("1e2"))  # expect: 1.5 -2.0 100.0
print(float("inf"), float("-inf"), float("Infinity"))  # expect: inf -inf inf
print(3.0 == 3, 0.5 == 1/2)  # expect: True True
