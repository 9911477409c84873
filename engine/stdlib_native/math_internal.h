// Helpers shared by the two halves of the math module (math.cpp, math_special.cpp).
#pragma once

#include <gmpxx.h>

#include "vm/dict.h"
#include "vm/object.h"

namespace loopscope::vm {

// A float argument as CPython's math functions take it: float, int, or __float__/__index__.
// TypeError "must be real number, not str".
double math_arg_float(const Value& v);
[[noreturn]] void math_domain_error();
[[noreturn]] void math_range_error();
// CPython's math_1 check of a libm result: NaN from a non-NaN argument is a domain error; an
// infinity from a finite argument is a range error (OverflowError) when the function can
// overflow, else a domain error (log1p(-1), atanh(1)).
double math_checked(double result, double x, bool can_overflow);
// |n| as mantissa in [0.5, 1) and exponent, rounded half-even to 53 bits (_PyLong_Frexp).
double big_frexp(const mpz_class& n, long& exponent);

// Adds gamma, lgamma, erf, erfc, expm1, log1p, the inverse hyperbolics, cbrt, exp2, frexp,
// ldexp, modf, nextafter, ulp, remainder, fma, fsum, hypot, dist and sumprod to `d`.
void add_special_math_functions(DictObject* d);

}  // namespace loopscope::vm
