// complex numbers, following CPython's Objects/complexobject.c (division, power, repr, hash).
#include "vm/complex_ops.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "vm/exception.h"
#include "vm/float_ops.h"
#include "vm/int.h"
#include "vm/int_ops.h"
#include "vm/interp.h"
#include "vm/native_args.h"
#include "vm/str.h"
#include "vm/str_ops.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

struct C {
    double re, im;
};

C prod(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// _Py_c_quot: scaled division; `zero` is set for division by 0j.
C quot(C a, C b, bool& zero) {
    C r{0.0, 0.0};
    double abs_breal = std::fabs(b.re), abs_bimag = std::fabs(b.im);
    zero = false;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            zero = true;
            return r;
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        r = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    } else {
        r = {NAN, NAN};
    }
    // Recover infinities and zeros computed as nan+nanj (C11 Annex G.5.2).
    if (std::isnan(r.re) && std::isnan(r.im)) {
        if ((std::isinf(a.re) || std::isinf(a.im)) && std::isfinite(b.re) && std::isfinite(b.im)) {
            double x = std::copysign(std::isinf(a.re) ? 1.0 : 0.0, a.re);
            double y = std::copysign(std::isinf(a.im) ? 1.0 : 0.0, a.im);
            r = {INFINITY * (x * b.re + y * b.im), INFINITY * (y * b.re - x * b.im)};
        } else if ((std::isinf(abs_breal) || std::isinf(abs_bimag)) && std::isfinite(a.re) && std::isfinite(a.im)) {
            double x = std::copysign(std::isinf(b.re) ? 1.0 : 0.0, b.re);
            double y = std::copysign(std::isinf(b.im) ? 1.0 : 0.0, b.im);
            r = {0.0 * (a.re * x + a.im * y), 0.0 * (a.im * x - a.re * y)};
        }
    }
    return r;
}

C pow_unsigned(C x, long n) {
    C r{1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = prod(r, p);
        p = prod(p, p);
    }
    return r;
}

C pow_general(C a, C b, bool& domain) {
    domain = false;
    if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        domain = b.im != 0.0 || b.re < 0.0;
        return {0.0, 0.0};
    }
    double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= std::exp(at * b.im);
        phase += b.im * std::log(vabs);
    }
    return {len * std::cos(phase), len * std::sin(phase)};
}

ComplexObject* self_complex(const CallArgs& c) { return static_cast<ComplexObject*>(c.args[0].as_obj()); }
C value_of(const CallArgs& c) { return {self_complex(c)->re, self_complex(c)->im}; }

// The other operand as a complex; false -> NotImplemented.
bool to_c(const Value& v, C& out) {
    if (is_complex(v)) {
        out = {as<ComplexObject>(v)->re, as<ComplexObject>(v)->im};
        return true;
    }
    if (is_float_value(v)) {
        out = {float_value(v), 0.0};
        return true;
    }
    if (is_int(v)) {
        out = {int_to_double(v), 0.0};
        return true;
    }
    return false;
}

Value from_c(C c) { return make_complex(c.re, c.im); }

Value divide(C a, C b) {
    bool zero;
    C r = quot(a, b, zero);
    if (zero) raise_zero_division("complex division by zero");
    return from_c(r);
}

Value arith(BinOp op, C a, C b) {
    switch (op) {
        case BinOp::Add: return make_complex(a.re + b.re, a.im + b.im);
        case BinOp::Sub: return make_complex(a.re - b.re, a.im - b.im);
        case BinOp::Mul: return from_c(prod(a, b));
        case BinOp::TrueDiv: return divide(a, b);
        case BinOp::Pow: return complex_pow(a.re, a.im, b.re, b.im);
        default: return interp().not_implemented;
    }
}

template <BinOp op>
Value dunder(const CallArgs& c) {
    slot_args(c, 1);
    C b;
    if (!to_c(c.args[1], b)) return interp().not_implemented;
    return arith(op, value_of(c), b);
}

template <BinOp op>
Value rdunder(const CallArgs& c) {
    slot_args(c, 1);
    C a;
    if (!to_c(c.args[1], a)) return interp().not_implemented;
    return arith(op, a, value_of(c));
}

Value complex_pow_method(const CallArgs& c) {
    unpack_args("", c, 1, 2, 1);
    if (c.nargs == 3 && !c.args[2].is_none()) raise_value_error("complex modulo");
    C b;
    if (!to_c(c.args[1], b)) return interp().not_implemented;
    return arith(BinOp::Pow, value_of(c), b);
}

Value complex_rpow_method(const CallArgs& c) {
    unpack_args("", c, 1, 2, 1);
    if (c.nargs == 3 && !c.args[2].is_none()) raise_value_error("complex modulo");
    C a;
    if (!to_c(c.args[1], a)) return interp().not_implemented;
    return arith(BinOp::Pow, a, value_of(c));
}

bool equals(C a, const Value& other, bool& comparable) {
    comparable = true;
    if (is_int(other)) return a.im == 0.0 && int_float_compare(CmpOp::Eq, other, a.re);
    C b;
    if (!to_c(other, b)) {
        comparable = false;
        return false;
    }
    return a.re == b.re && a.im == b.im;
}

