// int and bool: arithmetic with Python semantics over inline int64 and GMP big ints.
#include "vm/int_ops.h"

#include <climits>
#include <cmath>
#include <string>

#include "vm/bytes_ops.h"
#include "vm/exception.h"
#include "vm/float_ops.h"
#include "vm/format_spec.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native_args.h"
#include "vm/str.h"
#include "vm/type.h"
#include "vm/unicode_props.h"

namespace loopscope::vm {

namespace {

// Results beyond this many bits would eat the memory budget in one operation; CPython
// would try (and take minutes); a teaching runtime refuses at once.
constexpr uint64_t kMaxResultBits = uint64_t(1) << 26;
// CPython's default sys.get_int_max_str_digits().
constexpr size_t kMaxStrDigits = 4300;

bool small(const Value& v, int64_t& out) { return to_int64(v, out); }

[[noreturn]] void raise_memory_error() { raise_no_args(types().MemoryError); }

uint64_t bit_length_of(const mpz_class& z) { return sgn(z) == 0 ? 0 : mpz_sizeinbase(z.get_mpz_t(), 2); }

Value floor_div(const Value& a, const Value& b) {
    int64_t x, y;
    if (small(a, x) && small(b, y)) {
        if (y == 0) raise_zero_division("integer division or modulo by zero");
        if (!(x == INT64_MIN && y == -1)) {
            int64_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
            return Value::small_int(q);
        }
    }
    mpz_class d = to_mpz(b);
    if (sgn(d) == 0) raise_zero_division("integer division or modulo by zero");
    mpz_class q;
    mpz_fdiv_q(q.get_mpz_t(), to_mpz(a).get_mpz_t(), d.get_mpz_t());
    return make_int(q);
}

Value modulo(const Value& a, const Value& b, const char* zero_message) {
    int64_t x, y;
    if (small(a, x) && small(b, y)) {
        if (y == 0) raise_zero_division(zero_message);
        if (y == -1) return Value::small_int(0);
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return Value::small_int(r);
    }
    mpz_class d = to_mpz(b);
    if (sgn(d) == 0) raise_zero_division(zero_message);
    mpz_class r;
    mpz_fdiv_r(r.get_mpz_t(), to_mpz(a).get_mpz_t(), d.get_mpz_t());
    return make_int(r);
}

Value power(const Value& a, const Value& b) {
    int64_t exp;
    mpz_class e = to_mpz(b);
    if (sgn(e) < 0) return float_binary_op(BinOp::Pow, int_to_double(a), int_to_double(b));
    mpz_class base = to_mpz(a);
    if (base == 0 || base == 1) return make_int(sgn(e) == 0 ? mpz_class(1) : base);
    if (base == -1) return make_int(mpz_odd_p(e.get_mpz_t()) ? -1 : 1);
    if (!small(b, exp) || uint64_t(exp) > kMaxResultBits ||
        bit_length_of(base) * uint64_t(exp) > kMaxResultBits) {
        raise_memory_error();
    }
    mpz_class r;
    mpz_pow_ui(r.get_mpz_t(), base.get_mpz_t(), static_cast<unsigned long>(exp));
    return make_int(r);
}

int64_t shift_count(const Value& b, bool& huge) {
    mpz_class n = to_mpz(b);
    if (sgn(n) < 0) raise_value_error("negative shift count");
    huge = !mpz_fits_slong_p(n.get_mpz_t());
    return huge ? 0 : mpz_get_si(n.get_mpz_t());
}

Value left_shift(const Value& a, const Value& b) {
    bool huge;
    int64_t n = shift_count(b, huge);
    mpz_class x = to_mpz(a);
    if (sgn(x) == 0) return Value::small_int(0);
    if (huge || uint64_t(n) + bit_length_of(x) > kMaxResultBits) raise_memory_error();
    mpz_class r;
    mpz_mul_2exp(r.get_mpz_t(), x.get_mpz_t(), static_cast<mp_bitcnt_t>(n));
    return make_int(r);
}

Value right_shift(const Value& a, const Value& b) {
    bool huge;
    int64_t n = shift_count(b, huge);
    int64_t x;
    if (small(a, x) && !huge) return Value::small_int(n >= 63 ? (x < 0 ? -1 : 0) : (x >> n));
    mpz_class z = to_mpz(a);
    if (huge) return Value::small_int(sgn(z) < 0 ? -1 : 0);
    mpz_class r;
    mpz_fdiv_q_2exp(r.get_mpz_t(), z.get_mpz_t(), static_cast<mp_bitcnt_t>(n));
    return make_int(r);
}

Value bitwise(BinOp op, const Value& a, const Value& b) {
    if (a.is_bool() && b.is_bool()) {
        bool x = a.as_bool(), y = b.as_bool();
        return Value::boolean(op == BinOp::And ? (x && y) : op == BinOp::Or ? (x || y) : (x != y));
    }
    int64_t x, y;
    if (small(a, x) && small(b, y)) {
        return Value::small_int(op == BinOp::And ? (x & y) : op == BinOp::Or ? (x | y) : (x ^ y));
    }
    mpz_class r, p = to_mpz(a), q = to_mpz(b);
    if (op == BinOp::And) mpz_and(r.get_mpz_t(), p.get_mpz_t(), q.get_mpz_t());
    else if (op == BinOp::Or) mpz_ior(r.get_mpz_t(), p.get_mpz_t(), q.get_mpz_t());
    else mpz_xor(r.get_mpz_t(), p.get_mpz_t(), q.get_mpz_t());
    return make_int(r);
}

Value add_sub_mul(BinOp op, const Value& a, const Value& b) {
    int64_t x, y, r;
    if (small(a, x) && small(b, y)) {
        bool overflow = op == BinOp::Add   ? __builtin_add_overflow(x, y, &r)
                        : op == BinOp::Sub ? __builtin_sub_overflow(x, y, &r)
                                           : __builtin_mul_overflow(x, y, &r);
        if (!overflow) return Value::small_int(r);
    }
    mpz_class p = to_mpz(a), q = to_mpz(b);
    if (op == BinOp::Mul && bit_length_of(p) + bit_length_of(q) > kMaxResultBits) raise_memory_error();
    return make_int(op == BinOp::Add ? mpz_class(p + q) : op == BinOp::Sub ? mpz_class(p - q) : mpz_class(p * q));
}

int compare_three_way(const Value& a, const Value& b) {
    int64_t x, y;
    if (small(a, x) && small(b, y)) return (x > y) - (x < y);
    int c = cmp(to_mpz(a), to_mpz(b));
    return (c > 0) - (c < 0);
}

bool cmp_result(CmpOp op, int c) {
    switch (op) {
        case CmpOp::Lt: return c < 0;
        case CmpOp::Le: return c <= 0;
        case CmpOp::Eq: return c == 0;
        case CmpOp::Ne: return c != 0;
        case CmpOp::Gt: return c > 0;
        case CmpOp::Ge: return c >= 0;
    }
    return false;
}

}  // namespace

// ---- exported arithmetic ----

Value int_binary_op(BinOp op, const Value& a, const Value& b) {
    switch (op) {
        case BinOp::Add:
        case BinOp::Sub:
        case BinOp::Mul: return add_sub_mul(op, a, b);
        case BinOp::TrueDiv: return Value::real(int_true_divide(a, b));
        case BinOp::FloorDiv: return floor_div(a, b);
        case BinOp::Mod: return modulo(a, b, "integer modulo by zero");
        case BinOp::Pow: return power(a, b);
        case BinOp::LShift: return left_shift(a, b);
        case BinOp::RShift: return right_shift(a, b);
        case BinOp::And:
        case BinOp::Or:
        case BinOp::Xor: return bitwise(op, a, b);
        case BinOp::MatMul: break;
    }
    raise_type_error(std::string("unsupported operand type(s) for ") + binop_symbol(op) + ": '" +
                     type_name(a) + "' and '" + type_name(b) + "'");
}

Value int_unary_op(UnaryOp op, const Value& a) {
    int64_t x;
    bool fits = small(a, x);
    switch (op) {
        case UnaryOp::Neg:
            if (fits && x != INT64_MIN) return Value::small_int(-x);
            return make_int(mpz_class(-to_mpz(a)));
        case UnaryOp::Pos:
            return fits ? Value::small_int(x) : make_int(to_mpz(a));
        case UnaryOp::Invert:
            if (fits) return Value::small_int(~x);
            return make_int(mpz_class(-to_mpz(a) - 1));
    }
    return Value::none();
}

bool int_compare(CmpOp op, const Value& a, const Value& b) { return cmp_result(op, compare_three_way(a, b)); }

bool int_float_compare(CmpOp op, const Value& i, double d) {
    if (std::isnan(d)) return op == CmpOp::Ne;
    int c;
    if (std::isinf(d)) {
        c = d > 0 ? -1 : 1;
    } else {
        int64_t x;
        if (small(i, x) && x > -(int64_t(1) << 53) && x < (int64_t(1) << 53)) {
            double xd = double(x);
            c = (xd > d) - (xd < d);
        } else {
            int r = mpz_cmp_d(to_mpz(i).get_mpz_t(), d);  // exact, no rounding of the int
            c = (r > 0) - (r < 0);
        }
    }
    return cmp_result(op, c);
}

double int_true_divide(const Value& a, const Value& b) {
    int64_t x, y;
    constexpr int64_t kExact = int64_t(1) << 53;
    if (small(a, x) && small(b, y) && x > -kExact && x < kExact && y > -kExact && y < kExact) {
        if (y == 0) raise_zero_division("division by zero");
        return double(x) / double(y);
    }
    mpz_class n = to_mpz(a), d = to_mpz(b);
    if (sgn(d) == 0) raise_zero_division("division by zero");
    if (sgn(n) == 0) return sgn(d) < 0 ? -0.0 : 0.0;
    bool negative = (sgn(n) < 0) != (sgn(d) < 0);
    n = abs(n);
    d = abs(d);
    // Scale so the integer quotient has 55..56 bits, fold the remainder into a sticky bit,
    // and let the hardware's uint64 -> double conversion round half-to-even once.
    int64_t shift = 55 - (int64_t(bit_length_of(n)) - int64_t(bit_length_of(d)));
    if (shift > 0) mpz_mul_2exp(n.get_mpz_t(), n.get_mpz_t(), mp_bitcnt_t(shift));
    else if (shift < 0) mpz_mul_2exp(d.get_mpz_t(), d.get_mpz_t(), mp_bitcnt_t(-shift));
    mpz_class q, r;
    mpz_tdiv_qr(q.get_mpz_t(), r.get_mpz_t(), n.get_mpz_t(), d.get_mpz_t());
    uint64_t bits = mpz_get_ui(q.get_mpz_t());
    if (sgn(r) != 0) bits |= 1;
    double result = std::ldexp(double(bits), int(-shift));
    if (std::isinf(result)) raise_overflow("integer division result too large for a float");
    return negative ? -result : result;
}

Value int_pow_mod(const Value& a, const Value& b, const Value& m) {
    mpz_class mod = to_mpz(m);
    if (sgn(mod) == 0) raise_value_error("pow() 3rd argument cannot be 0");
    mpz_class base = to_mpz(a), exp = to_mpz(b), absmod = abs(mod);
    if (sgn(exp) < 0) {
        mpz_class inverse;
        if (!mpz_invert(inverse.get_mpz_t(), base.get_mpz_t(), absmod.get_mpz_t())) {
            raise_value_error("base is not invertible for the given modulus");
        }
        base = inverse;
        exp = -exp;
    }
    mpz_class r;
    mpz_powm(r.get_mpz_t(), base.get_mpz_t(), exp.get_mpz_t(), absmod.get_mpz_t());
    if (absmod == 1) r = 0;
    // Python's result takes the sign of the modulus.
    if (sgn(mod) < 0 && sgn(r) != 0) r += mod;
    return make_int(r);
}

Value int_round(const Value& i, int64_t ndigits) {
    if (ndigits >= 0) return make_int(to_mpz(i));
    mpz_class z = to_mpz(i);
    uint64_t max_digits = bit_length_of(z) * 30103 / 100000 + 2;
    if (uint64_t(-(ndigits + 1)) + 1 > max_digits) return Value::small_int(0);
    mpz_class pow10;
    mpz_ui_pow_ui(pow10.get_mpz_t(), 10, static_cast<unsigned long>(-ndigits));
    mpz_class q, r;
    mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), z.get_mpz_t(), pow10.get_mpz_t());
    mpz_class twice = r * 2;
    int c = cmp(twice, pow10);
    if (c > 0 || (c == 0 && mpz_odd_p(q.get_mpz_t()))) q += 1;
    return make_int(mpz_class(q * pow10));
}

std::string int_repr_string(const Value& v) {
    int64_t x;
    if (v.is_small_int()) return std::to_string(v.as_int());
    if (small(v, x)) return std::to_string(x);
    std::string s = to_mpz(v).get_str(10);
    size_t digits = s.size() - (s[0] == '-');
    if (digits > kMaxStrDigits) {
        raise_value_error("Exceeds the limit (4300 digits) for integer string conversion; "
                          "use sys.set_int_max_str_digits() to increase the limit");
    }
    return s;
}

Ref<StrObject> int_repr(const Value& v) { return make_str(int_repr_string(v)); }

std::string int_to_base(const Value& v, int base, bool with_prefix) {
    mpz_class z = to_mpz(v);
    std::string digits = mpz_class(abs(z)).get_str(base);
    std::string prefix = !with_prefix ? "" : base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    return (sgn(z) < 0 ? "-" : "") + prefix + digits;
}

Value as_exact_int(const Value& v) {
    if (v.is_small_int()) return v;
    if (v.is_bool()) return Value::small_int(v.as_int());
    if (v.as_obj()->type == types().int_) return v;
    return make_int(to_mpz(v));
}

Value make_int_instance(TypeObject* cls, const Value& value) {
    if (cls == types().int_) return as_exact_int(value);
    return make<BigIntObject>(cls, to_mpz(value));
}

namespace {

// int(str, base): Unicode digits and spaces are parsed as their ASCII equivalents, but errors
// quote the text as given.
Value int_from_text(std::string_view text, int base) {
    std::string ascii;
    if (!unicode::ascii_number_text(text, ascii)) return make_int_from_string(text, base);
    try {
        return make_int_from_string(ascii, base);
    } catch (const PyException& e) {
        if (!exception_matches(e.exc, types().ValueError)) throw;
        raise_value_error("invalid literal for int() with base " + std::to_string(base) + ": " +
                          repr_string(make_str(text)));
    }
}

Value call_int_hook(const Value& x, StrObject* name, const char* label, bool& found) {
    Value hook = lookup_special(x, name);
    found = !hook.empty();
    if (!found) return Value();
    Value r = call(hook, {x});
    if (!is_int(r)) {
        raise_type_error(std::string(label) + " returned non-int (type " + type_name(r) + ")");
    }
    return as_exact_int(r);
}

}  // namespace

Value int_from_object(const Value& x) {
    if (is_int(x)) return as_exact_int(x);
    if (is_float_value(x)) return float_to_int(float_value(x));
    TypeObject* t = type_of(x);
    if (t->is_subtype_of(types().str)) return int_from_text(as<StrObject>(x)->view(), 10);
    if (is_bytes_like(x)) return int_from_text(bytes_view(x), 10);
    bool found;
    Value r = call_int_hook(x, names().__int__, "__int__", found);
    if (found) return r;
    r = call_int_hook(x, names().__index__, "__index__", found);
    if (found) return r;
    r = call_int_hook(x, names().__trunc__, "__trunc__", found);
    if (found) return r;
    raise_type_error("int() argument must be a string, a bytes-like object or a real number, not '" +
                     type_name(x) + "'");
}

Value int_from_object_base(const Value& x, const Value& base_value) {
    int64_t base = index_value(base_value);
    if (base != 0 && (base < 2 || base > 36)) raise_value_error("int() base must be >= 2 and <= 36, or 0");
    if (type_of(x)->is_subtype_of(types().str)) return int_from_text(as<StrObject>(x)->view(), int(base));
    if (is_bytes_like(x)) return int_from_text(bytes_view(x), int(base));
    raise_type_error("int() can't convert non-string with explicit base");
}

// ---- methods ----

namespace {

const Value& self_of(const CallArgs& c) { return c.args[0]; }

Value not_implemented() { return interp().not_implemented; }

template <BinOp op>
Value dunder_binary(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_int(c.args[1])) return not_implemented();
    return int_binary_op(op, c.args[0], c.args[1]);
}

template <BinOp op>
Value dunder_reflected(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_int(c.args[1])) return not_implemented();
    return int_binary_op(op, c.args[1], c.args[0]);
}

template <CmpOp op>
Value dunder_compare(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_int(c.args[1])) return not_implemented();
    return Value::boolean(int_compare(op, c.args[0], c.args[1]));
}

template <UnaryOp op>
Value dunder_unary(const CallArgs& c) {
    slot_args(c, 0);
    return int_unary_op(op, c.args[0]);
}

