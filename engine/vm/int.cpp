#include "vm/int.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/protocol.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

bool fits_int64(const mpz_class& v) { return mpz_fits_slong_p(v.get_mpz_t()) && sizeof(long) == 8; }

BigIntObject* big(const Value& v) { return static_cast<BigIntObject*>(v.as_obj()); }

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

}  // namespace

Value make_int(int64_t v) { return Value::small_int(v); }

Value make_int(const mpz_class& v) {
    if (fits_int64(v)) return Value::small_int(mpz_get_si(v.get_mpz_t()));
    return make<BigIntObject>(types().int_, v);
}

bool is_exact_int(const Value& v) {
    if (v.is_small_int()) return true;
    return v.is_obj() && v.as_obj()->type->layout == Layout::Int;
}

bool is_int(const Value& v) { return v.is_bool() || is_exact_int(v); }

mpz_class to_mpz(const Value& v) {
    if (v.is_small_int() || v.is_bool()) return mpz_class(static_cast<long>(v.as_int()));
    return big(v)->value;
}

bool to_int64(const Value& v, int64_t& out) {
    if (v.is_small_int() || v.is_bool()) {
        out = v.as_int();
        return true;
    }
    // A plain BigIntObject never fits (normalization invariant); instances of int subclasses
    // (IntEnum members) are BigIntObjects whatever their value.
    if (v.is_obj() && v.as_obj()->type->layout == Layout::Int && big(v)->value.fits_slong_p()) {
        out = big(v)->value.get_si();
        return true;
    }
    return false;
}

std::string int_to_decimal(const Value& v) {
    if (v.is_small_int()) return std::to_string(v.as_int());
    if (v.is_bool()) return v.as_bool() ? "1" : "0";
    return big(v)->value.get_str(10);
}

int64_t hash_int(const Value& v) {
    // CPython: sign(v) * (|v| mod (2**61 - 1)); a result of -1 becomes -2.
    constexpr uint64_t kModulus = (uint64_t(1) << 61) - 1;
    int64_t result;
    if (v.is_small_int() || v.is_bool()) {
        int64_t i = v.as_int();
        uint64_t mag = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
        result = int64_t(mag % kModulus);
        if (i < 0) result = -result;
    } else {
        const mpz_class& z = big(v)->value;
        mpz_class mag = abs(z);
        mpz_class m = mag % mpz_class(static_cast<unsigned long>(kModulus));
        result = int64_t(mpz_get_ui(m.get_mpz_t()));
        if (sgn(z) < 0) result = -result;
    }
    return result == -1 ? -2 : result;
}

double int_to_double(const Value& v) {
    if (v.is_small_int() || v.is_bool()) return double(v.as_int());
    // strtod rounds correctly (half-even), as CPython's int.__float__ does.
    std::string digits = big(v)->value.get_str(10);
    errno = 0;
    double d = std::strtod(digits.c_str(), nullptr);
    if (std::isinf(d)) raise_overflow("int too large to convert to float");
    return d;
}

Value make_int_from_string(std::string_view text, int base) {
    // Validates as int(str, base) does: surrounding whitespace, sign, optional prefix
    // matching the base (required for base 0), single underscores between digits.
    auto fail = [&]() -> Value {
        raise_value_error("invalid literal for int() with base " + std::to_string(base) + ": "
                          + repr_string(make_str(text)));
    };
    size_t i = 0, n = text.size();
    while (i < n && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    while (n > i && std::isspace(static_cast<unsigned char>(text[n - 1]))) --n;
    bool negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    int b = base;
    if (i + 1 < n && text[i] == '0') {
        char p = char(std::tolower(static_cast<unsigned char>(text[i + 1])));
        int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (prefixed && (base == 0 || base == prefixed)) {
            b = prefixed;
            i += 2;
            if (i < n && text[i] == '_') ++i;  // 0x_1f is valid
        }
    }
    if (b == 0) b = 10;
    std::string digits;
    bool last_underscore = true;  // a leading underscore is invalid
    for (; i < n; ++i) {
        char c = text[i];
        if (c == '_') {
            if (last_underscore) return fail();
            last_underscore = true;
            continue;
        }
        if (digit_value(c) >= b) return fail();
        digits += c;
        last_underscore = false;
    }
    if (digits.empty() || last_underscore) return fail();
    // Base 0 forbids leading zeros in a nonzero decimal ("010").
    if (base == 0 && b == 10 && digits.size() > 1 && digits[0] == '0'
        && digits.find_first_not_of('0') != std::string::npos) {
        return fail();
    }
    mpz_class z(digits, b);
    if (negative) z = -z;
    return make_int(z);
}

}  // namespace loopscope::vm
