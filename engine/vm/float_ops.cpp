// float: repr, hashing, arithmetic and methods, each following CPython's floatobject.c.
#include "vm/float_ops.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "vm/bytes_ops.h"
#include "vm/complex_ops.h"
#include "vm/exception.h"
#include "vm/format_spec.h"
#include "vm/int.h"
#include "vm/int_ops.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native_args.h"
#include "vm/str.h"
#include "vm/type.h"
#include "vm/unicode_props.h"

namespace loopscope::vm {

DictObject* FloatObject::attribute_dict(bool create) {
    if (type->is_builtin) return nullptr;
    if (!instance_dict && create) instance_dict = make_dict();
    return instance_dict.get();
}

bool is_float_value(const Value& v) {
    return v.is_float() || (v.is_obj() && v.as_obj()->type->layout == Layout::Float);
}

double float_value(const Value& v) {
    return v.is_float() ? v.as_float() : static_cast<FloatObject*>(v.as_obj())->value;
}

// ---- repr and PyOS_double_to_string ----

namespace {

// The significant digits of |d| (no leading or trailing zeros) and the position of the
// decimal point relative to them: |d| == 0.DIGITS * 10**decpt, as _Py_dg_dtoa reports them.
// `significant` 0 asks for the shortest digits that round-trip; n > 0 for n digits.
void decimal_digits(double d, int significant, std::string& digits, int& decpt) {
    char buf[800];
    auto res = significant == 0
                   ? std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific)
                   : std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific,
                                   significant - 1);
    std::string_view sci(buf, size_t(res.ptr - buf));
    size_t e_pos = sci.find('e');
    digits.clear();
    for (char c : sci.substr(0, e_pos)) {
        if (c != '.') digits += c;
    }
    decpt = std::atoi(std::string(sci.substr(e_pos + 1)).c_str()) + 1;
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    if (digits == "0") decpt = 1;
}

// CPython's format_float_short layout: a window [vstart, vend) over the digits padded with
// zeros on both sides, a decimal point at `decpt`, and an optional exponent.
std::string layout_digits(const std::string& digits, int decpt, bool use_exp, int vend, bool add_dot_0,
                          bool alternate) {
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int len = int(digits.size());
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) vend = std::max(vend, decpt + 1);
    else vend = std::max(vend, decpt);
    std::string out;
    for (int i = vstart; i < vend; ++i) {
        if (i == decpt) out += '.';
        out += (i >= 0 && i < len) ? digits[size_t(i)] : '0';
    }
    if (decpt == vend) out += '.';
    if (!out.empty() && out.back() == '.' && !alternate) out.pop_back();
    if (use_exp) {
        char ebuf[16];
        std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += ebuf;
    }
    return out;
}

std::string non_finite(double d, bool upper) {
    std::string s = std::isnan(d) ? "nan" : (d > 0 ? "inf" : "-inf");
    if (upper) for (char& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

std::string double_to_string(double d, char code, int precision, bool add_dot_0, bool alternate, bool upper) {
    if (!std::isfinite(d)) return non_finite(d, upper);
    std::string sign = std::signbit(d) ? "-" : "";
    std::string body;
    char buf[800];
    if (code == 'f') {
        auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::fixed, precision);
        body.assign(buf, res.ptr);
        if (alternate && precision == 0) body += '.';
    } else if (code == 'e') {
        auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific, precision);
        body.assign(buf, res.ptr);
        if (alternate && precision == 0) body.insert(1, ".");
    } else {
        std::string digits;
        int decpt;
        bool use_exp;
        int vend;
        if (code == 'r') {
            decimal_digits(d, 0, digits, decpt);
            use_exp = decpt <= -4 || decpt > 16;
            vend = int(digits.size());
        } else {  // 'g'
            if (precision == 0) precision = 1;
            decimal_digits(d, precision, digits, decpt);
            use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
            vend = alternate ? precision : int(digits.size());
        }
        body = layout_digits(digits, decpt, use_exp, vend, add_dot_0, alternate);
    }
    if (upper) {
        for (char& c : body) c = char(std::toupper(static_cast<unsigned char>(c)));
    }
    return sign + body;
}

std::string float_repr(double d) { return double_to_string(d, 'r', 0, true, false, false); }

// ---- hashing ----

int64_t hash_float(double v) {
    constexpr int kBits = 61;
    constexpr uint64_t kModulus = (uint64_t(1) << kBits) - 1;
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    if (std::isnan(v)) return 0;  // CPython hashes NaN by identity; inline floats have none
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & kModulus) | x >> (kBits - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        uint64_t y = uint64_t(m);
        m -= double(y);
        x += y;
        if (x >= kModulus) x -= kModulus;
    }
    e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
    x = ((x << e) & kModulus) | x >> (kBits - e);
    int64_t h = int64_t(x) * sign;
    return h == -1 ? -2 : h;
}

// ---- arithmetic ----

void float_divmod(double vx, double wx, double& floordiv, double& mod) {
    // CPython's _float_div_mod: fmod is exact; fix its sign, then round the quotient.
    mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
}

namespace {

bool is_odd_integer(double d) { return std::fmod(std::fabs(d), 2.0) == 1.0; }

[[noreturn]] void raise_range_overflow() {
    raise_value(Value(new_exception(types().OverflowError,
                                    {Value::small_int(34), Value(make_str("Numerical result out of range"))})));
}

// Returns false (leaving `out` unset) when the result is complex: a negative base raised to a
// fractional power.
bool float_pow(double iv, double iw, double& out) {
    out = 1.0;
    if (iw == 0) return true;
    if (std::isnan(iv)) return out = iv, true;
    if (std::isnan(iw)) return out = iv == 1.0 ? 1.0 : iw, true;
    if (std::isinf(iw)) {
        iv = std::fabs(iv);
        if (iv == 1.0) return out = 1.0, true;
        return out = ((iw > 0.0) == (iv > 1.0)) ? std::fabs(iw) : 0.0, true;
    }
    if (std::isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return out = odd ? iv : std::fabs(iv), true;
        return out = odd ? std::copysign(0.0, iv) : 0.0, true;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) raise_zero_division("0.0 cannot be raised to a negative power");
        return out = odd ? iv : 0.0, true;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw)) return false;  // complex result
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return out = negate ? -1.0 : 1.0, true;
    double ix = std::pow(iv, iw);
    if (std::isinf(ix)) raise_range_overflow();
    out = negate ? -ix : ix;
    return true;
}

}  // namespace

Value float_binary_op(BinOp op, double a, double b) {
    switch (op) {
        case BinOp::Add: return Value::real(a + b);
        case BinOp::Sub: return Value::real(a - b);
        case BinOp::Mul: return Value::real(a * b);
        case BinOp::TrueDiv:
            if (b == 0.0) raise_zero_division("float division by zero");
            return Value::real(a / b);
        case BinOp::FloorDiv: {
            if (b == 0.0) raise_zero_division("float floor division by zero");
            double div, mod;
            float_divmod(a, b, div, mod);
            return Value::real(div);
        }
        case BinOp::Mod: {
            if (b == 0.0) raise_zero_division("float modulo by zero");
            double div, mod;
            float_divmod(a, b, div, mod);
            return Value::real(mod);
        }
        case BinOp::Pow: {
            double r;
            if (float_pow(a, b, r)) return Value::real(r);
            return complex_pow(a, 0.0, b, 0.0);
        }
        default: break;
    }
    raise_type_error(std::string("unsupported operand type(s) for ") + binop_symbol(op) +
                     ": 'float' and 'float'");
}

bool float_compare(CmpOp op, double a, double b) {
    switch (op) {
        case CmpOp::Lt: return a < b;
        case CmpOp::Le: return a <= b;
        case CmpOp::Eq: return a == b;
        case CmpOp::Ne: return a != b;
        case CmpOp::Gt: return a > b;
        case CmpOp::Ge: return a >= b;
    }
    return false;
}

// ---- conversions ----

Value float_to_int(double d) {
    if (std::isinf(d)) raise_overflow("cannot convert float infinity to integer");
    if (std::isnan(d)) raise_value_error("cannot convert float NaN to integer");
    double t = std::trunc(d);
    if (t > -9.2e18 && t < 9.2e18) return Value::small_int(int64_t(t));
    mpz_class z(t);  // exact: t is an integer-valued double
    return make_int(z);
}

Value float_round_to_int(double d) {
    double rounded = std::round(d);
    if (std::fabs(d - rounded) == 0.5) rounded = 2.0 * std::round(d / 2.0);  // half to even
    return float_to_int(rounded);
}

namespace {

// round(d, -k) for k > 0, done exactly on d's binary value (CPython's dtoa mode 3).
double round_to_tens(double d, int64_t k) {
    int exp;
    double mant = std::frexp(d, &exp);
    mpz_class m(std::ldexp(mant, 53));  // d == m * 2**(exp - 53), exactly
    exp -= 53;
    mpz_class num = m, den;
    mpz_ui_pow_ui(den.get_mpz_t(), 10, static_cast<unsigned long>(k));
    if (exp >= 0) num <<= exp;
    else den <<= -exp;
    mpz_class q, r;
    mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), num.get_mpz_t(), den.get_mpz_t());
    int c = cmp(mpz_class(r * 2), den);
    if (c > 0 || (c == 0 && mpz_odd_p(q.get_mpz_t()))) q += 1;
    mpz_class pow10;
    mpz_ui_pow_ui(pow10.get_mpz_t(), 10, static_cast<unsigned long>(k));
    mpz_class result = q * pow10;
    std::string text = result.get_str(10);
    double out = std::strtod(text.c_str(), nullptr);  // correctly rounded
    return out == 0.0 ? std::copysign(0.0, d) : out;
}

}  // namespace

double float_round(double d, int64_t ndigits) {
    constexpr int64_t kNdigitsMax = 323;   // (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2)
    constexpr int64_t kNdigitsMin = -308;  // -(DBL_MAX_EXP + 1) * log10(2)
    if (!std::isfinite(d) || d == 0.0 || ndigits > kNdigitsMax) return d;
    if (ndigits < kNdigitsMin) return 0.0 * d;
    double rounded;
    if (ndigits >= 0) {
        // Correctly rounded decimal text (half-even on exact ties), read back.
        static thread_local std::string buf(800, '\0');
        auto res = std::to_chars(buf.data(), buf.data() + buf.size(), d, std::chars_format::fixed, int(ndigits));
        *res.ptr = '\0';
        rounded = std::strtod(buf.c_str(), nullptr);
    } else {
        rounded = round_to_tens(d, -ndigits);
    }
    if (std::isinf(rounded)) raise_overflow("rounded value too large to represent");
    return rounded;
}

namespace {

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
    }
    return true;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Python's float literal grammar (with PEP 515 underscores between digits); returns the
// text with underscores removed, or false when `s` is not a float.
bool clean_float_text(std::string_view s, std::string& out) {
    size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) out += s[i++];
    std::string_view rest = s.substr(i);
    if (iequals(rest, "inf") || iequals(rest, "infinity") || iequals(rest, "nan")) {
        out += rest;
        return true;
    }
    auto digits = [&](bool& any) {
        bool last_digit = false;
        while (i < s.size()) {
            if (std::isdigit(static_cast<unsigned char>(s[i]))) {
                out += s[i++];
                any = last_digit = true;
            } else if (s[i] == '_' && last_digit && i + 1 < s.size() &&
                       std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
                ++i;
                last_digit = false;
            } else {
                break;
            }
        }
    };
    bool int_part = false, frac_part = false;
    digits(int_part);
    if (i < s.size() && s[i] == '.') {
        out += s[i++];
        digits(frac_part);
    }
    if (!int_part && !frac_part) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        out += s[i++];
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) out += s[i++];
        bool exp_digits = false;
        digits(exp_digits);
        if (!exp_digits) return false;
    }
    return i == s.size();
}

}  // namespace

double float_from_string(std::string_view text) {
    std::string ascii;
    std::string_view s = unicode::ascii_number_text(text, ascii) ? std::string_view(ascii) : text;
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    std::string clean;
    if (!clean_float_text(s, clean)) {
        raise_value_error("could not convert string to float: " + repr_string(make_str(text)));
    }
    return std::strtod(clean.c_str(), nullptr);  // C locale; over/underflow give inf / 0 as Python
}

