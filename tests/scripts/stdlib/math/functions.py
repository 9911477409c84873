# The math module's functions against CPython's results, last digit included.
import math

print(math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.log2(1024), math.log10(0.001))
# expect: 1.4142135623730951 2.718281828459045 2.302585092994046 3.0 10.0 -3.0
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1))
# expect: 0.8414709848078965 0.5403023058681398 1.5574077246549023 0.5235987755982989 1.0471975511965979 0.7853981633974483 2.356194490192345
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
# expect: 1.1752011936438014 1.5430806348152437 0.7615941559557649 0.881373587019543 1.3169578969248166 0.5493061443340548
print(math.cbrt(27), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10), math.erf(0.5), math.erfc(0.5))
# expect: 3.0000000000000004 1024.0 1.00000000005e-10 9.999999999500001e-11 0.5204998778130465 0.4795001221869535
print(math.gamma(0.5), math.gamma(5.5), math.gamma(-2.3), math.gamma(171.5), math.gamma(1e-5))
# expect: 1.7724538509055159 52.34277778455352 -1.447107394255918 9.483367566824801e+307 99999.42279422554
print(math.lgamma(0.5), math.lgamma(100.3), math.lgamma(-2.3))
# expect: 0.5723649429247004 360.51470572905816 0.369566663455008
print(math.degrees(math.pi), math.radians(180), math.pow(2, 0.5), math.fabs(-3), math.copysign(3, -0.0))
# expect: 180.0 3.141592653589793 1.4142135623730951 3.0 -3.0
print(math.log(10 ** 1000), math.log2(2 ** 2000), math.log10(10 ** 500))
# expect: 2302.585092994045 2000.0 500.0
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan
