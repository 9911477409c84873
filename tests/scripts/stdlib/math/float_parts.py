# Functions that take floats apart.
import math

print(math.frexp(8.5), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(1.0, -1080))
# expect: (0.53125, 4) (0.0, 0) 8.0 0.0
print(math.modf(-3.25), math.modf(math.inf), math.fmod(-7, 3), math.remainder(10, 3), math.remainder(11, 3))
# expect: (-0.25, -3.0) (0.0, inf) -1.0 1.0 -1.0
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(1.0, 2.0, steps=3), math.ulp(1.0), math.ulp(1e300))
# expect: 1.0000000000000002 0.9999999999999999 1.0000000000000007 2.220446049250313e-16 1.487016908477783e+284
print(math.fma(2, 3, 4), math.fma(0.1, 10, -1))  # expect: 10.0 5.551115123125783e-17
