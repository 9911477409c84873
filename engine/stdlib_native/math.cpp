// math: CPython 3.13's math module. Results follow CPython's: libm where CPython calls libm,
// CPython's own algorithms where it has them (gamma, lgamma, fsum, hypot: math_special.cpp),
// and the same "math domain error" / "math range error" for arguments outside a function's
// domain or range.
#include <cmath>

#include "stdlib_native/math_internal.h"
#include "stdlib_native/stdlib_native.h"
#include "vm/exception.h"
#include "vm/float_ops.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/module.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

double math_arg_float(const Value& v) { return to_double(v); }
void math_domain_error() { raise_value_error("math domain error"); }
void math_range_error() { raise_overflow("math range error"); }

double math_checked(double r, double x, bool can_overflow) {
    if (std::isnan(r) && !std::isnan(x)) math_domain_error();
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) math_range_error();
        math_domain_error();
    }
    return r;
}

double big_frexp(const mpz_class& n, long& exponent) {
    mpz_class m = abs(n);
    long bits = long(mpz_sizeinbase(m.get_mpz_t(), 2));
    if (bits <= 53) {
        exponent = bits;
        return std::ldexp(m.get_d(), int(-bits));
    }
    // Keep 53 bits, then round half to even using everything shifted out.
    long drop = bits - 53;
    mpz_class kept = m >> mp_bitcnt_t(drop);
    mpz_class rest = m - (kept << mp_bitcnt_t(drop));
    mpz_class half = mpz_class(1) << mp_bitcnt_t(drop - 1);
    if (rest > half || (rest == half && mpz_odd_p(kept.get_mpz_t()))) kept += 1;
    exponent = bits;
    if (mpz_sizeinbase(kept.get_mpz_t(), 2) > 53) {  // rounding carried into a new bit
        kept >>= 1;
        exponent += 1;
    }
    return std::ldexp(kept.get_d(), -53);
}