Value divmod_pair(const Value& a, const Value& b) {
    int64_t y;
    if ((small(b, y) && y == 0) || (!small(b, y) && sgn(to_mpz(b)) == 0)) {
        raise_zero_division("integer division or modulo by zero");
    }
    return make_tuple({floor_div(a, b), modulo(a, b, "integer division or modulo by zero")});
}

Value int_divmod(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_int(c.args[1])) return not_implemented();
    return divmod_pair(c.args[0], c.args[1]);
}

Value int_rdivmod(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_int(c.args[1])) return not_implemented();
    return divmod_pair(c.args[1], c.args[0]);
}

Value int_pow(const CallArgs& c) {
    unpack_args("", c, 1, 2, 1);
    if (!is_int(c.args[1])) return not_implemented();
    if (c.nargs == 3 && !c.args[2].is_none()) {
        if (!is_int(c.args[2])) return not_implemented();
        return int_pow_mod(c.args[0], c.args[1], c.args[2]);
    }
    return int_binary_op(BinOp::Pow, c.args[0], c.args[1]);
}

Value int_rpow(const CallArgs& c) {
    unpack_args("", c, 1, 2, 1);
    if (!is_int(c.args[1])) return not_implemented();
    if (c.nargs == 3 && !c.args[2].is_none()) {
        if (!is_int(c.args[2])) return not_implemented();
        return int_pow_mod(c.args[1], c.args[0], c.args[2]);
    }
    return int_binary_op(BinOp::Pow, c.args[1], c.args[0]);
}

Value int_repr_method(const CallArgs& c) {
    slot_args(c, 0);
    return int_repr(self_of(c));
}

Value int_hash(const CallArgs& c) {
    slot_args(c, 0);
    return Value::small_int(hash_int(self_of(c)));
}

Value int_bool(const CallArgs& c) {
    slot_args(c, 0);
    int64_t x;
    return Value::boolean(small(self_of(c), x) ? x != 0 : sgn(to_mpz(self_of(c))) != 0);
}

Value int_identity(const CallArgs& c) {
    slot_args(c, 0);
    return as_exact_int(self_of(c));
}

Value int_float(const CallArgs& c) {
    slot_args(c, 0);
    return Value::real(int_to_double(self_of(c)));
}

Value int_abs(const CallArgs& c) {
    slot_args(c, 0);
    mpz_class z = to_mpz(self_of(c));
    return sgn(z) < 0 ? int_unary_op(UnaryOp::Neg, self_of(c)) : as_exact_int(self_of(c));
}

Value int_round_method(const CallArgs& c) {
    Value args[1];
    bind_args({"__round__", {"ndigits"}, 0, 1}, c, args, 1);
    if (args[0].empty() || args[0].is_none()) return as_exact_int(self_of(c));
    return int_round(self_of(c), index_value(args[0]));
}

Value int_format(const CallArgs& c) {
    exact_one_arg("int.__format__", c, 1);
    if (!type_of(c.args[1])->is_subtype_of(types().str)) {
        raise_type_error("__format__() argument must be str, not " + type_name(c.args[1]));
    }
    return format_value(self_of(c), as<StrObject>(c.args[1])->view());
}

Value int_bit_length(const CallArgs& c) {
    no_args("int.bit_length", c, 1);
    return Value::small_int(int64_t(bit_length_of(to_mpz(self_of(c)))));
}