Value complex_eq(const CallArgs& c) {
    slot_args(c, 1);
    bool comparable;
    bool eq = equals(value_of(c), c.args[1], comparable);
    return comparable ? Value::boolean(eq) : interp().not_implemented;
}

Value complex_ne(const CallArgs& c) {
    slot_args(c, 1);
    bool comparable;
    bool eq = equals(value_of(c), c.args[1], comparable);
    return comparable ? Value::boolean(!eq) : interp().not_implemented;
}

Value complex_order(const CallArgs& c) {
    slot_args(c, 1);
    return interp().not_implemented;
}

Value complex_hash(const CallArgs& c) {
    slot_args(c, 0);
    uint64_t h = uint64_t(hash_float(self_complex(c)->re)) + 1000003ULL * uint64_t(hash_float(self_complex(c)->im));
    int64_t r = int64_t(h);
    return Value::small_int(r == -1 ? -2 : r);
}

Value complex_repr_method(const CallArgs& c) {
    slot_args(c, 0);
    return make_str(complex_repr(self_complex(c)->re, self_complex(c)->im));
}

Value complex_neg(const CallArgs& c) {
    slot_args(c, 0);
    return make_complex(-self_complex(c)->re, -self_complex(c)->im);
}
Value complex_pos(const CallArgs& c) {
    slot_args(c, 0);
    return make_complex(self_complex(c)->re, self_complex(c)->im);
}
Value complex_abs(const CallArgs& c) {
    slot_args(c, 0);
    double r = std::hypot(self_complex(c)->re, self_complex(c)->im);
    if (std::isinf(r) && std::isfinite(self_complex(c)->re) && std::isfinite(self_complex(c)->im)) {
        raise_overflow("absolute value too large");
    }
    return Value::real(r);
}
Value complex_bool(const CallArgs& c) {
    slot_args(c, 0);
    return Value::boolean(self_complex(c)->re != 0.0 || self_complex(c)->im != 0.0);
}
Value complex_conjugate(const CallArgs& c) {
    no_args("complex.conjugate", c, 1);
    return make_complex(self_complex(c)->re, -self_complex(c)->im);
}
Value complex_self(const CallArgs& c) {
    no_args("complex.__complex__", c, 1);
    return make_complex(self_complex(c)->re, self_complex(c)->im);
}
Value complex_format(const CallArgs& c) {
    exact_one_arg("complex.__format__", c, 1);
    if (!is_str(c.args[1])) raise_type_error("__format__() argument must be str, not " + type_name(c.args[1]));
    if (as<StrObject>(c.args[1])->length() == 0) return complex_repr_method(CallArgs{c.args, 1});
    raise_value_error("Unknown format code for object of type 'complex'");
}

Value get_real(const Value& self) { return Value::real(as<ComplexObject>(self)->re); }
Value get_imag(const Value& self) { return Value::real(as<ComplexObject>(self)->im); }

// complex('1+2j'): CPython's complex_from_string grammar.
bool parse_complex(std::string_view s, C& out) {
    auto skip_space = [&](size_t& i) {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    };
    size_t i = 0;
    skip_space(i);
    bool paren = i < s.size() && s[i] == '(';
    if (paren) {
        ++i;
        skip_space(i);
    }
    // One float (strtod syntax, no hex) starting at i; returns false when none.
    auto number = [&](size_t& pos, double& v) {
        const char* begin = s.data() + pos;
        std::string tmp(s.substr(pos));
        if (tmp.size() >= 2 && tmp[0] == '0' && (tmp[1] == 'x' || tmp[1] == 'X')) return false;
        char* end = nullptr;
        v = std::strtod(tmp.c_str(), &end);
        if (end == tmp.c_str()) return false;
        pos += size_t(end - tmp.c_str());
        (void)begin;
        return true;
    };
    double x = 0.0, y = 0.0;
    size_t start = i;
    bool got_x = number(i, x);
    if (got_x && i < s.size() && (s[i] == 'j' || s[i] == 'J')) {
        y = x;
        x = 0.0;
        ++i;
    } else if (got_x && i < s.size() && (s[i] == '+' || s[i] == '-')) {
        size_t sign_at = i;
        if (!number(i, y)) {
            y = s[sign_at] == '-' ? -1.0 : 1.0;
            i = sign_at + 1;
        }
        if (i >= s.size() || (s[i] != 'j' && s[i] != 'J')) return false;
        ++i;
    } else if (!got_x) {
        i = start;
        double sign = 1.0;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) sign = s[i++] == '-' ? -1.0 : 1.0;
        if (i >= s.size() || (s[i] != 'j' && s[i] != 'J')) return false;
        y = sign;
        ++i;
    }
    skip_space(i);
    if (paren) {
        if (i >= s.size() || s[i] != ')') return false;
        ++i;
        skip_space(i);
    }
    if (i != s.size()) return false;
    out = {x, y};
    return true;
}

