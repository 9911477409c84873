// The math functions that need more than one libm call: CPython's own gamma/lgamma (Lanczos
// approximation with CPython's coefficients, so results agree to the last bit), fsum
// (Shewchuk's exact partials), hypot/dist (computed exactly and rounded once), sumprod, and
// the float-dissecting functions frexp, ldexp, modf, nextafter, ulp, remainder, fma.
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>

#include "stdlib_native/math_internal.h"
#include "stdlib_native/stdlib_native.h"
#include "vm/exception.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"

namespace loopscope::vm {

namespace {

// ---------------------------------------------------------------- gamma, lgamma

constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr int kLanczosN = 13;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// The coefficients of x(x+1)...(x+11): the rational function's denominator.
constexpr double kLanczosDen[kLanczosN] = {0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                           1925.0,     66.0,       1.0};

double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = kLanczosN; --i >= 0;) {
            num = num * x + kLanczosNum[i];
            den = den * x + kLanczosDen[i];
        }
    } else {
        // Large x: evaluate as a rational function of 1/x so nothing overflows.
        for (int i = 0; i < kLanczosN; ++i) {
            num = num / x + kLanczosNum[i];
            den = den / x + kLanczosDen[i];
        }
    }
    return num / den;
}

// sin(pi * x), exact at integers and half-integers.
double sin_pi(double x) {
    double y = std::fmod(std::fabs(x), 2.0);
    int n = int(std::round(2.0 * y));
    double r = 0;
    switch (n) {
        case 0: r = std::sin(M_PI * y); break;
        case 1: r = std::cos(M_PI * (y - 0.5)); break;
        case 2: r = std::sin(M_PI * (1.0 - y)); break;  // not -sin(pi*(y-1)): that gives -0.0 at y == 1
        case 3: r = -std::cos(M_PI * (y - 1.5)); break;
        default: r = std::sin(M_PI * (y - 2.0)); break;
    }
    return std::copysign(1.0, x) * r;
}

double gamma_of(double x) {
    if (!std::isfinite(x)) {
        if (std::isnan(x) || x > 0) return x;
        math_domain_error();
    }
    if (x == 0) math_domain_error();
    if (x == std::floor(x)) {
        if (x < 0) math_domain_error();
        if (x <= 23) {
            double f = 1;
            for (int i = 2; i < int(x); ++i) f *= i;  // (x-1)!, exact below 23
            return f;
        }
    }
    double absx = std::fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (std::isinf(r)) math_range_error();
        return r;
    }
    if (absx > 200.0) {
        if (x < 0) return 0.0 / sin_pi(x);
        math_range_error();
    }
    double y = absx + kLanczosGMinusHalf;
    // The rounding error of y, folded back in below.
    double z = absx > kLanczosGMinusHalf ? (y - absx) - kLanczosGMinusHalf : (y - kLanczosGMinusHalf) - absx;
    z = z * kLanczosG / y;
    double r;
    if (x < 0) {
        r = -M_PI / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= std::pow(y, absx - 0.5);
        } else {
            double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / std::exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= std::pow(y, absx - 0.5);
        } else {
            double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (std::isinf(r)) math_range_error();
    return r;
}

double lgamma_of(double x) {
    if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
    if (x == std::floor(x) && x <= 2.0) {
        if (x <= 0) math_domain_error();
        return 0.0;
    }
    double absx = std::fabs(x);
    if (absx < 1e-20) return -std::log(absx);
    double r = std::log(lanczos_sum(absx)) - kLanczosG;
    r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
    if (x < 0) r = std::log(M_PI) - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;
    if (std::isinf(r)) math_range_error();
    return r;
}

Value math_gamma(const CallArgs& a) {
    exact_one_arg("gamma", a);
    return Value::real(gamma_of(math_arg_float(a[0])));
}

Value math_lgamma(const CallArgs& a) {
    exact_one_arg("lgamma", a);
    return Value::real(lgamma_of(math_arg_float(a[0])));
}

// ---------------------------------------------------------------- fsum