Value int_bit_count(const CallArgs& c) {
    no_args("int.bit_count", c, 1);
    mpz_class z = abs(to_mpz(self_of(c)));
    return Value::small_int(int64_t(mpz_popcount(z.get_mpz_t())));
}

Value int_as_integer_ratio(const CallArgs& c) {
    no_args("int.as_integer_ratio", c, 1);
    return make_tuple({as_exact_int(self_of(c)), Value::small_int(1)});
}

Value int_is_integer(const CallArgs& c) {
    no_args("int.is_integer", c, 1);
    return Value::boolean(true);
}

bool parse_byteorder(const Value& v, const char* fname) {
    if (v.empty()) return false;  // default 'big'
    if (!type_of(v)->is_subtype_of(types().str)) {
        raise_type_error(std::string(fname) + "() argument 'byteorder' must be str, not " + type_name(v));
    }
    std::string_view s = as<StrObject>(v)->view();
    if (s == "little") return true;
    if (s == "big") return false;
    raise_value_error("byteorder must be either 'little' or 'big'");
}

Value int_to_bytes(const CallArgs& c) {
    Value args[3];
    bind_args({"to_bytes", {"length", "byteorder", "signed"}, 0, 0, false, 2}, c, args, 1);
    int64_t length = args[0].empty() ? 1 : index_value(args[0]);
    if (length < 0) raise_value_error("length argument must be non-negative");
    bool little = parse_byteorder(args[1], "to_bytes");
    bool is_signed = !args[2].empty() && truthy(args[2]);
    mpz_class z = to_mpz(self_of(c));
    if (sgn(z) < 0 && !is_signed) raise_overflow("can't convert negative int to unsigned");
    mpz_class limit;
    mpz_ui_pow_ui(limit.get_mpz_t(), 2, static_cast<unsigned long>(8 * length - (is_signed ? 1 : 0)));
    if ((is_signed && (z >= limit || z < -limit)) || (!is_signed && z >= limit)) {
        raise_overflow("int too big to convert");
    }
    if (sgn(z) < 0) {
        mpz_class wrap;
        mpz_ui_pow_ui(wrap.get_mpz_t(), 2, static_cast<unsigned long>(8 * length));
        z += wrap;
    }
    std::string out(static_cast<size_t>(length), '\0');
    for (int64_t i = 0; i < length; ++i) {
        mpz_class byte = z & 0xFF;
        out[static_cast<size_t>(little ? i : length - 1 - i)] = char(mpz_get_ui(byte.get_mpz_t()));
        z >>= 8;
    }
    return make_bytes(std::move(out));
}

Value int_from_bytes(const CallArgs& c) {
    // Class method: args[0] is the class.
    Value args[3];
    bind_args({"from_bytes", {"bytes", "byteorder", "signed"}, 1, 0, false, 2}, c, args, 1);
    std::string data = bytes_from_object(args[0]);
    bool little = parse_byteorder(args[1], "from_bytes");
    bool is_signed = !args[2].empty() && truthy(args[2]);
    mpz_class z = 0;
    for (size_t i = 0; i < data.size(); ++i) {
        unsigned char b = static_cast<unsigned char>(little ? data[data.size() - 1 - i] : data[i]);
        z = (z << 8) + b;
    }
    if (is_signed && !data.empty()) {
        unsigned char top = static_cast<unsigned char>(little ? data.back() : data.front());
        if (top & 0x80) {
            mpz_class wrap;
            mpz_ui_pow_ui(wrap.get_mpz_t(), 2, static_cast<unsigned long>(8 * data.size()));
            z -= wrap;
        }
    }
    return make_int_instance(static_cast<TypeObject*>(c.args[0].as_obj()), make_int(z));
}

Value int_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    Value args[2];
    bind_args({"int", {"x", "base"}, 0, 1}, c, args, 1);
    if (args[0].empty()) {
        if (!args[1].empty()) raise_type_error("int() missing string argument");
        return make_int_instance(cls, Value::small_int(0));
    }
    Value v = args[1].empty() ? int_from_object(args[0]) : int_from_object_base(args[0], args[1]);
    return make_int_instance(cls, v);
}