C complex_arg(const Value& v, bool first) {
    C c;
    if (is_complex(v)) return {as<ComplexObject>(v)->re, as<ComplexObject>(v)->im};
    Value hook = lookup_special(v, names().__complex___);
    if (!hook.empty()) {
        Value r = call(bind_descriptor(hook, v, type_of(v)), {});
        if (!is_complex(r)) raise_type_error("__complex__ returned non-complex (type " + type_name(r) + ")");
        return {as<ComplexObject>(r)->re, as<ComplexObject>(r)->im};
    }
    if (to_c(v, c)) return c;
    if (!lookup_special(v, names().__float__).empty() || !lookup_special(v, names().__index__).empty()) {
        return {to_double(v), 0.0};
    }
    if (first) raise_type_error("complex() first argument must be a string or a number, not '" + type_name(v) + "'");
    raise_type_error("complex() second argument must be a number, not '" + type_name(v) + "'");
}

Value complex_new(const CallArgs& c) {
    Value args[2];
    bind_args({"complex", {"real", "imag"}, 0}, c, args, 1);
    if (args[0].empty() && args[1].empty()) return make_complex(0.0, 0.0);
    if (!args[0].empty() && is_str(args[0])) {
        if (!args[1].empty()) raise_type_error("complex() can't take second arg if first is a string");
        C r;
        if (!parse_complex(as<StrObject>(args[0])->view(), r)) raise_value_error("complex() arg is a malformed string");
        return from_c(r);
    }
    if (!args[1].empty() && is_str(args[1])) raise_type_error("complex() second arg can't be a string");
    // complex(r, i) == r + i*1j; real (non-complex) arguments contribute no sign-losing zero
    // terms, as CPython's complex_new arranges it.
    C cr{0.0, 0.0}, ci{0.0, 0.0};
    bool cr_complex = !args[0].empty() && is_complex(args[0]);
    if (!args[0].empty()) cr = complex_arg(args[0], true);
    if (args[1].empty()) return make_complex(cr.re, cr.im);
    bool ci_complex = is_complex(args[1]);
    ci = complex_arg(args[1], false);
    double re = cr.re, im = ci.re;
    if (ci_complex) re -= ci.im;
    if (cr_complex) im += cr.im;
    return make_complex(re, im);
}

}  // namespace

Value make_complex(double re, double im) { return make<ComplexObject>(types().complex, re, im); }

bool is_complex(const Value& v) { return v.is_obj() && v.as_obj()->type == types().complex; }

Value complex_pow(double are, double aim, double bre, double bim) {
    C a{are, aim}, b{bre, bim}, p;
    bool domain = false;
    errno = 0;
    if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
        long n = long(b.re);
        if (n >= 0) {
            p = pow_unsigned(a, n);
        } else {
            bool zero;
            p = quot(C{1.0, 0.0}, pow_unsigned(a, -n), zero);
            domain = zero;
        }
    } else {
        p = pow_general(a, b, domain);
    }
    if (domain) raise_zero_division("0.0 to a negative or complex power");
    if (std::isinf(p.re) || std::isinf(p.im)) raise_overflow("complex exponentiation");
    return from_c(p);
}

std::string complex_repr(double re, double im) {
    if (re == 0.0 && std::copysign(1.0, re) == 1.0) return double_to_string(im, 'r', 0, false, false) + "j";
    std::string imag = double_to_string(im, 'r', 0, false, false);
    if (imag[0] != '-') imag = "+" + imag;
    return "(" + double_to_string(re, 'r', 0, false, false) + imag + "j)";
}

void install_complex_methods(Interp& in) {
    TypeObject* t = in.types.complex;
    add_method(t, "__new__", complex_new, NativeKind::StaticMethod);
    add_method(t, "__repr__", complex_repr_method);
    add_method(t, "__hash__", complex_hash);
    add_method(t, "__add__", dunder<BinOp::Add>);
    add_method(t, "__radd__", rdunder<BinOp::Add>);
    add_method(t, "__sub__", dunder<BinOp::Sub>);
    add_method(t, "__rsub__", rdunder<BinOp::Sub>);
    add_method(t, "__mul__", dunder<BinOp::Mul>);
    add_method(t, "__rmul__", rdunder<BinOp::Mul>);
    add_method(t, "__truediv__", dunder<BinOp::TrueDiv>);
    add_method(t, "__rtruediv__", rdunder<BinOp::TrueDiv>);
    add_method(t, "__pow__", complex_pow_method);
    add_method(t, "__rpow__", complex_rpow_method);
    add_method(t, "__eq__", complex_eq);
    add_method(t, "__ne__", complex_ne);
    for (const char* op : {"__lt__", "__le__", "__gt__", "__ge__"}) add_method(t, op, complex_order);
    add_method(t, "__neg__", complex_neg);
    add_method(t, "__pos__", complex_pos);
    add_method(t, "__abs__", complex_abs);
    add_method(t, "__bool__", complex_bool);
    add_method(t, "__complex__", complex_self);
    add_method(t, "__format__", complex_format);
    add_method(t, "conjugate", complex_conjugate);
    add_getset(t, "real", get_real);
    add_getset(t, "imag", get_imag);
}

}  // namespace loopscope::vm