double float_from_object(const Value& x) {
    if (is_float_value(x)) return float_value(x);
    if (is_int(x)) return int_to_double(x);
    if (type_of(x)->is_subtype_of(types().str)) return float_from_string(as<StrObject>(x)->view());
    if (is_bytes_like(x)) return float_from_string(bytes_view(x));
    Value hook = lookup_special(x, names().__float__);
    if (!hook.empty()) {
        Value r = call(hook, {x});
        if (!is_float_value(r)) {
            raise_type_error(type_name(x) + ".__float__ returned non-float (type " + type_name(r) + ")");
        }
        return float_value(r);
    }
    hook = lookup_special(x, names().__index__);
    if (!hook.empty()) return int_to_double(call(hook, {x}));
    raise_type_error("float() argument must be a string or a real number, not '" + type_name(x) + "'");
}

Value make_float_instance(TypeObject* cls, double d) {
    if (cls == types().float_) return Value::real(d);
    return make<FloatObject>(cls, d);
}

// ---- methods ----

namespace {

double self_double(const CallArgs& c) { return float_value(c.args[0]); }

// The other operand of a float dunder as a double; false -> NotImplemented.
bool other_double(const Value& v, double& out) {
    if (is_float_value(v)) {
        out = float_value(v);
        return true;
    }
    if (is_int(v)) {
        out = int_to_double(v);
        return true;
    }
    return false;
}

template <BinOp op>
Value dunder_binary(const CallArgs& c) {
    slot_args(c, 1);
    double b;
    if (!other_double(c.args[1], b)) return interp().not_implemented;
    return float_binary_op(op, self_double(c), b);
}

template <BinOp op>
Value dunder_reflected(const CallArgs& c) {
    slot_args(c, 1);
    double a;
    if (!other_double(c.args[1], a)) return interp().not_implemented;
    return float_binary_op(op, a, self_double(c));
}

CmpOp swapped(CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return CmpOp::Gt;
        case CmpOp::Le: return CmpOp::Ge;
        case CmpOp::Gt: return CmpOp::Lt;
        case CmpOp::Ge: return CmpOp::Le;
        default: return op;
    }
}

template <CmpOp op>
Value dunder_compare(const CallArgs& c) {
    slot_args(c, 1);
    const Value& other = c.args[1];
    if (is_float_value(other)) return Value::boolean(float_compare(op, self_double(c), float_value(other)));
    if (is_int(other)) return Value::boolean(int_float_compare(swapped(op), other, self_double(c)));
    return interp().not_implemented;
}

Value pair(double a, double b) { return make_tuple({Value::real(a), Value::real(b)}); }

Value float_divmod_method(const CallArgs& c) {
    slot_args(c, 1);
    double b;
    if (!other_double(c.args[1], b)) return interp().not_implemented;
    if (b == 0.0) raise_zero_division("float divmod()");
    double div, mod;
    float_divmod(self_double(c), b, div, mod);
    return pair(div, mod);
}

Value float_rdivmod_method(const CallArgs& c) {
    slot_args(c, 1);
    double a;
    if (!other_double(c.args[1], a)) return interp().not_implemented;
    if (self_double(c) == 0.0) raise_zero_division("float divmod()");
    double div, mod;
    float_divmod(a, self_double(c), div, mod);
    return pair(div, mod);
}

Value float_pow_method(const CallArgs& c) {
    unpack_args("", c, 1, 2, 1);
    double b;
    if (!other_double(c.args[1], b)) return interp().not_implemented;
    if (c.nargs == 3 && !c.args[2].is_none()) {
        raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
    }
    return float_binary_op(BinOp::Pow, self_double(c), b);
}

Value float_rpow_method(const CallArgs& c) {
    unpack_args("", c, 1, 2, 1);
    double a;
    if (!other_double(c.args[1], a)) return interp().not_implemented;
    if (c.nargs == 3 && !c.args[2].is_none()) {
        raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
    }
    return float_binary_op(BinOp::Pow, a, self_double(c));
}

Value float_neg(const CallArgs& c) { slot_args(c, 0); return Value::real(-self_double(c)); }
Value float_pos(const CallArgs& c) { slot_args(c, 0); return Value::real(self_double(c)); }
Value float_abs(const CallArgs& c) { slot_args(c, 0); return Value::real(std::fabs(self_double(c))); }
Value float_bool(const CallArgs& c) { slot_args(c, 0); return Value::boolean(self_double(c) != 0.0); }
Value float_int(const CallArgs& c) { slot_args(c, 0); return float_to_int(self_double(c)); }
Value float_float(const CallArgs& c) { slot_args(c, 0); return Value::real(self_double(c)); }
Value float_hash(const CallArgs& c) { slot_args(c, 0); return Value::small_int(hash_float(self_double(c))); }
Value float_repr_method(const CallArgs& c) { slot_args(c, 0); return make_str(float_repr(self_double(c))); }