Value bool_new(const CallArgs& c) {
    unpack_args("bool", c, 0, 1, 1);
    return Value::boolean(c.nargs > 1 && truthy(c.args[1]));
}

Value bool_repr(const CallArgs& c) {
    slot_args(c, 0);
    return make_str(self_of(c).as_bool() ? "True" : "False");
}

Value int_get_self(const Value& self) { return as_exact_int(self); }
Value int_get_zero(const Value&) { return Value::small_int(0); }
Value int_get_one(const Value&) { return Value::small_int(1); }

Value int_getnewargs(const CallArgs& c) {
    no_args("int.__getnewargs__", c, 1);
    return make_tuple({as_exact_int(self_of(c))});
}

void add_arithmetic(TypeObject* t) {
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
    add_method(t, "__divmod__", int_divmod);
    add_method(t, "__rdivmod__", int_rdivmod);
    add_method(t, "__pow__", int_pow);
    add_method(t, "__rpow__", int_rpow);
    add_method(t, "__lshift__", dunder_binary<BinOp::LShift>);
    add_method(t, "__rlshift__", dunder_reflected<BinOp::LShift>);
    add_method(t, "__rshift__", dunder_binary<BinOp::RShift>);
    add_method(t, "__rrshift__", dunder_reflected<BinOp::RShift>);
    add_method(t, "__and__", dunder_binary<BinOp::And>);
    add_method(t, "__rand__", dunder_reflected<BinOp::And>);
    add_method(t, "__or__", dunder_binary<BinOp::Or>);
    add_method(t, "__ror__", dunder_reflected<BinOp::Or>);
    add_method(t, "__xor__", dunder_binary<BinOp::Xor>);
    add_method(t, "__rxor__", dunder_reflected<BinOp::Xor>);
    add_method(t, "__neg__", dunder_unary<UnaryOp::Neg>);
    add_method(t, "__pos__", dunder_unary<UnaryOp::Pos>);
    add_method(t, "__invert__", dunder_unary<UnaryOp::Invert>);
}

void add_comparisons(TypeObject* t) {
    add_method(t, "__lt__", dunder_compare<CmpOp::Lt>);
    add_method(t, "__le__", dunder_compare<CmpOp::Le>);
    add_method(t, "__eq__", dunder_compare<CmpOp::Eq>);
    add_method(t, "__ne__", dunder_compare<CmpOp::Ne>);
    add_method(t, "__gt__", dunder_compare<CmpOp::Gt>);
    add_method(t, "__ge__", dunder_compare<CmpOp::Ge>);
}

}  // namespace

void install_int_methods(Interp& in) {
    TypeObject* t = in.types.int_;
    add_arithmetic(t);
    add_comparisons(t);
    add_method(t, "__new__", int_new, NativeKind::StaticMethod);
    add_method(t, "__repr__", int_repr_method);
    add_method(t, "__hash__", int_hash);
    add_method(t, "__bool__", int_bool);
    add_method(t, "__int__", int_identity);
    add_method(t, "__index__", int_identity);
    add_method(t, "__trunc__", int_identity);
    add_method(t, "__floor__", int_identity);
    add_method(t, "__ceil__", int_identity);
    add_method(t, "__float__", int_float);
    add_method(t, "__abs__", int_abs);
    add_method(t, "__round__", int_round_method);
    add_method(t, "__format__", int_format);
    add_method(t, "__getnewargs__", int_getnewargs);
    add_method(t, "conjugate", int_identity);
    add_method(t, "bit_length", int_bit_length);
    add_method(t, "bit_count", int_bit_count);
    add_method(t, "as_integer_ratio", int_as_integer_ratio);
    add_method(t, "is_integer", int_is_integer);
    add_method(t, "to_bytes", int_to_bytes);
    add_method(t, "from_bytes", int_from_bytes, NativeKind::ClassMethod);
    add_getset(t, "real", int_get_self);
    add_getset(t, "imag", int_get_zero);
    add_getset(t, "numerator", int_get_self);
    add_getset(t, "denominator", int_get_one);

    TypeObject* b = in.types.bool_;
    add_method(b, "__new__", bool_new, NativeKind::StaticMethod);
    add_method(b, "__repr__", bool_repr);
}

}  // namespace loopscope::vm