namespace {

// ---------------------------------------------------------------- functions of one float

struct UnaryFunction {
    const char* name;
    double (*fn)(double);
    bool can_overflow;
};

double m_sin(double x) { return std::sin(x); }
double m_cos(double x) { return std::cos(x); }
double m_tan(double x) { return std::tan(x); }
double m_asin(double x) { return std::asin(x); }
double m_acos(double x) { return std::acos(x); }
double m_atan(double x) { return std::atan(x); }
double m_sinh(double x) { return std::sinh(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_atanh(double x) { return std::atanh(x); }
double m_exp(double x) { return std::exp(x); }
double m_exp2(double x) { return std::exp2(x); }
double m_expm1(double x) { return std::expm1(x); }
double m_log1p(double x) { return std::log1p(x); }
double m_cbrt(double x) { return std::cbrt(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }
double m_fabs(double x) { return std::fabs(x); }
double m_sqrt(double x) { return std::sqrt(x); }

constexpr UnaryFunction kUnaryFunctions[] = {
    {"sin", m_sin, false},     {"cos", m_cos, false},       {"tan", m_tan, false},
    {"asin", m_asin, false},   {"acos", m_acos, false},     {"atan", m_atan, false},
    {"sinh", m_sinh, true},    {"cosh", m_cosh, true},      {"tanh", m_tanh, false},
    {"asinh", m_asinh, false}, {"acosh", m_acosh, false},   {"atanh", m_atanh, false},
    {"exp", m_exp, true},      {"exp2", m_exp2, true},      {"expm1", m_expm1, true},
    {"log1p", m_log1p, false}, {"cbrt", m_cbrt, false},     {"erf", m_erf, false},
    {"erfc", m_erfc, false},   {"fabs", m_fabs, false},     {"sqrt", m_sqrt, false},
};

// One native entry point per table row: the row index is a template argument.
template <size_t I>
Value unary_entry(const CallArgs& a) {
    const UnaryFunction& f = kUnaryFunctions[I];
    exact_one_arg(f.name, a);
    double x = math_arg_float(a[0]);
    // sin/cos/tan of an infinity: libm returns NaN, which math_checked reports as a domain error.
    return Value::real(math_checked(f.fn(x), x, f.can_overflow));
}

template <size_t... I>
void add_unary_functions(DictObject* d, std::index_sequence<I...>) {
    (module_def(d, "math", kUnaryFunctions[I].name, unary_entry<I>), ...);
}

// degrees and radians never fail: CPython multiplies without checking for overflow.
Value math_degrees(const CallArgs& a) {
    exact_one_arg("degrees", a);
    return Value::real(math_arg_float(a[0]) * (180.0 / M_PI));
}

Value math_radians(const CallArgs& a) {
    exact_one_arg("radians", a);
    return Value::real(math_arg_float(a[0]) * (M_PI / 180.0));
}

// ---------------------------------------------------------------- logarithms

// CPython's loghelper: ints too large for a float go through their mantissa and exponent, so
// math.log(10**1000) works; everything else is a float with the libm function's domain.
double log_of(const Value& v, double (*fn)(double)) {
    if (is_int(v)) {
        mpz_class n = to_mpz(v);
        if (n <= 0) math_domain_error();
        if (mpz_sizeinbase(n.get_mpz_t(), 2) <= 1023) return fn(int_to_double(v));
        long e;
        double m = big_frexp(n, e);
        return fn(m) + fn(2.0) * double(e);
    }
    double x = math_arg_float(v);
    return math_checked(fn(x), x, false);
}

double c_log(double x) { return x == 0 ? -HUGE_VAL : std::log(x); }
double c_log2(double x) { return std::log2(x); }
double c_log10(double x) { return std::log10(x); }

Value math_log(const CallArgs& a) {
    unpack_args("log", a, 1, 2);
    double num = log_of(a[0], c_log);
    if (a.nargs == 1) return Value::real(num);
    double den = log_of(a[1], c_log);
    if (den == 0) raise_zero_division("float division by zero");
    return Value::real(num / den);
}

Value math_log2(const CallArgs& a) {
    exact_one_arg("log2", a);
    return Value::real(log_of(a[0], c_log2));
}

Value math_log10(const CallArgs& a) {
    exact_one_arg("log10", a);
    return Value::real(log_of(a[0], c_log10));
}

// ---------------------------------------------------------------- two floats

Value math_pow(const CallArgs& a) {
    unpack_args("pow", a, 2, 2);
    double x = math_arg_float(a[0]), y = math_arg_float(a[1]);
    if (std::isfinite(x) && std::isfinite(y)) {
        if (x == 0 && y < 0) math_domain_error();
        if (x < 0 && y != std::floor(y)) math_domain_error();
    }
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) math_range_error();
    return Value::real(r);
}

Value math_atan2(const CallArgs& a) {
    unpack_args("atan2", a, 2, 2);
    return Value::real(std::atan2(math_arg_float(a[0]), math_arg_float(a[1])));
}

Value math_copysign(const CallArgs& a) {
    unpack_args("copysign", a, 2, 2);
    return Value::real(std::copysign(math_arg_float(a[0]), math_arg_float(a[1])));
}

Value math_fmod(const CallArgs& a) {
    unpack_args("fmod", a, 2, 2);
    double x = math_arg_float(a[0]), y = math_arg_float(a[1]);
    if (std::isinf(y) && std::isfinite(x)) return Value::real(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) math_domain_error();
    return Value::real(r);
}

Value math_isclose(const CallArgs& a) {
    Value args[4];
    bind_args({"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2, true, 2}, a, args);
    double x = math_arg_float(args[0]), y = math_arg_float(args[1]);
    double rel = args[2].empty() ? 1e-9 : math_arg_float(args[2]);
    double abs_tol = args[3].empty() ? 0.0 : math_arg_float(args[3]);
    if (rel < 0 || abs_tol < 0) raise_value_error("tolerances must be non-negative");
    if (x == y) return Value::boolean(true);
    if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
    double diff = std::fabs(y - x);
    return Value::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

Value math_isnan(const CallArgs& a) { exact_one_arg("isnan", a); return Value::boolean(std::isnan(math_arg_float(a[0]))); }
Value math_isinf(const CallArgs& a) { exact_one_arg("isinf", a); return Value::boolean(std::isinf(math_arg_float(a[0]))); }
Value math_isfinite(const CallArgs& a) {
    exact_one_arg("isfinite", a);
    return Value::boolean(std::isfinite(math_arg_float(a[0])));
}

// ---------------------------------------------------------------- rounding to int

// floor/ceil/trunc: ints pass through; __floor__ & co. are honoured; floats convert exactly.
Value integral(const Value& x, double (*round_fn)(double), StrObject* dunder, bool dunder_required) {
    if (is_int(x)) return x.is_bool() ? Value::small_int(x.as_int()) : x;
    if (!x.is_float()) {
        if (Value* m = type_of(x)->lookup(dunder)) return call(bind_descriptor(*m, x, type_of(x)), {});
        if (dunder_required) {
            raise_type_error("type " + type_name(x) + " doesn't define " + dunder->utf8() + " method");
        }
    }
    return float_to_int(round_fn(math_arg_float(x)));
}

Value math_floor(const CallArgs& a) {
    exact_one_arg("floor", a);
    return integral(a[0], std::floor, names().__floor__, false);
}
Value math_ceil(const CallArgs& a) {
    exact_one_arg("ceil", a);
    return integral(a[0], std::ceil, names().__ceil__, false);
}
Value math_trunc(const CallArgs& a) {
    exact_one_arg("trunc", a);
    return integral(a[0], std::trunc, names().__trunc__, true);
}

// ---------------------------------------------------------------- integers

mpz_class int_arg(const Value& v) {
    if (is_int(v)) return to_mpz(v);
    Value* ix = type_of(v)->lookup(names().__index__);
    if (!ix) raise_type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
    return to_mpz(call(bind_descriptor(*ix, v, type_of(v)), {}));
}

Value math_gcd(const CallArgs& a) {
    no_kwargs("gcd", a);
    mpz_class g = 0;
    for (size_t i = 0; i < a.nargs; ++i) {
        mpz_class x = int_arg(a[i]);
        mpz_gcd(g.get_mpz_t(), g.get_mpz_t(), x.get_mpz_t());
    }
    return make_int(g);
}

Value math_lcm(const CallArgs& a) {
    no_kwargs("lcm", a);
    mpz_class l = 1;
    for (size_t i = 0; i < a.nargs; ++i) {
        mpz_class x = int_arg(a[i]);
        mpz_lcm(l.get_mpz_t(), l.get_mpz_t(), x.get_mpz_t());
    }
    return make_int(l);
}

Value math_factorial(const CallArgs& a) {
    exact_one_arg("factorial", a);
    mpz_class n = int_arg(a[0]);
    if (n < 0) raise_value_error("factorial() not defined for negative values");
    if (n > 100000) raise_overflow("factorial() argument should not exceed 100000 in loopscope");
    mpz_class r;
    mpz_fac_ui(r.get_mpz_t(), n.get_ui());
    return make_int(r);
}

Value math_comb(const CallArgs& a) {
    unpack_args("comb", a, 2, 2);
    mpz_class n = int_arg(a[0]), k = int_arg(a[1]);
    if (n < 0) raise_value_error("n must be a non-negative integer");
    if (k < 0) raise_value_error("k must be a non-negative integer");
    if (k > n) return Value::small_int(0);
    if (!k.fits_ulong_p()) raise_overflow("min(n - k, k) must not exceed 9223372036854775807");
    mpz_class r;
    mpz_bin_ui(r.get_mpz_t(), n.get_mpz_t(), k.get_ui());
    return make_int(r);
}

Value math_perm(const CallArgs& a) {
    unpack_args("perm", a, 1, 2);
    mpz_class n = int_arg(a[0]);
    mpz_class k = a.nargs == 2 && !a[1].is_none() ? int_arg(a[1]) : n;
    if (n < 0) raise_value_error("n must be a non-negative integer");
    if (k < 0) raise_value_error("k must be a non-negative integer");
    if (k > n) return Value::small_int(0);
    mpz_class r = 1;
    for (mpz_class i = n - k + 1; i <= n; ++i) r *= i;
    return make_int(r);
}

Value math_isqrt(const CallArgs& a) {
    exact_one_arg("isqrt", a);
    mpz_class n = int_arg(a[0]);
    if (n < 0) raise_value_error("isqrt() argument must be nonnegative");
    mpz_class r;
    mpz_sqrt(r.get_mpz_t(), n.get_mpz_t());
    return make_int(r);
}

Value math_prod(const CallArgs& a) {
    Value args[2];
    bind_args({"prod", {"iterable", "start"}, 1, 1, true, 1}, a, args);
    Value acc = args[1].empty() ? Value::small_int(1) : args[1];
    Value it = get_iter(args[0]);
    Value item;
    while (next(it, item)) acc = binary_op(BinOp::Mul, acc, item);
    return acc;
}

}  // namespace

Value create_math_module(Interp&) {
    Ref<ModuleObject> m = make_module("math");
    DictObject* d = m->dict.get();
    module_set(d, "pi", Value::real(M_PI));
    module_set(d, "e", Value::real(M_E));
    module_set(d, "tau", Value::real(2 * M_PI));
    module_set(d, "inf", Value::real(INFINITY));
    module_set(d, "nan", Value::real(NAN));
    add_unary_functions(d, std::make_index_sequence<std::size(kUnaryFunctions)>());
    struct { const char* name; NativeFn fn; } fns[] = {
        {"degrees", math_degrees}, {"radians", math_radians}, {"log", math_log}, {"log2", math_log2}, {"log10", math_log10}, {"pow", math_pow},
        {"atan2", math_atan2}, {"copysign", math_copysign}, {"fmod", math_fmod},
        {"isclose", math_isclose}, {"isnan", math_isnan}, {"isinf", math_isinf},
        {"isfinite", math_isfinite}, {"floor", math_floor}, {"ceil", math_ceil},
        {"trunc", math_trunc}, {"gcd", math_gcd}, {"lcm", math_lcm}, {"factorial", math_factorial},
        {"comb", math_comb}, {"perm", math_perm}, {"isqrt", math_isqrt}, {"prod", math_prod},
    };
    for (const auto& f : fns) module_def(d, "math", f.name, f.fn);
    add_special_math_functions(d);
    return Value(m);
}

}  // namespace loopscope::vm
