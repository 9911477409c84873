# Domain and range errors with CPython's messages.
import math

cases = ["math.sqrt(-1)", "math.log(0)", "math.log(-5)", "math.acosh(0)", "math.atanh(1)",
         "math.exp(1000)", "math.gamma(0)", "math.gamma(-1)", "math.lgamma(0)", "math.log(1, 1)",
         "math.fsum([math.inf, -math.inf])", "math.ldexp(1.0, 5000)", "math.trunc('x')",
         "math.sqrt('x')", "math.gamma(200)", "math.factorial(-1)", "math.factorial(5.0)",
         "math.log1p(-1)", "math.cos(math.inf)", "math.remainder(1, 0)", "math.fmod(1, 0)",
         "math.floor(math.nan)", "math.ceil(math.inf)", "math.isqrt(-1)", "math.comb(-1, 2)",
         "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.sumprod([1], [1, 2])",
         "math.nextafter(1.0, 2.0, steps=-1)", "math.dist((1,), (1, 2))", "math.degrees(1e308)"]
for case in cases:
    try:
        print(case, "->", eval(case))
    except Exception as e:
        print(case, "->", type(e).__name__ + ":", e)
# expect: math.sqrt(-1) -> ValueError: math domain error
# expect: math.log(0) -> ValueError: math domain error
# expect: math.log(-5) -> ValueError: math domain error
# expect: math.acosh(0) -> ValueError: math domain error
# expect: math.atanh(1) -> ValueError: math domain error
# expect: math.exp(1000) -> OverflowError: math range error
# expect: math.gamma(0) -> ValueError: math domain error
# expect: math.gamma(-1) -> ValueError: math domain error
# expect: math.lgamma(0) -> ValueError: math domain error
# expect: math.log(1, 1) -> ZeroDivisionError: float division by zero
# expect: math.fsum([math.inf, -math.inf]) -> ValueError: -inf + inf in fsum
# expect: math.ldexp(1.0, 5000) -> OverflowError: math range error
# expect: math.trunc('x') -> TypeError: type str doesn't define __trunc__ method
# expect: math.sqrt('x') -> TypeError: must be real number, not str
# expect: math.gamma(200) -> OverflowError: math range error
# expect: math.factorial(-1) -> ValueError: factorial() not defined for negative values
# expect: math.factorial(5.0) -> TypeError: 'float' object cannot be interpreted as an integer
# expect: math.log1p(-1) -> ValueError: math domain error
# expect: math.cos(math.inf) -> ValueError: math domain error
# expect: math.remainder(1, 0) -> ValueError: math domain error
# expect: math.fmod(1, 0) -> ValueError: math domain error
# expect: math.floor(math.nan) -> ValueError: cannot convert float NaN to integer
# expect: math.ceil(math.inf) -> OverflowError: cannot convert float infinity to integer
# expect: math.isqrt(-1) -> ValueError: isqrt() argument must be nonnegative
# expect: math.comb(-1, 2) -> ValueError: n must be a non-negative integer
# expect: math.pow(0, -1) -> ValueError: math domain error
# expect: math.pow(-8, 1/3) -> ValueError: math domain error
# expect: math.sumprod([1], [1, 2]) -> ValueError: Inputs are not the same length
# expect: math.nextafter(1.0, 2.0, steps=-1) -> ValueError: steps must be a non-negative integer
# expect: math.dist((1,), (1, 2)) -> ValueError: both points must have the same number of dimensions
# expect: math.degrees(1e308) -> inf
