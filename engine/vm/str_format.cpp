// str.format / str.format_map (CPython's unicode_format.h) and printf-style `%` formatting
// (PyUnicode_Format), with CPython's error messages.
#include <cstring>
#include <string>

#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/float_ops.h"
#include "vm/format_spec.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/str_ops.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

// ---- str.format ----

struct FormatArgs {
    const CallArgs* call = nullptr;  // positional args from `first`, keywords
    size_t first = 0;
    Value mapping;                   // format_map's mapping (Empty for format)
    int auto_index = 0;              // next automatic field number; -1 once manual used
    bool manual_used = false;
};

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

int64_t parse_index(std::string_view s) {
    if (s.size() > 18) raise_value_error("Too many decimal digits in format string");
    return std::stoll(std::string(s));
}

Value lookup_keyword(FormatArgs& fa, std::string_view name) {
    Value key = make_str(name);
    if (!fa.mapping.empty()) return getitem(fa.mapping, key);
    const CallArgs& c = *fa.call;
    for (size_t i = 0; i < c.nkw; ++i) {
        if (as<StrObject>(c.kwnames[i])->view() == name) return c.kwvalues[i];
    }
    raise_key_error(key);
}

Value lookup_positional(FormatArgs& fa, int64_t index) {
    size_t count = fa.call ? fa.call->nargs - fa.first : 0;
    if (index < 0 || size_t(index) >= count) {
        raise(types().IndexError,
              "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    }
    return fa.call->args[fa.first + size_t(index)];
}

// Resolves "0.attr[key]" / "name" / "" (automatic numbering) to the object it names.
Value resolve_field(FormatArgs& fa, std::string_view field) {
    size_t first_end = field.find_first_of(".[");
    std::string_view head = field.substr(0, first_end);
    Value obj;
    if (head.empty()) {
        if (fa.manual_used) {
            raise_value_error("cannot switch from manual field specification to automatic field numbering");
        }
        obj = lookup_positional(fa, fa.auto_index++);
    } else if (all_digits(head)) {
        if (fa.auto_index > 0) {
            raise_value_error("cannot switch from automatic field numbering to manual field specification");
        }
        fa.manual_used = true;
        obj = lookup_positional(fa, parse_index(head));
    } else {
        obj = lookup_keyword(fa, head);
    }
    size_t i = first_end == std::string_view::npos ? field.size() : first_end;
    while (i < field.size()) {
        char c = field[i++];
        if (c == '.') {
            size_t end = field.find_first_of(".[", i);
            std::string_view attr = field.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
            if (attr.empty()) raise_value_error("Empty attribute in format string");
            obj = getattr(obj, intern(attr).get());
            i += attr.size();
        } else if (c == '[') {
            size_t end = field.find(']', i);
            if (end == std::string_view::npos) raise_value_error("Missing ']' in format string");
            std::string_view key = field.substr(i, end - i);
            if (key.empty()) raise_value_error("Empty attribute in format string");
            obj = getitem(obj, all_digits(key) ? Value::small_int(parse_index(key)) : Value(make_str(key)));
            i = end + 1;
        } else {
            raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

Value convert(const Value& v, char32_t conversion) {
    switch (conversion) {
        case 0: return v;
        case 'r': return repr(v);
        case 's': return str(v);
        case 'a': return make_str(ascii_escape(repr(v)->view()));
        default: break;
    }
    std::string text;
    utf8_append(text, conversion);
    raise_value_error("Unknown conversion specifier " + text);
}

std::string render(std::string_view format, FormatArgs& fa, int depth);

// Parses one replacement field starting after its '{'; `pos` ends after its '}'.
std::string render_field(std::string_view s, size_t& pos, FormatArgs& fa, int depth) {
    size_t start = pos;
    char c = 0;
    while (pos < s.size()) {
        c = s[pos++];
        if (c == '{') raise_value_error("unexpected '{' in field name");
        if (c == '[') {
            while (pos < s.size() && s[pos] != ']') ++pos;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    std::string_view field = s.substr(start, pos - start - (pos > start ? 1 : 0));
    char32_t conversion = 0;
    std::string_view spec;
    bool spec_nested = false;
    if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
            if (pos >= s.size()) raise_value_error("end of string while looking for conversion specifier");
            conversion = utf8_decode_at(s, pos);
            if (pos < s.size()) {
                char next = s[pos++];
                if (next == '}') done = true;
                else if (next != ':') raise_value_error("expected ':' after conversion specifier");
            }
        }
        if (!done) {
            size_t spec_start = pos;
            int count = 1;
            bool closed = false;
            while (pos < s.size()) {
                char ch = s[pos++];
                if (ch == '{') {
                    spec_nested = true;
                    ++count;
                } else if (ch == '}' && --count == 0) {
                    spec = s.substr(spec_start, pos - 1 - spec_start);
                    closed = true;
                    break;
                }
            }
            if (!closed) raise_value_error("unmatched '{' in format spec");
        }
    } else if (c != '}') {
        raise_value_error("expected '}' before end of string");
    }
    Value obj = convert(resolve_field(fa, field), conversion);
    std::string spec_text = spec_nested ? render(spec, fa, depth - 1) : std::string(spec);
    return format(obj, make_str(spec_text))->utf8();
}

std::string render(std::string_view s, FormatArgs& fa, int depth) {
    if (depth <= 0) raise_value_error("Max string recursion exceeded");
    std::string out;
    size_t pos = 0;
    while (pos < s.size()) {
        char c = s[pos++];
        if (c != '{' && c != '}') {
            out += c;
            continue;
        }
        bool at_end = pos >= s.size();
        if (c == '}') {
            if (at_end || s[pos] != '}') raise_value_error("Single '}' encountered in format string");
            out += '}';
            ++pos;
            continue;
        }
        if (at_end) raise_value_error("Single '{' encountered in format string");
        if (s[pos] == '{') {
            out += '{';
            ++pos;
            continue;
        }
        out += render_field(s, pos, fa, depth);
    }
    return out;
}

Value str_format_method(const CallArgs& c) {
    if (c.nargs < 1) raise_type_error("unbound method str.format() needs an argument");
    FormatArgs fa;
    fa.call = &c;
    fa.first = 1;
    return make_str(render(as<StrObject>(c.args[0])->view(), fa, 2));
}

Value str_format_map(const CallArgs& c) {
    exact_one_arg("str.format_map", c, 1);
    FormatArgs fa;
    fa.mapping = c.args[1];
    return make_str(render(as<StrObject>(c.args[0])->view(), fa, 2));
}

// ---- printf-style % ----

struct PercentArgs {
    std::vector<Value> items;  // positional values
    size_t next = 0;
    Value mapping;             // when formatting with %(name)s
    bool single_tuple = false;
};

Value next_arg(PercentArgs& pa) {
    if (pa.next >= pa.items.size()) raise_type_error("not enough arguments for format string");
    return pa.items[pa.next++];
}

[[noreturn]] void unsupported_char(std::string_view s, size_t at) {
    size_t p = at;
    char32_t cp = utf8_decode_at(s, p);
    char buf[64];
    std::string shown;
    if (cp >= 32 && cp < 127) shown = std::string(1, char(cp));
    else utf8_append(shown, cp);
    std::snprintf(buf, sizeof buf, " (0x%x) at index ", unsigned(cp));
    raise_value_error("unsupported format character '" + shown + "'" + buf +
                      std::to_string(utf8_length(s.substr(0, at))));
}

Value int_for_percent(const Value& v, char type) {
    if (is_int(v)) return v;
    bool decimal = type == 'd' || type == 'i' || type == 'u';
    if (decimal && is_float_value(v)) return float_to_int(float_value(v));
    if (!lookup_special(v, names().__index__).empty()) return make_int(int64_t(index_value(v)));
    if (decimal && !lookup_special(v, names().__int__).empty()) return call(lookup_special(v, names().__int__), {v});
    if (decimal) raise_type_error(std::string("%") + type + " format: a real number is required, not " + type_name(v));
    raise_type_error(std::string("%") + type + " format: an integer is required, not " + type_name(v));
}

std::string format_one(char type, const Value& v, FormatSpec spec) {
    switch (type) {
        case 's': case 'r': case 'a': {
            Ref<StrObject> text = type == 's' ? str(v) : repr(v);
            std::string t = type == 'a' ? ascii_escape(text->view()) : text->utf8();
            spec.type = 's';
            if (spec.align == '=') spec.align = '>';
            spec.fill = ' ';
            return format_str(t, spec);
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            Value i = int_for_percent(v, type);
            spec.type = (type == 'i' || type == 'u') ? 'd' : type;
            int64_t min_digits = spec.precision;
            spec.precision = -1;
            std::string body = format_int(i, spec, "int");
            if (min_digits > 0) {
                FormatSpec bare;
                bare.type = spec.type;
                bare.alternate = spec.alternate;
                std::string digits = format_int(i, bare, "int");
                bool negative = !digits.empty() && digits[0] == '-';
                std::string prefix = negative ? "-" : "";
                std::string rest = digits.substr(negative ? 1 : 0);
                std::string alt = spec.alternate && spec.type != 'd' ? rest.substr(0, 2) : "";
                rest = rest.substr(alt.size());
                if (int64_t(rest.size()) < min_digits) rest = std::string(size_t(min_digits) - rest.size(), '0') + rest;
                std::string sign = negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
                std::string text = sign + alt + rest;
                FormatSpec pad_spec;
                pad_spec.width = spec.width;
                pad_spec.align = spec.align == '<' ? '<' : '>';
                return pad_aligned(text, text.size(), pad_spec, '>');
            }
            return body;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double d = is_float_value(v) ? float_value(v) : to_double(v);
            spec.type = type;
            return format_float(d, spec, "float");
        }
        case 'c': {
            std::string out;
            if (is_str(v)) {
                if (as<StrObject>(v)->length() != 1) raise_type_error("%c requires int or char");
                out = as<StrObject>(v)->utf8();
            } else if (is_int(v)) {
                mpz_class z = to_mpz(v);
                if (z < 0 || z > 0x10FFFF) raise_overflow("%c arg not in range(0x110000)");
                utf8_append(out, char32_t(z.get_ui()));
            } else {
                raise_type_error("%c requires int or char");
            }
            spec.type = 's';
            spec.precision = -1;
            if (spec.align == '=') spec.align = '>';
            spec.fill = ' ';
            return format_str(out, spec);
        }
    }
    return {};
}

// PyMapping_Check: anything with __getitem__ but a tuple or str ('%s' % [1, 2] still formats
// the list as the single value).
bool is_mapping_arg(const Value& v) {
    return !isinstance(v, types().tuple) && !is_str(v) && type_of(v)->lookup(names().__getitem__) != nullptr;
}

}  // namespace

std::string percent_format(std::string_view s, const Value& values) {
    PercentArgs pa;
    if (isinstance(values, types().tuple)) {
        pa.items = as<TupleObject>(values)->items;
    } else {
        pa.items.push_back(values);
        if (is_mapping_arg(values)) pa.mapping = values;
    }
    std::string out;
    size_t pos = 0;
    while (pos < s.size()) {
        char c = s[pos++];
        if (c != '%') {
            out += c;
            continue;
        }
        size_t spec_at = pos - 1;
        if (pos >= s.size()) raise_value_error("incomplete format");
        Value arg;
        bool have_arg = false;
        if (s[pos] == '(') {
            if (pa.mapping.empty()) raise_type_error("format requires a mapping");
            int depth = 1;
            size_t key_start = ++pos;
            while (pos < s.size() && depth > 0) {
                if (s[pos] == '(') ++depth;
                else if (s[pos] == ')') --depth;
                ++pos;
            }
            if (depth > 0) raise_value_error("incomplete format key");
            arg = getitem(pa.mapping, make_str(s.substr(key_start, pos - 1 - key_start)));
            have_arg = true;
            pa.next = pa.items.size();  // a mapping consumes the single argument
        }
        FormatSpec spec;
        spec.align = '>';
        bool zero = false;
        for (; pos < s.size(); ++pos) {
            char f = s[pos];
            if (f == '-') spec.align = '<';
            else if (f == '+') spec.sign = '+';
            else if (f == ' ') spec.sign = spec.sign == '+' ? '+' : ' ';
            else if (f == '#') spec.alternate = true;
            else if (f == '0') zero = true;
            else break;
        }
        auto read_number = [&](int64_t& out_n) {
            if (pos < s.size() && s[pos] == '*') {
                ++pos;
                Value w = next_arg(pa);
                if (!is_int(w)) raise_type_error("* wants int");
                out_n = index_value(w);
                return;
            }
            int64_t n = -1;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                n = (n < 0 ? 0 : n) * 10 + (s[pos++] - '0');
                if (n > 1'000'000'000) raise_value_error("width too big");
            }
            out_n = n;
        };
        read_number(spec.width);
        if (spec.width < -1) {
            spec.align = '<';
            spec.width = -spec.width;
        }
        if (pos < s.size() && s[pos] == '.') {
            ++pos;
            read_number(spec.precision);
            if (spec.precision < 0) spec.precision = 0;
        }
        while (pos < s.size() && (s[pos] == 'h' || s[pos] == 'l' || s[pos] == 'L')) ++pos;
        if (pos >= s.size()) raise_value_error("incomplete format");
        char type = s[pos];
        if (type == '%') {
            ++pos;
            out += '%';
            continue;
        }
        if (!std::strchr("sradiuoxXeEfFgGc", type) || type == '\0') unsupported_char(s, pos);
        ++pos;
        if (zero && spec.align != '<' && type != 's' && type != 'r' && type != 'a' && type != 'c') {
            spec.fill = '0';
            spec.align = '=';
        }
        if (!have_arg) arg = next_arg(pa);
        (void)spec_at;
        out += format_one(type, arg, spec);
    }
    if (pa.next < pa.items.size() && pa.mapping.empty()) {
        raise_type_error("not all arguments converted during string formatting");
    }
    return out;
}

namespace {

Value str_mod(const CallArgs& c) {
    slot_args(c, 1);
    return make_str(percent_format(as<StrObject>(c.args[0])->view(), c.args[1]));
}

Value str_rmod(const CallArgs& c) {
    slot_args(c, 1);
    return interp().not_implemented;
}

}  // namespace

std::string format_with(std::string_view format_text, const CallArgs& args, size_t first_arg, const Value& mapping) {
    FormatArgs fa;
    fa.call = &args;
    fa.first = first_arg;
    fa.mapping = mapping;
    return render(format_text, fa, 2);
}

void install_str_format_methods(Interp& in) {
    TypeObject* t = in.types.str;
    add_method(t, "format", str_format_method);
    add_method(t, "format_map", str_format_map);
    add_method(t, "__mod__", str_mod);
    add_method(t, "__rmod__", str_rmod);
}

}  // namespace loopscope::vm
