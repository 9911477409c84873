// float behaviour: CPython's repr (shortest round-trip digits), hashing (so hash(1.0) ==
// hash(1)), arithmetic with Python's floor-division/modulo sign rules and error messages,
// correctly rounded round(x, n), parsing float('...'), and the methods of `float`.
// (std::string float_repr(double) is declared in protocol.h and defined here.)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/protocol.h"

namespace loopscope::vm {

class Interp;

// Instances of user subclasses of float (class Celsius(float)); plain floats are inline.
struct FloatObject : Object {
    explicit FloatObject(double v) : value(v) {}
    size_t footprint() const override { return sizeof(FloatObject); }
    double value;
    Ref<DictObject> instance_dict;
    void clear_references() override { instance_dict.reset(); }
    DictObject* attribute_dict(bool create) override;
};

bool is_float_value(const Value& v);  // float or an instance of a float subclass
double float_value(const Value& v);   // requires is_float_value

// Raises ZeroDivisionError ("float division by zero", "float floor division by zero",
// "float modulo by zero"), OverflowError (34, 'Numerical result out of range') for pow.
Value float_binary_op(BinOp op, double a, double b);
bool float_compare(CmpOp op, double a, double b);
// divmod(a, b) for floats: "float divmod()" on zero.
void float_divmod(double a, double b, double& div, double& mod);

int64_t hash_float(double d);
// CPython's PyOS_double_to_string: code 'e', 'f', 'g' (precision as given) or 'r' (shortest
// repr); add_dot_0 makes integral results end in ".0" (repr, format with no type);
// `alternate` is the '#' flag; `upper` gives 'E', 'INF', 'NAN'. Negative values (and -0.0)
// start with '-'.
std::string double_to_string(double d, char code, int precision, bool add_dot_0, bool alternate,
                             bool upper = false);
// int(d): OverflowError "cannot convert float infinity to integer", ValueError for NaN.
Value float_to_int(double d);
// round(d) -> int (half to even); round(d, ndigits) -> float, correctly rounded.
Value float_round_to_int(double d);
double float_round(double d, int64_t ndigits);
// float('...'): ValueError "could not convert string to float: 'abc'".
double float_from_string(std::string_view text);
// float(x) for any object (int, str, __float__, __index__).
double float_from_object(const Value& x);
Value make_float_instance(TypeObject* cls, double d);

void install_float_methods(Interp& in);

}  // namespace loopscope::vm