Value float_trunc(const CallArgs& c) {
    no_args("float.__trunc__", c, 1);
    return float_to_int(self_double(c));
}
Value float_floor(const CallArgs& c) {
    no_args("float.__floor__", c, 1);
    return float_to_int(std::floor(self_double(c)));
}
Value float_ceil(const CallArgs& c) {
    no_args("float.__ceil__", c, 1);
    return float_to_int(std::ceil(self_double(c)));
}

Value float_round_method(const CallArgs& c) {
    unpack_args("__round__", c, 0, 1, 1);
    if (c.nargs == 1 || c.args[1].is_none()) return float_round_to_int(self_double(c));
    return Value::real(float_round(self_double(c), index_value(c.args[1])));
}

Value float_format(const CallArgs& c) {
    exact_one_arg("float.__format__", c, 1);
    if (!type_of(c.args[1])->is_subtype_of(types().str)) {
        raise_type_error("__format__() argument must be str, not " + type_name(c.args[1]));
    }
    return format_value(c.args[0], as<StrObject>(c.args[1])->view());
}

Value float_is_integer(const CallArgs& c) {
    no_args("float.is_integer", c, 1);
    double d = self_double(c);
    return Value::boolean(std::isfinite(d) && std::floor(d) == d);
}

Value float_as_integer_ratio(const CallArgs& c) {
    no_args("float.as_integer_ratio", c, 1);
    double d = self_double(c);
    if (std::isinf(d)) raise_overflow("cannot convert Infinity to integer ratio");
    if (std::isnan(d)) raise_value_error("cannot convert NaN to integer ratio");
    int exp;
    double mant = std::frexp(d, &exp);
    for (int i = 0; i < 300 && mant != std::floor(mant); ++i) {
        mant *= 2.0;
        --exp;
    }
    mpz_class num(mant), den(1);
    if (exp > 0) num <<= exp;
    else den <<= -exp;
    return make_tuple({make_int(num), make_int(den)});
}

Value float_conjugate(const CallArgs& c) {
    no_args("float.conjugate", c, 1);
    return Value::real(self_double(c));
}

Value float_hex(const CallArgs& c) {
    no_args("float.hex", c, 1);
    double d = self_double(c);
    if (std::isnan(d) || std::isinf(d)) return make_str(float_repr(d));
    if (d == 0.0) return make_str(std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    // CPython's float_hex: 0x<lead>.<13 hex digits>p<exp>, subnormals as 0x0.xxxp-1022.
    int exp;
    double m = std::frexp(std::fabs(d), &exp);
    int shift = 1 - std::max(-1021 - exp, 0);
    m = std::ldexp(m, shift);
    exp -= shift;
    static const char* kHex = "0123456789abcdef";
    std::string s = std::signbit(d) ? "-0x" : "0x";
    int lead = int(m);
    s += kHex[lead];
    m -= lead;
    s += '.';
    for (int i = 0; i < 13; ++i) {
        m *= 16.0;
        int digit = int(m);
        s += kHex[digit];
        m -= digit;
    }
    s += "p";
    s += (exp < 0 ? "-" : "+") + std::to_string(std::abs(exp));
    return make_str(s);
}

Value float_fromhex(const CallArgs& c) {
    exact_one_arg("float.fromhex", c, 1);
    StrObject* s = arg_str(c.args[1], "fromhex", 1);
    std::string text(s->view());
    while (!text.empty() && is_space(text.back())) text.pop_back();
    size_t start = 0;
    while (start < text.size() && is_space(text[start])) ++start;
    text = text.substr(start);
    std::string body = text;
    std::string sign;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        sign = body.substr(0, 1);
        body = body.substr(1);
    }
    double d;
    if (iequals(body, "inf") || iequals(body, "infinity") || iequals(body, "nan")) {
        d = std::strtod((sign + body).c_str(), nullptr);
    } else {
        if (body.size() < 2 || body[0] != '0' || (body[1] != 'x' && body[1] != 'X')) body = "0x" + body;
        char* end = nullptr;
        std::string full = sign + body;
        d = std::strtod(full.c_str(), &end);
        if (body.size() <= 2 || *end != '\0') {
            raise_value_error("invalid hexadecimal floating-point string");
        }
        if (std::isinf(d)) raise_overflow("hexadecimal value too large to represent as a float");
    }
    return make_float_instance(static_cast<TypeObject*>(c.args[0].as_obj()), d);
}

