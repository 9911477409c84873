// The format-spec mini-language, following CPython's formatter_unicode.c.
#include "vm/format_spec.h"

#include <algorithm>
#include <cmath>

#include "vm/exception.h"
#include "vm/float_ops.h"
#include "vm/int.h"
#include "vm/int_ops.h"
#include "vm/interp.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign(char32_t c) { return c == '+' || c == '-' || c == ' '; }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) out += utf8_decode_at(s, i);
    return out;
}

std::string char_text(char32_t c) {
    std::string out;
    utf8_append(out, c);
    return out;
}

// Reads a run of digits; returns how many were read.
size_t read_integer(const std::u32string& s, size_t& pos, int64_t& out) {
    size_t start = pos;
    out = 0;
    while (pos < s.size() && is_digit(s[pos])) {
        out = out * 10 + int64_t(s[pos] - '0');
        if (out > 1'000'000'000) raise_value_error("Too many decimal digits in format string");
        ++pos;
    }
    return pos - start;
}

[[noreturn]] void unknown_code(char type, const std::string& type_name) {
    raise_value_error(std::string("Unknown format code '") + type + "' for object of type '" + type_name + "'");
}

void check_grouping_type(FormatSpec& f) {
    if (!f.grouping) return;
    switch (f.type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
            return;
        case 'b': case 'o': case 'x': case 'X':
            if (f.grouping == '_') return;
            [[fallthrough]];
        default:
            raise_value_error(std::string("Cannot specify '") + f.grouping + "' with '" + f.type + "'.");
    }
}

}  // namespace

