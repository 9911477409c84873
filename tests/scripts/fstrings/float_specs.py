# Float format specs: fixed, zero padding, exponent, percent.
x = 3.14159265
print(f"{x:.2f}")  # expect: 3.14
print(f"{x:08.3f}")  # expect: 0003.142
print(f"{x:10.4f}|")  # expect:     3.1416|
print(f"{x:.3e}")  # expect: 3.142e+00
print(f"{0.256:.1%}")  # expect: 25.6%
print(f"{x:+.1f} {-x:.1f}")  # expect: +3.1 -3.1
print(f"{1234567.891:,.2f}")  # expect: 1,234,567.89
print(f"{2.5:.0f} {3.5:.0f}")  # expect: 2 4
print(f"{1e-7:g} {123456789.0:g}")  # expect: 1e-07 1.23457e+08