Value float_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    unpack_args("float", c, 0, 1, 1);
    if (c.nargs == 1) return make_float_instance(cls, 0.0);
    return make_float_instance(cls, float_from_object(c.args[1]));
}

Value float_getnewargs(const CallArgs& c) {
    no_args("float.__getnewargs__", c, 1);
    return make_tuple({Value::real(self_double(c))});
}

Value float_get_real(const Value& self) { return Value::real(float_value(self)); }
Value float_get_imag(const Value&) { return Value::real(0.0); }

void add_float_arithmetic(TypeObject* t) {
    add_method(t, "__add__", dunder_binary<BinOp::Add>);
    add_method(t, "__radd__", dunder_reflected<BinOp::Add>);
    add_method(t, "__sub__", dunder_binary<BinOp::Sub>);
    add_method(t, "__rsub__", dunder_reflected<BinOp::Sub>);
    add_method(t, "__mul__", dunder_binary<BinOp::Mul>);
    add_method(t, "__rmul__", dunder_reflected<BinOp::Mul>);
    add_method(t, "__truediv__", dunder_binary<BinOp::TrueDiv>);
    add_method(t, "__rtruediv__", dunder_reflected<BinOp::TrueDiv>);
    add_method(t, "__floordiv__", dunder_binary<BinOp::FloorDiv>);
    add_method(t, "__rfloordiv__", dunder_reflected<BinOp::FloorDiv>);
    add_method(t, "__mod__", dunder_binary<BinOp::Mod>);
    add_method(t, "__rmod__", dunder_reflected<BinOp::Mod>);
    add_method(t, "__divmod__", float_divmod_method);
    add_method(t, "__rdivmod__", float_rdivmod_method);
    add_method(t, "__pow__", float_pow_method);
    add_method(t, "__rpow__", float_rpow_method);
    add_method(t, "__lt__", dunder_compare<CmpOp::Lt>);
    add_method(t, "__le__", dunder_compare<CmpOp::Le>);
    add_method(t, "__eq__", dunder_compare<CmpOp::Eq>);
    add_method(t, "__ne__", dunder_compare<CmpOp::Ne>);
    add_method(t, "__gt__", dunder_compare<CmpOp::Gt>);
    add_method(t, "__ge__", dunder_compare<CmpOp::Ge>);
}

}  // namespace

void install_float_methods(Interp& in) {
    TypeObject* t = in.types.float_;
    add_float_arithmetic(t);
    add_method(t, "__new__", float_new, NativeKind::StaticMethod);
    add_method(t, "__neg__", float_neg);
    add_method(t, "__pos__", float_pos);
    add_method(t, "__abs__", float_abs);
    add_method(t, "__bool__", float_bool);
    add_method(t, "__int__", float_int);
    add_method(t, "__float__", float_float);
    add_method(t, "__hash__", float_hash);
    add_method(t, "__repr__", float_repr_method);
    add_method(t, "__trunc__", float_trunc);
    add_method(t, "__floor__", float_floor);
    add_method(t, "__ceil__", float_ceil);
    add_method(t, "__round__", float_round_method);
    add_method(t, "__format__", float_format);
    add_method(t, "__getnewargs__", float_getnewargs);
    add_method(t, "is_integer", float_is_integer);
    add_method(t, "as_integer_ratio", float_as_integer_ratio);
    add_method(t, "conjugate", float_conjugate);
    add_method(t, "hex", float_hex);
    add_method(t, "fromhex", float_fromhex, NativeKind::ClassMethod);
    add_getset(t, "real", float_get_real);
    add_getset(t, "imag", float_get_imag);
}

}  // namespace loopscope::vm
