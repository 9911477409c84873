// int and bool behaviour: arithmetic on small (inline int64) and big (GMP) ints with Python's
// semantics (floor division, sign of %, exact big-int true division, shifts), comparisons,
// int <-> float comparison done exactly, and the methods of `int` and `bool`.
#pragma once

#include <cstdint>

#include "vm/protocol.h"

namespace loopscope::vm {

class Interp;
struct StrObject;

// Both a and b are ints or bools (is_int). Never returns NotImplemented. Raises
// ZeroDivisionError ("division by zero", "integer division or modulo by zero",
// "integer modulo by zero"), ValueError "negative shift count", MemoryError for results too
// large to hold. `&`, `|`, `^` of two bools give a bool.
Value int_binary_op(BinOp op, const Value& a, const Value& b);
Value int_unary_op(UnaryOp op, const Value& a);
bool int_compare(CmpOp op, const Value& a, const Value& b);
// Exact comparison of an int with a double (CPython never rounds the int to a double).
bool int_float_compare(CmpOp op, const Value& i, double d);
// pow(a, b, m) for ints: negative b takes the modular inverse.
Value int_pow_mod(const Value& a, const Value& b, const Value& m);
// a / b correctly rounded, for ints of any size. OverflowError
// "integer division result too large for a float".
double int_true_divide(const Value& a, const Value& b);
// round(i, ndigits) for an int: rounds half to even at 10**-ndigits.
Value int_round(const Value& i, int64_t ndigits);

// repr(int): decimal text. ValueError past 4300 digits, as CPython.
Ref<StrObject> int_repr(const Value& v);
std::string int_repr_string(const Value& v);
// Digits in `base` (2, 8, 16) with Python's prefix: bin(), oct(), hex().
std::string int_to_base(const Value& v, int base, bool with_prefix = true);

// int(x) / int(x, base) as the constructor does it (without subclass instantiation).
Value int_from_object(const Value& x);
Value int_from_object_base(const Value& x, const Value& base);
// An int instance of `cls` (int or a user subclass) holding `value`.
Value make_int_instance(TypeObject* cls, const Value& value);
// CPython's int-like comparison result for an IntObject subclass etc.: value as an exact int.
Value as_exact_int(const Value& v);

void install_int_methods(Interp& in);

}  // namespace loopscope::vm
