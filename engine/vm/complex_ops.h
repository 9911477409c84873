// complex: the minimal complex number type Python programs meet (literals like 2j, results of
// (-1) ** 0.5): arithmetic, repr, hash, parsing, following CPython's complexobject.c.
#pragma once

#include "vm/object.h"
#include "vm/protocol.h"

namespace loopscope::vm {

class Interp;

struct ComplexObject : Object {
    ComplexObject(double r, double i) : re(r), im(i) {}
    double re, im;
};

Value make_complex(double re, double im);
bool is_complex(const Value& v);
// (a) ** (b) for complex operands (also what float ** float gives for a negative base and a
// fractional exponent). ZeroDivisionError "0.0 to a negative or complex power".
Value complex_pow(double are, double aim, double bre, double bim);
std::string complex_repr(double re, double im);

void install_complex_methods(Interp& in);

}  // namespace loopscope::vm