FormatSpec parse_format_spec(std::string_view spec_text, char default_align, const std::string& type_name,
                             char default_type) {
    std::u32string s = decode(spec_text);
    FormatSpec f;
    f.align = default_align;
    size_t pos = 0, end = s.size();
    if (end - pos >= 2 && is_align(s[pos + 1])) {
        f.align = char(s[pos + 1]);
        f.fill = s[pos];
        f.fill_specified = f.align_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(s[pos])) {
        f.align = char(s[pos]);
        f.align_specified = true;
        ++pos;
    }
    if (pos < end && is_sign(s[pos])) f.sign = char(s[pos++]);
    if (pos < end && s[pos] == 'z') {
        f.no_neg_zero = true;
        ++pos;
    }
    if (pos < end && s[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    if (!f.fill_specified && pos < end && s[pos] == '0') {
        f.fill = '0';
        if (!f.align_specified && default_align == '>') f.align = '=';
        ++pos;
    }
    int64_t n;
    if (read_integer(s, pos, n)) f.width = n;
    if (pos < end && s[pos] == ',') {
        f.grouping = ',';
        ++pos;
    }
    if (pos < end && s[pos] == '_') {
        if (f.grouping) raise_value_error("Cannot specify both ',' and '_'.");
        f.grouping = '_';
        ++pos;
    }
    if (pos < end && s[pos] == ',' && f.grouping == '_') raise_value_error("Cannot specify both ',' and '_'.");
    if (pos < end && s[pos] == '.') {
        ++pos;
        if (!read_integer(s, pos, n)) raise_value_error("Format specifier missing precision");
        f.precision = n;
    }
    if (end - pos > 1) {
        raise_value_error("Invalid format specifier '" + std::string(spec_text) + "' for object of type '" +
                          type_name + "'");
    }
    f.type = default_type;
    if (end - pos == 1) {
        char32_t t = s[pos];
        f.type = t < 128 ? char(t) : '?';
    }
    check_grouping_type(f);
    return f;
}

std::string pad_aligned(std::string_view text, size_t length, const FormatSpec& spec, char default_align) {
    if (spec.width < 0 || size_t(spec.width) <= length) return std::string(text);
    size_t pad = size_t(spec.width) - length;
    char align = spec.align ? spec.align : default_align;
    size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    std::string fill = char_text(spec.fill);
    std::string out;
    for (size_t i = 0; i < left; ++i) out += fill;
    out += text;
    for (size_t i = 0; i < pad - left; ++i) out += fill;
    return out;
}

namespace {

// Digits grouped from the right every `interval` with `sep`, zero-extended on the left
// until at least `min_width` characters (a separator is never left leading).
std::string group_digits(std::string_view digits, char sep, size_t interval, size_t min_width) {
    std::string out;  // built reversed
    size_t i = digits.size(), in_group = 0;
    while (i > 0 || out.size() < min_width) {
        if (sep && in_group == interval) {
            out += sep;
            in_group = 0;
        }
        out += i > 0 ? digits[--i] : '0';
        ++in_group;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// A formatted number's parts, laid out as CPython's fill_number does:
// [sign][prefix][padding for '='][grouped digits][rest: ".fraction", "e+XX", "%"].
struct NumberParts {
    bool negative = false;
    std::string prefix;
    std::string digits;
    std::string rest;
};

std::string layout_number(const NumberParts& p, const FormatSpec& spec) {
    std::string sign = p.negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    size_t interval = (spec.type == 'b' || spec.type == 'o' || spec.type == 'x' || spec.type == 'X') ? 4 : 3;
    size_t fixed = sign.size() + p.prefix.size() + utf8_length(p.rest);
    size_t min_width = 0;
    if (spec.fill == '0' && spec.align == '=' && spec.width > 0 && size_t(spec.width) > fixed && !p.digits.empty()) {
        min_width = size_t(spec.width) - fixed;
    }
    std::string grouped = group_digits(p.digits, spec.grouping, interval, min_width);
    if (p.digits.empty()) grouped.clear();
    size_t length = fixed + utf8_length(grouped);
    if (spec.align == '=') {
        std::string head = sign + p.prefix;
        std::string padding;
        if (spec.width > 0 && size_t(spec.width) > length) {
            for (size_t i = 0; i < size_t(spec.width) - length; ++i) padding += char_text(spec.fill);
        }
        return head + padding + grouped + p.rest;
    }
    return pad_aligned(sign + p.prefix + grouped + p.rest, length, spec, '>');
}

// Splits a formatted float ("-1234.5e+06") into sign, integer digits and the rest.
NumberParts split_float_text(const std::string& text) {
    NumberParts p;
    size_t i = 0;
    if (!text.empty() && text[0] == '-') {
        p.negative = true;
        i = 1;
    }
    size_t j = i;
    while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
    p.digits = text.substr(i, j - i);
    p.rest = text.substr(j);
    return p;
}

bool is_all_zero(const NumberParts& p) {
    for (char c : p.digits) {
        if (c != '0') return false;
    }
    for (char c : p.rest) {
        if (c == 'e' || c == 'E' || c == '%') break;
        if (c >= '1' && c <= '9') return false;
        if (c == 'i' || c == 'n' || c == 'I' || c == 'N') return false;  // inf, nan
    }
    return true;
}

std::string format_char(const Value& v, const FormatSpec& spec) {
    mpz_class z = to_mpz(v);
    if (!mpz_fits_slong_p(z.get_mpz_t())) raise_overflow("Python int too large to convert to C long");
    if (z < 0 || z > 0x10FFFF) raise_overflow("%c arg not in range(0x110000)");
    std::string text;
    utf8_append(text, char32_t(z.get_ui()));
    FormatSpec s = spec;
    if (s.align == '=') s.align = '>';  // no sign to pad after: '=' pads on the left
    return pad_aligned(text, 1, s, '>');
}

}  // namespace

std::string format_float(double d, const FormatSpec& spec, const std::string& type_name) {
    char type = spec.type;
    switch (type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': case '\0': break;
        default: unknown_code(type, type_name);
    }
    bool upper = type == 'E' || type == 'F' || type == 'G';
    int precision = spec.precision < 0 ? 6 : int(spec.precision);
    std::string text;
    std::string suffix;
    if (type == '\0') {
        text = spec.precision < 0 ? double_to_string(d, 'r', 0, true, spec.alternate)
                                  : double_to_string(d, 'g', precision, true, spec.alternate);
    } else if (type == '%') {
        text = double_to_string(d * 100.0, 'f', precision, false, spec.alternate);
        suffix = "%";
    } else {
        char code = char(std::tolower(static_cast<unsigned char>(type == 'n' ? 'g' : type)));
        text = double_to_string(d, code, precision, false, spec.alternate, upper);
    }
    NumberParts p = split_float_text(text);
    p.rest += suffix;
    if (spec.no_neg_zero && p.negative && is_all_zero(p)) p.negative = false;
    return layout_number(p, spec);
}

std::string format_int(const Value& v, const FormatSpec& spec, const std::string& type_name) {
    char type = spec.type;
    switch (type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            return format_float(int_to_double(v), spec, type_name);
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': case '\0': break;
        default: unknown_code(type, type_name);
    }
    if (spec.precision >= 0) raise_value_error("Precision not allowed in integer format specifier");
    if (spec.no_neg_zero) raise_value_error("Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (spec.sign) raise_value_error("Sign not allowed with integer format specifier 'c'");
        if (spec.alternate) raise_value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        return format_char(v, spec);
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    NumberParts p;
    mpz_class z = to_mpz(v);
    p.negative = sgn(z) < 0;
    p.digits = mpz_class(abs(z)).get_str(base);
    if (base == 10 && p.digits.size() > 4300) int_repr_string(v);  // raises the digit-limit error
    if (spec.alternate && base != 10) p.prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    if (type == 'X') {
        for (char& c : p.digits) c = char(std::toupper(static_cast<unsigned char>(c)));
        if (!p.prefix.empty()) p.prefix = "0X";
    }
    return layout_number(p, spec);
}

std::string format_str(std::string_view s, const FormatSpec& spec) {
    if (spec.type != 's' && spec.type != '\0') unknown_code(spec.type, "str");
    if (spec.sign) raise_value_error("Sign not allowed in string format specifier");
    if (spec.no_neg_zero) raise_value_error("Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate) raise_value_error("Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') raise_value_error("'=' alignment not allowed in string format specifier");
    size_t length = utf8_length(s);
    std::string_view text = s;
    if (spec.precision >= 0 && size_t(spec.precision) < length) {
        size_t bytes = 0;
        for (int64_t i = 0; i < spec.precision; ++i) utf8_decode_at(s, bytes);
        text = s.substr(0, bytes);
        length = size_t(spec.precision);
    }
    return pad_aligned(text, length, spec, '<');
}

Ref<StrObject> format_value(const Value& v, std::string_view spec) {
    TypeObject* t = type_of(v);
    if (spec.empty()) return str(v);
    if (is_int(v)) return make_str(format_int(v, parse_format_spec(spec, '>', t->name, 'd'), t->name));
    if (is_float_value(v)) return make_str(format_float(float_value(v), parse_format_spec(spec, '>', t->name), t->name));
    if (t->is_subtype_of(types().str)) {
        FormatSpec f = parse_format_spec(spec, '<', t->name, 's');
        if (f.type != 's' && f.type != '\0') unknown_code(f.type, t->name);
        return make_str(format_str(as<StrObject>(v)->view(), f));
    }
    raise_type_error("unsupported format string passed to " + t->name + ".__format__");
}

}  // namespace loopscope::vm