Value math_fsum(const CallArgs& a) {
    exact_one_arg("fsum", a);
    std::vector<double> partials;  // non-overlapping, increasing magnitude; their sum is exact
    double special_sum = 0.0, inf_sum = 0.0;
    Value it = get_iter(a[0]);
    Value item;
    while (next(it, item)) {
        double x = math_arg_float(item);
        double original = x;
        size_t kept = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[kept++] = lo;
            x = hi;
        }
        partials.resize(kept);
        if (x == 0.0) continue;
        if (!std::isfinite(x)) {
            // An infinity or NaN among the inputs, or an overflow of finite ones.
            if (std::isfinite(original)) raise_overflow("intermediate overflow in fsum");
            if (std::isinf(original)) inf_sum += original;
            special_sum += original;
            partials.clear();
        } else {
            partials.push_back(x);
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) raise_value_error("-inf + inf in fsum");
        return Value::real(special_sum);
    }
    double hi = 0.0;
    size_t n = partials.size();
    if (n > 0) {
        hi = partials[--n];
        double lo = 0.0;
        while (n > 0) {  // add from the top until the sum stops being exact
            double x = hi, y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        // Round half to even across partials: a tie at `hi` is broken by the next partial.
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return Value::real(hi);
}

// ---------------------------------------------------------------- hypot, dist

// sqrt(sum of squares), computed exactly with big integers and rounded once (half-even):
// CPython's vector_norm is correctly rounded in all but rare cases.
double exact_norm(const std::vector<double>& xs) {
    bool saw_nan = false;
    for (double x : xs) {
        if (std::isinf(x)) return HUGE_VAL;
        if (std::isnan(x)) saw_nan = true;
    }
    if (saw_nan) return NAN;
    std::vector<std::pair<mpz_class, long>> terms;  // |x| = mantissa * 2**exponent
    long min_exp = LONG_MAX;
    for (double x : xs) {
        if (x == 0) continue;
        int e;
        double f = std::frexp(std::fabs(x), &e);
        mpz_class m(std::ldexp(f, 53));
        terms.emplace_back(m, long(e) - 53);
        min_exp = std::min(min_exp, long(e) - 53);
    }
    if (terms.empty()) return 0.0;
    mpz_class sum = 0;
    for (auto& [m, e] : terms) sum += (m * m) << mp_bitcnt_t(2 * (e - min_exp));
    long bits = long(mpz_sizeinbase(sum.get_mpz_t(), 2));
    long scale = std::max(0L, 56 - bits / 2);  // sqrt gets at least 55 bits
    mpz_class t = sum << mp_bitcnt_t(2 * scale);
    mpz_class r;
    mpz_sqrt(r.get_mpz_t(), t.get_mpz_t());
    bool exact = r * r == t;
    long drop = long(mpz_sizeinbase(r.get_mpz_t(), 2)) - 53;
    mpz_class kept = r >> mp_bitcnt_t(drop);
    mpz_class rest = r - (kept << mp_bitcnt_t(drop));
    mpz_class half = mpz_class(1) << mp_bitcnt_t(drop - 1);
    if (rest > half || (rest == half && (!exact || mpz_odd_p(kept.get_mpz_t())))) kept += 1;
    return std::ldexp(kept.get_d(), int(drop - scale + min_exp));
}

Value math_hypot(const CallArgs& a) {
    no_kwargs("hypot", a);
    std::vector<double> xs;
    for (size_t i = 0; i < a.nargs; ++i) xs.push_back(math_arg_float(a[i]));
    return Value::real(exact_norm(xs));
}

Value math_dist(const CallArgs& a) {
    unpack_args("dist", a, 2, 2);
    std::vector<Value> p = to_vector(a[0]), q = to_vector(a[1]);
    if (p.size() != q.size()) raise_value_error("both points must have the same number of dimensions");
    std::vector<double> diffs;
    for (size_t i = 0; i < p.size(); ++i) diffs.push_back(math_arg_float(p[i]) - math_arg_float(q[i]));
    return Value::real(exact_norm(diffs));
}

// ---------------------------------------------------------------- sumprod

Value math_sumprod(const CallArgs& a) {
    unpack_args("sumprod", a, 2, 2);
    Value pit = get_iter(a[0]), qit = get_iter(a[1]);
    std::vector<std::pair<Value, Value>> pairs;
    for (;;) {
        Value p, q;
        bool has_p = next(pit, p), has_q = next(qit, q);
        if (has_p != has_q) raise_value_error("Inputs are not the same length");
        if (!has_p) break;
        pairs.emplace_back(p, q);
    }
    bool all_int = true, all_float_like = true, any_float = false;
    for (auto& [p, q] : pairs) {
        for (const Value* v : {&p, &q}) {
            bool i = is_int(*v), f = v->is_float();
            all_int &= i;
            any_float |= f;
            int64_t small;
            all_float_like &= f || (i && to_int64(*v, small) && small > -(1LL << 53) && small < (1LL << 53));
        }
    }
    if (!pairs.empty() && !all_int && all_float_like && any_float) {
        // Each product is exactly hi + lo (fma); fsum of all parts rounds the exact total once.
        std::vector<Value> parts;
        for (auto& [p, q] : pairs) {
            double x = to_double(p), y = to_double(q);
            double hi = x * y;
            parts.push_back(Value::real(hi));
            if (std::isfinite(hi)) parts.push_back(Value::real(std::fma(x, y, -hi)));
        }
        Value list = make_list(std::move(parts));
        Value arg[1] = {list};
        return math_fsum(CallArgs{arg, 1});
    }
    Value total = Value::small_int(0);
    for (auto& [p, q] : pairs) total = binary_op(BinOp::Add, total, binary_op(BinOp::Mul, p, q));
    return total;
}

// ---------------------------------------------------------------- dissecting floats

Value math_frexp(const CallArgs& a) {
    exact_one_arg("frexp", a);
    double x = math_arg_float(a[0]);
    int e = 0;
    double m = (x == 0 || !std::isfinite(x)) ? x : std::frexp(x, &e);
    return Value(make_tuple({Value::real(m), Value::small_int(e)}));
}

Value math_ldexp(const CallArgs& a) {
    unpack_args("ldexp", a, 2, 2);
    double x = math_arg_float(a[0]);
    if (!is_int(a[1])) raise_type_error("Expected an int as second argument to ldexp.");
    mpz_class e = to_mpz(a[1]);
    if (x == 0 || !std::isfinite(x)) return Value::real(x);
    if (e > INT_MAX) math_range_error();
    if (e < INT_MIN) return Value::real(std::copysign(0.0, x));
    double r = std::ldexp(x, int(e.get_si()));
    if (std::isinf(r)) math_range_error();
    return Value::real(r);
}

Value math_modf(const CallArgs& a) {
    exact_one_arg("modf", a);
    double x = math_arg_float(a[0]);
    if (std::isinf(x)) return Value(make_tuple({Value::real(std::copysign(0.0, x)), Value::real(x)}));
    double whole;
    double frac = std::modf(x, &whole);
    return Value(make_tuple({Value::real(frac), Value::real(whole)}));
}

// Doubles mapped to integers that order the same way, so "n steps" is integer arithmetic.
int64_t ordered_bits(double x) {
    int64_t b;
    std::memcpy(&b, &x, sizeof b);
    return b < 0 ? INT64_MIN - b : b;
}

double from_ordered_bits(int64_t o) {
    int64_t b = o < 0 ? INT64_MIN - o : o;
    double x;
    std::memcpy(&x, &b, sizeof x);
    return x;
}

Value math_nextafter(const CallArgs& a) {
    Value args[3];
    bind_args({"nextafter", {"x", "y", "steps"}, 2, 2, true, 2}, a, args);
    double x = math_arg_float(args[0]), y = math_arg_float(args[1]);
    if (args[2].empty() || args[2].is_none()) return Value::real(std::nextafter(x, y));
    mpz_class steps = to_mpz(Value::small_int(arg_index(args[2])));
    if (steps < 0) raise_value_error("steps must be a non-negative integer");
    if (steps == 0 || std::isnan(x)) return Value::real(x);
    if (std::isnan(y)) return Value::real(y);
    int64_t ox = ordered_bits(x), oy = ordered_bits(y);
    mpz_class distance = abs(mpz_class(std::to_string(oy)) - mpz_class(std::to_string(ox)));
    if (steps >= distance) return Value::real(y);
    int64_t n = steps.get_si();
    return Value::real(from_ordered_bits(oy > ox ? ox + n : ox - n));
}

Value math_ulp(const CallArgs& a) {
    exact_one_arg("ulp", a);
    double x = math_arg_float(a[0]);
    if (std::isnan(x) || std::isinf(x)) return Value::real(std::fabs(x));
    x = std::fabs(x);
    if (x == DBL_MAX) return Value::real(x - std::nextafter(x, 0.0));
    return Value::real(std::nextafter(x, HUGE_VAL) - x);
}

Value math_remainder(const CallArgs& a) {
    unpack_args("remainder", a, 2, 2);
    double x = math_arg_float(a[0]), y = math_arg_float(a[1]);
    if (std::isnan(x) || std::isnan(y)) return Value::real(std::isnan(x) ? x : y);
    if (std::isinf(x) || y == 0) math_domain_error();
    if (std::isinf(y)) return Value::real(x);
    return Value::real(std::remainder(x, y));
}

Value math_fma(const CallArgs& a) {
    unpack_args("fma", a, 3, 3);
    double x = math_arg_float(a[0]), y = math_arg_float(a[1]), z = math_arg_float(a[2]);
    double r = std::fma(x, y, z);
    if (!std::isfinite(r)) {
        if (std::isnan(r)) {
            if (!std::isnan(x) && !std::isnan(y) && !std::isnan(z)) raise_value_error("invalid operation in fma");
        } else if (std::isfinite(x) && std::isfinite(y) && std::isfinite(z)) {
            raise_overflow("overflow in fma");
        }
    }
    return Value::real(r);
}

}  // namespace

void add_special_math_functions(DictObject* d) {
    struct { const char* name; NativeFn fn; } fns[] = {
        {"gamma", math_gamma}, {"lgamma", math_lgamma}, {"fsum", math_fsum}, {"hypot", math_hypot},
        {"dist", math_dist}, {"sumprod", math_sumprod}, {"frexp", math_frexp}, {"ldexp", math_ldexp},
        {"modf", math_modf}, {"nextafter", math_nextafter}, {"ulp", math_ulp},
        {"remainder", math_remainder}, {"fma", math_fma},
    };
    for (const auto& f : fns) module_def(d, "math", f.name, f.fn);
}

}  // namespace loopscope::vm
