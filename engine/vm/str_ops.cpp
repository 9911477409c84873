// str: methods, indexing by code point, repr. Searching works on the UTF-8 bytes (a match
// of valid UTF-8 in valid UTF-8 always starts on a character boundary) and converts byte
// offsets to code-point indices only at the edges; ASCII strings skip the conversion.
#include "vm/str_ops.h"

#include <algorithm>
#include <climits>
#include <cstdio>

#include "vm/bytes_ops.h"
#include "vm/cost_model.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/format_spec.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/type.h"
#include "vm/unicode_props.h"

namespace loopscope::vm {

bool is_str(const Value& v) { return v.is_obj() && v.as_obj()->type->layout == Layout::Str; }

Value str_char(char32_t cp) {
    std::string s;
    utf8_append(s, cp);
    if (cp < 0x80) return intern(s);
    return make_str(std::move(s));
}

Value make_str_instance(TypeObject* cls, std::string text) {
    if (cls == types().str) return make_str(std::move(text));
    return make<StrObject>(cls, std::move(text));
}

namespace {

std::string escape_code_point(char32_t cp) {
    char buf[16];
    if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(cp));
    else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(cp));
    else std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(cp));
    return buf;
}

}  // namespace

std::string str_repr_text(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    for (size_t i = 0; i < s.size();) {
        char32_t c = utf8_decode_at(s, i);
        if (c == char32_t(quote) || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c == 0x7F) out += escape_code_point(c);
        else if (c < 0x7F) out += char(c);
        else if (unicode::is_printable(c)) utf8_append(out, c);
        else out += escape_code_point(c);
    }
    out += quote;
    return out;
}

std::string ascii_escape(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        char32_t c = utf8_decode_at(s, i);
        if (c < 0x80) out += char(c);
        else out += escape_code_point(c);
    }
    return out;
}

namespace {

StrObject* self_str(const CallArgs& c) { return static_cast<StrObject*>(c.args[0].as_obj()); }

// ---- index helpers ----

int64_t clamp_index(const Value& v) {
    if (v.is_small_int() || v.is_bool()) return v.as_int();
    if (is_int(v)) return sgn(to_mpz(v)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    if (!lookup_special(v, names().__index__).empty()) return index_value(v);
    raise_type_error("slice indices must be integers or None or have an __index__ method");
}

// start/end arguments of find/count/startswith, adjusted as CPython's ADJUST_INDICES.
void optional_range(const CallArgs& c, size_t first, int64_t len, int64_t& start, int64_t& end) {
    start = 0;
    end = len;
    if (c.nargs > first && !c.args[first].is_none()) start = clamp_index(c.args[first]);
    if (c.nargs > first + 1 && !c.args[first + 1].is_none()) end = clamp_index(c.args[first + 1]);
    if (end > len) end = len;
    else if (end < 0) end = std::max<int64_t>(end + len, 0);
    if (start < 0) start = std::max<int64_t>(start + len, 0);
}

size_t byte_of(const StrObject* s, int64_t cp) { return s->byte_offset(size_t(cp)); }

int64_t cp_of(const StrObject* s, size_t byte) {
    return s->is_ascii() ? int64_t(byte) : int64_t(utf8_length(s->view().substr(0, byte)));
}

StrObject* str_arg(const Value& v, const char* fname) {
    if (!is_str(v)) raise_type_error(std::string(fname) + "() argument 1 must be str, not " + type_name(v));
    return as<StrObject>(v);
}

StrObject* str_arg_plain(const Value& v) {
    if (!is_str(v)) raise_type_error("must be str, not " + type_name(v));
    return as<StrObject>(v);
}

// ---- searching ----

// Position (code points) of `sub` in s[start:end], searching from the left or the right; -1.
int64_t find_in(const StrObject* s, std::string_view sub, int64_t start, int64_t end, bool reverse) {
    if (start > int64_t(s->length()) || end - start < int64_t(utf8_length(sub))) return -1;
    size_t b0 = byte_of(s, start), b1 = byte_of(s, end);
    std::string_view window = s->view().substr(b0, b1 - b0);
    size_t pos = reverse ? window.rfind(sub) : window.find(sub);
    if (pos == std::string_view::npos) return -1;
    return cp_of(s, b0 + pos);
}

Value find_common(const CallArgs& c, const char* name, bool reverse, bool raise_missing) {
    unpack_args(name, c, 1, 3, 1);
    StrObject* s = self_str(c);
    StrObject* sub = str_arg(c.args[1], name);
    int64_t start, end;
    optional_range(c, 2, int64_t(s->length()), start, end);
    int64_t r = find_in(s, sub->view(), start, end, reverse);
    // What CPython scans: up to the match (from the end for rfind), else the whole range.
    int64_t scanned = r < 0 ? end - start : reverse ? end - r : r - start + int64_t(sub->length());
    charge_work(Work::StrByte, uint64_t(std::max<int64_t>(scanned, 0)));
    if (r < 0 && raise_missing) raise_value_error("substring not found");
    return Value::small_int(r);
}

Value str_find(const CallArgs& c) { return find_common(c, "find", false, false); }
Value str_rfind(const CallArgs& c) { return find_common(c, "rfind", true, false); }
Value str_index(const CallArgs& c) { return find_common(c, "index", false, true); }
Value str_rindex(const CallArgs& c) { return find_common(c, "rindex", true, true); }

Value str_count(const CallArgs& c) {
    unpack_args("count", c, 1, 3, 1);
    StrObject* s = self_str(c);
    StrObject* sub = str_arg(c.args[1], "count");
    int64_t start, end;
    optional_range(c, 2, int64_t(s->length()), start, end);
    if (start > int64_t(s->length()) || end < start) return Value::small_int(0);
    if (sub->length() == 0) return Value::small_int(end - start + 1);
    charge_work(Work::StrByte, uint64_t(end - start));
    size_t b0 = byte_of(s, start), b1 = byte_of(s, end);
    std::string_view window = s->view().substr(b0, b1 - b0);
    int64_t n = 0;
    for (size_t pos = window.find(sub->view()); pos != std::string_view::npos;
         pos = window.find(sub->view(), pos + sub->text.size())) {
        ++n;
    }
    return Value::small_int(n);
}

bool tail_match(const StrObject* s, const StrObject* sub, int64_t start, int64_t end, bool at_end) {
    int64_t n = int64_t(sub->length());
    if (start > int64_t(s->length()) || end - start < n) return false;
    if (n == 0) return true;
    size_t b = at_end ? byte_of(s, end - n) : byte_of(s, start);
    return s->view().substr(b, sub->text.size()) == sub->view();
}

Value starts_ends(const CallArgs& c, const char* name, bool at_end) {
    unpack_args(name, c, 1, 3, 1);
    StrObject* s = self_str(c);
    int64_t start, end;
    optional_range(c, 2, int64_t(s->length()), start, end);
    const Value& x = c.args[1];
    if (isinstance(x, types().tuple)) {
        for (const Value& item : as<TupleObject>(x)->items) {
            if (!is_str(item)) {
                raise_type_error(std::string("tuple for ") + name + " must only contain str, not " + type_name(item));
            }
            if (tail_match(s, as<StrObject>(item), start, end, at_end)) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (!is_str(x)) {
        raise_type_error(std::string(name) + " first arg must be str or a tuple of str, not " + type_name(x));
    }
    return Value::boolean(tail_match(s, as<StrObject>(x), start, end, at_end));
}

Value str_startswith(const CallArgs& c) { return starts_ends(c, "startswith", false); }
Value str_endswith(const CallArgs& c) { return starts_ends(c, "endswith", true); }

Value str_contains(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_str(c.args[1])) {
        raise_type_error("'in <string>' requires string as left operand, not " + type_name(c.args[1]));
    }
    return Value::boolean(self_str(c)->view().find(as<StrObject>(c.args[1])->view()) != std::string_view::npos);
}

// ---- splitting ----

int64_t maxsplit_arg(const Value& v) {
    if (v.empty()) return -1;
    int64_t small;
    if (is_int(v) && !to_int64(v, small)) raise_overflow("Python int too large to convert to C ssize_t");
    int64_t n = index_value(v);
    return n < 0 ? INT64_MAX : n;
}

void split_whitespace(std::string_view s, int64_t maxsplit, std::vector<Value>& out) {
    size_t i = 0, n = s.size();
    auto space_at = [&](size_t pos, size_t& next) {
        next = pos;
        char32_t ch = utf8_decode_at(s, next);
        return unicode::is_space(ch);
    };
    size_t nx;
    while (i < n) {
        while (i < n && space_at(i, nx)) i = nx;
        if (i >= n) break;
        if (maxsplit-- == 0) {
            out.push_back(make_str(s.substr(i)));  // the rest, trailing whitespace included
            return;
        }
        size_t j = i;
        while (j < n && !space_at(j, nx)) j = nx;
        out.push_back(make_str(s.substr(i, j - i)));
        i = j;
    }
}

void rsplit_whitespace(std::string_view s, int64_t maxsplit, std::vector<Value>& out) {
    // Walk code points from the right.
    std::vector<size_t> starts;
    for (size_t i = 0; i < s.size();) {
        starts.push_back(i);
        utf8_decode_at(s, i);
    }
    auto is_sp = [&](size_t k) {
        size_t p = starts[k];
        return unicode::is_space(utf8_decode_at(s, p));
    };
    auto byte_end = [&](size_t k) { return k < starts.size() ? starts[k] : s.size(); };
    int64_t k = int64_t(starts.size());
    while (k > 0) {
        while (k > 0 && is_sp(size_t(k - 1))) --k;
        if (k == 0) break;
        if (maxsplit-- == 0) {
            out.push_back(make_str(s.substr(0, byte_end(size_t(k)))));  // leading whitespace kept
            break;
        }
        int64_t j = k;
        while (j > 0 && !is_sp(size_t(j - 1))) --j;
        out.push_back(make_str(s.substr(starts[size_t(j)], byte_end(size_t(k)) - starts[size_t(j)])));
        k = j;
    }
    std::reverse(out.begin(), out.end());
}

StrObject* separator_arg(const Value& v) {
    if (v.empty() || v.is_none()) return nullptr;
    if (!is_str(v)) raise_type_error("must be str or None, not " + type_name(v));
    StrObject* sep = as<StrObject>(v);
    if (sep->length() == 0) raise_value_error("empty separator");
    return sep;
}

Value split_common(const CallArgs& c, const char* name, bool from_right) {
    Value args[2];
    bind_args({name, {"sep", "maxsplit"}, 0}, c, args, 1);
    StrObject* sep = separator_arg(args[0]);
    int64_t maxsplit = maxsplit_arg(args[1]);
    std::string_view s = self_str(c)->view();
    charge_work(Work::StrByte, s.size());
    std::vector<Value> out;
    if (!sep) {
        if (from_right) rsplit_whitespace(s, maxsplit, out);
        else split_whitespace(s, maxsplit, out);
        return make_list(std::move(out));
    }
    std::string_view d = sep->view();
    if (!from_right) {
        size_t i = 0;
        for (size_t pos; maxsplit-- != 0 && (pos = s.find(d, i)) != std::string_view::npos; i = pos + d.size()) {
            out.push_back(make_str(s.substr(i, pos - i)));
        }
        out.push_back(make_str(s.substr(i)));
    } else {
        size_t end = s.size();
        for (size_t pos; maxsplit-- != 0 && end >= d.size() && (pos = s.substr(0, end).rfind(d)) != std::string_view::npos;
             end = pos) {
            out.push_back(make_str(s.substr(pos + d.size(), end - pos - d.size())));
        }
        out.push_back(make_str(s.substr(0, end)));
        std::reverse(out.begin(), out.end());
    }
    return make_list(std::move(out));
}

Value str_split(const CallArgs& c) { return split_common(c, "split", false); }
Value str_rsplit(const CallArgs& c) { return split_common(c, "rsplit", true); }

Value str_splitlines(const CallArgs& c) {
    Value args[1];
    bind_args({"splitlines", {"keepends"}, 0}, c, args, 1);
    bool keepends = !args[0].empty() && truthy(args[0]);
    std::string_view s = self_str(c)->view();
    std::vector<Value> out;
    size_t line_start = 0;
    for (size_t i = 0; i < s.size();) {
        size_t at = i;
        char32_t ch = utf8_decode_at(s, i);
        if (!unicode::is_linebreak(ch)) continue;
        size_t eol = i;
        if (ch == '\r' && i < s.size() && s[i] == '\n') eol = ++i;
        out.push_back(make_str(s.substr(line_start, (keepends ? eol : at) - line_start)));
        line_start = eol;
    }
    if (line_start < s.size()) out.push_back(make_str(s.substr(line_start)));
    return make_list(std::move(out));
}

Value partition_common(const CallArgs& c, const char* display, bool from_right) {
    exact_one_arg(display, c, 1);
    StrObject* sep = str_arg_plain(c.args[1]);
    if (sep->length() == 0) raise_value_error("empty separator");
    std::string_view s = self_str(c)->view();
    size_t pos = from_right ? s.rfind(sep->view()) : s.find(sep->view());
    Value empty = intern("");
    if (pos == std::string_view::npos) {
        if (from_right) return make_tuple({empty, empty, make_str(s)});
        return make_tuple({make_str(s), empty, empty});
    }
    return make_tuple({make_str(s.substr(0, pos)), c.args[1], make_str(s.substr(pos + sep->text.size()))});
}

Value str_partition(const CallArgs& c) { return partition_common(c, "str.partition", false); }
Value str_rpartition(const CallArgs& c) { return partition_common(c, "str.rpartition", true); }

// ---- strip, replace, join ----

Value strip_common(const CallArgs& c, const char* name, bool left, bool right) {
    unpack_args(name, c, 0, 1, 1);
    std::string_view s = self_str(c)->view();
    std::u32string chars;
    bool whitespace = c.nargs < 2 || c.args[1].is_none();
    if (!whitespace) {
        if (!is_str(c.args[1])) raise_type_error(std::string(name) + " arg must be None or str");
        std::string_view cs = as<StrObject>(c.args[1])->view();
        for (size_t i = 0; i < cs.size();) chars += utf8_decode_at(cs, i);
    }
    auto strip_it = [&](char32_t ch) {
        return whitespace ? unicode::is_space(ch) : chars.find(ch) != std::u32string::npos;
    };
    size_t b = 0, e = s.size();
    if (left) {
        while (b < e) {
            size_t nx = b;
            if (!strip_it(utf8_decode_at(s, nx))) break;
            b = nx;
        }
    }
    if (right) {
        while (e > b) {
            size_t p = e - 1;
            while (p > b && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
            size_t nx = p;
            if (!strip_it(utf8_decode_at(s, nx))) break;
            e = p;
        }
    }
    if (b == 0 && e == s.size() && self_str(c)->type == types().str) return c.args[0];
    return make_str(s.substr(b, e - b));
}

Value str_strip(const CallArgs& c) { return strip_common(c, "strip", true, true); }
Value str_lstrip(const CallArgs& c) { return strip_common(c, "lstrip", true, false); }
Value str_rstrip(const CallArgs& c) { return strip_common(c, "rstrip", false, true); }

Value str_replace(const CallArgs& c) {
    if (c.nargs < 3) {
        raise_type_error("replace() takes at least 2 positional arguments (" + std::to_string(c.nargs - 1) + " given)");
    }
    Value args[3];
    bind_args({"replace", {"old", "new", "count"}, 2, 2}, c, args, 1);
    if (!is_str(args[0])) raise_type_error("replace() argument 1 must be str, not " + type_name(args[0]));
    if (!is_str(args[1])) raise_type_error("replace() argument 2 must be str, not " + type_name(args[1]));
    std::string_view s = self_str(c)->view();
    std::string_view old_s = as<StrObject>(args[0])->view(), new_s = as<StrObject>(args[1])->view();
    int64_t count = args[2].empty() ? -1 : clamp_index(args[2]);
    if (count < 0) count = INT64_MAX;
    std::string out;
    if (old_s.empty()) {
        size_t i = 0;
        int64_t done = 0;
        while (done < count) {
            out += new_s;
            ++done;
            if (i >= s.size()) break;
            size_t nx = i;
            utf8_decode_at(s, nx);
            out += s.substr(i, nx - i);
            i = nx;
        }
        out += s.substr(std::min(i, s.size()));
        return make_str(std::move(out));
    }
    size_t i = 0;
    for (size_t pos; count-- > 0 && (pos = s.find(old_s, i)) != std::string_view::npos; i = pos + old_s.size()) {
        out += s.substr(i, pos - i);
        out += new_s;
    }
    out += s.substr(i);
    charge_work(Work::StrByte, s.size() + out.size());
    return make_str(std::move(out));
}

Value str_join(const CallArgs& c) {
    exact_one_arg("str.join", c, 1);
    const Value& iterable = c.args[1];
    TypeObject* t = type_of(iterable);
    if (!t->lookup(names().__iter__) && !t->lookup(names().__getitem__)) {
        raise_type_error("can only join an iterable");
    }
    std::string_view sep = self_str(c)->view();
    std::vector<Value> items = to_vector(iterable);
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_str(items[i])) {
            raise_type_error("sequence item " + std::to_string(i) + ": expected str instance, " +
                             type_name(items[i]) + " found");
        }
        if (i) out += sep;
        out += as<StrObject>(items[i])->view();
    }
    charge_work(Work::StrByte, out.size());
    return make_str(std::move(out));
}

// ---- case ----

std::u32string code_points(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) out += utf8_decode_at(s, i);
    return out;
}

// Lowercases text[i]; a capital sigma ending a word becomes the final sigma 'ς' (CPython's
// handle_capital_sigma: cased letter before it, no cased letter after it, skipping
// case-ignorable characters both ways).
void append_lower_at(std::string& out, const std::u32string& text, size_t i) {
    constexpr char32_t kCapitalSigma = 0x3A3;
    if (text[i] != kCapitalSigma) {
        unicode::append_lower(out, text[i]);
        return;
    }
    size_t j = i;
    while (j > 0 && unicode::is_case_ignorable(text[j - 1])) --j;
    bool final_sigma = j > 0 && unicode::is_cased(text[j - 1]);
    if (final_sigma) {
        size_t k = i + 1;
        while (k < text.size() && unicode::is_case_ignorable(text[k])) ++k;
        final_sigma = k == text.size() || !unicode::is_cased(text[k]);
    }
    utf8_append(out, final_sigma ? 0x3C2 : 0x3C3);
}

Value str_upper(const CallArgs& c) {
    no_args("str.upper", c, 1);
    std::string_view s = self_str(c)->view();
    charge_work(Work::StrByte, s.size());
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) unicode::append_upper(out, utf8_decode_at(s, i));
    return make_str(std::move(out));
}

Value str_casefold(const CallArgs& c) {
    no_args("str.casefold", c, 1);
    std::string_view s = self_str(c)->view();
    charge_work(Work::StrByte, s.size());
    std::string out;
    for (size_t i = 0; i < s.size();) unicode::append_casefold(out, utf8_decode_at(s, i));
    return make_str(std::move(out));
}

Value str_lower(const CallArgs& c) {
    no_args("str.lower", c, 1);
    charge_work(Work::StrByte, self_str(c)->view().size());
    std::u32string text = code_points(self_str(c)->view());
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) append_lower_at(out, text, i);
    return make_str(std::move(out));
}

Value str_swapcase(const CallArgs& c) {
    no_args("str.swapcase", c, 1);
    std::u32string text = code_points(self_str(c)->view());
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        char32_t ch = text[i];
        if (unicode::is_upper(ch)) append_lower_at(out, text, i);
        else if (unicode::is_lower(ch)) unicode::append_upper(out, ch);
        else utf8_append(out, ch);
    }
    return make_str(std::move(out));
}

Value str_title(const CallArgs& c) {
    no_args("str.title", c, 1);
    std::u32string text = code_points(self_str(c)->view());
    std::string out;
    bool previous_cased = false;
    for (size_t i = 0; i < text.size(); ++i) {
        if (previous_cased) append_lower_at(out, text, i);
        else unicode::append_title(out, text[i]);
        previous_cased = unicode::is_cased(text[i]);
    }
    return make_str(std::move(out));
}

Value str_capitalize(const CallArgs& c) {
    no_args("str.capitalize", c, 1);
    std::u32string text = code_points(self_str(c)->view());
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (i == 0) unicode::append_title(out, text[i]);
        else append_lower_at(out, text, i);
    }
    return make_str(std::move(out));
}

// ---- padding ----

char32_t fill_arg(const CallArgs& c, size_t i) {
    if (c.nargs <= i) return ' ';
    const Value& f = c.args[i];
    if (!is_str(f)) raise_type_error("The fill character must be a unicode character, not " + type_name(f));
    if (as<StrObject>(f)->length() != 1) raise_type_error("The fill character must be exactly one character long");
    return as<StrObject>(f)->at(0);
}

int64_t width_arg(const Value& v) {
    int64_t small;
    if (is_int(v) && !to_int64(v, small)) raise_overflow("Python int too large to convert to C ssize_t");
    return index_value(v);
}

Value pad(const CallArgs& c, int64_t left, int64_t right, char32_t fill) {
    StrObject* s = self_str(c);
    if (left <= 0 && right <= 0) {
        return s->type == types().str ? c.args[0] : make_str(s->view());
    }
    if (left + right > (int64_t(1) << 30)) raise_no_args(types().MemoryError);
    std::string f;
    utf8_append(f, fill);
    std::string out;
    for (int64_t i = 0; i < left; ++i) out += f;
    out += s->view();
    for (int64_t i = 0; i < right; ++i) out += f;
    return make_str(std::move(out));
}

Value str_ljust(const CallArgs& c) {
    unpack_args("ljust", c, 1, 2, 1);
    int64_t margin = width_arg(c.args[1]) - int64_t(self_str(c)->length());
    return pad(c, 0, margin, fill_arg(c, 2));
}

Value str_rjust(const CallArgs& c) {
    unpack_args("rjust", c, 1, 2, 1);
    int64_t margin = width_arg(c.args[1]) - int64_t(self_str(c)->length());
    return pad(c, margin, 0, fill_arg(c, 2));
}

Value str_center(const CallArgs& c) {
    unpack_args("center", c, 1, 2, 1);
    int64_t width = width_arg(c.args[1]);
    int64_t margin = width - int64_t(self_str(c)->length());
    if (margin <= 0) return pad(c, 0, 0, ' ');
    int64_t left = margin / 2 + (margin & width & 1);  // CPython's rounding of odd margins
    return pad(c, left, margin - left, fill_arg(c, 2));
}

Value str_zfill(const CallArgs& c) {
    exact_one_arg("str.zfill", c, 1);
    StrObject* s = self_str(c);
    int64_t fill = width_arg(c.args[1]) - int64_t(s->length());
    if (fill <= 0) return pad(c, 0, 0, ' ');
    std::string_view v = s->view();
    std::string out;
    if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
        out += v[0];
        v.remove_prefix(1);
    }
    out += std::string(size_t(fill), '0');
    out += v;
    return make_str(std::move(out));
}

Value str_expandtabs(const CallArgs& c) {
    Value args[1];
    bind_args({"expandtabs", {"tabsize"}, 0}, c, args, 1);
    int64_t tab = args[0].empty() ? 8 : index_value(args[0]);
    std::string_view s = self_str(c)->view();
    std::string out;
    int64_t column = 0;
    for (size_t i = 0; i < s.size();) {
        size_t at = i;
        char32_t ch = utf8_decode_at(s, i);
        if (ch == '\t') {
            if (tab > 0) {
                int64_t spaces = tab - column % tab;
                out.append(size_t(spaces), ' ');
                column += spaces;
            }
        } else {
            out.append(s.substr(at, i - at));
            column = (ch == '\n' || ch == '\r') ? 0 : column + 1;
        }
    }
    return make_str(std::move(out));
}

// ---- predicates ----

template <bool (*Pred)(char32_t)>
Value all_chars(const CallArgs& c, const char* display) {
    no_args(display, c, 1);
    std::string_view s = self_str(c)->view();
    if (s.empty()) return Value::boolean(false);
    for (size_t i = 0; i < s.size();) {
        if (!Pred(utf8_decode_at(s, i))) return Value::boolean(false);
    }
    return Value::boolean(true);
}

bool is_alnum_char(char32_t ch) {
    return unicode::is_alpha(ch) || unicode::is_decimal(ch) || unicode::is_digit(ch) || unicode::is_numeric(ch);
}

Value str_isdigit(const CallArgs& c) { return all_chars<unicode::is_digit>(c, "str.isdigit"); }
Value str_isdecimal(const CallArgs& c) { return all_chars<unicode::is_decimal>(c, "str.isdecimal"); }
Value str_isnumeric(const CallArgs& c) { return all_chars<unicode::is_numeric>(c, "str.isnumeric"); }
Value str_isalpha(const CallArgs& c) { return all_chars<unicode::is_alpha>(c, "str.isalpha"); }
Value str_isalnum(const CallArgs& c) { return all_chars<is_alnum_char>(c, "str.isalnum"); }
Value str_isspace(const CallArgs& c) { return all_chars<unicode::is_space>(c, "str.isspace"); }

Value str_isascii(const CallArgs& c) {
    no_args("str.isascii", c, 1);
    return Value::boolean(self_str(c)->is_ascii());
}

Value str_isprintable(const CallArgs& c) {
    no_args("str.isprintable", c, 1);
    std::string_view s = self_str(c)->view();
    for (size_t i = 0; i < s.size();) {
        if (!unicode::is_printable(utf8_decode_at(s, i))) return Value::boolean(false);
    }
    return Value::boolean(true);
}

// isupper/islower: at least one cased character and none of the other case.
Value case_predicate(const CallArgs& c, const char* display, bool upper) {
    no_args(display, c, 1);
    std::string_view s = self_str(c)->view();
    bool cased = false;
    for (size_t i = 0; i < s.size();) {
        char32_t ch = utf8_decode_at(s, i);
        if (upper ? (unicode::is_lower(ch) || unicode::is_title(ch)) : (unicode::is_upper(ch) || unicode::is_title(ch))) {
            return Value::boolean(false);
        }
        cased = cased || (upper ? unicode::is_upper(ch) : unicode::is_lower(ch));
    }
    return Value::boolean(cased);
}

Value str_isupper(const CallArgs& c) { return case_predicate(c, "str.isupper", true); }
Value str_islower(const CallArgs& c) { return case_predicate(c, "str.islower", false); }

Value str_istitle(const CallArgs& c) {
    no_args("str.istitle", c, 1);
    std::string_view s = self_str(c)->view();
    bool cased = false, previous_cased = false;
    for (size_t i = 0; i < s.size();) {
        char32_t ch = utf8_decode_at(s, i);
        if (unicode::is_upper(ch) || unicode::is_title(ch)) {
            if (previous_cased) return Value::boolean(false);
            previous_cased = cased = true;
        } else if (unicode::is_lower(ch)) {
            if (!previous_cased) return Value::boolean(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return Value::boolean(cased);
}

Value str_isidentifier(const CallArgs& c) {
    no_args("str.isidentifier", c, 1);
    std::string_view s = self_str(c)->view();
    if (s.empty()) return Value::boolean(false);
    for (size_t i = 0; i < s.size();) {
        bool first = i == 0;
        char32_t ch = utf8_decode_at(s, i);
        if (first ? !unicode::is_id_start(ch) : !unicode::is_id_continue(ch)) return Value::boolean(false);
    }
    return Value::boolean(true);
}

// ---- prefixes, encode, translate ----

Value str_removeprefix(const CallArgs& c) {
    exact_one_arg("str.removeprefix", c, 1);
    if (!is_str(c.args[1])) raise_type_error("removeprefix() argument must be str, not " + type_name(c.args[1]));
    std::string_view s = self_str(c)->view(), p = as<StrObject>(c.args[1])->view();
    if (!p.empty() && s.substr(0, p.size()) == p) return make_str(s.substr(p.size()));
    return self_str(c)->type == types().str ? c.args[0] : Value(make_str(s));
}

Value str_removesuffix(const CallArgs& c) {
    exact_one_arg("str.removesuffix", c, 1);
    if (!is_str(c.args[1])) raise_type_error("removesuffix() argument must be str, not " + type_name(c.args[1]));
    std::string_view s = self_str(c)->view(), p = as<StrObject>(c.args[1])->view();
    if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p) {
        return make_str(s.substr(0, s.size() - p.size()));
    }
    return self_str(c)->type == types().str ? c.args[0] : Value(make_str(s));
}

Value str_encode(const CallArgs& c) {
    Value args[2];
    bind_args({"encode", {"encoding", "errors"}, 0}, c, args, 1);
    if (!args[0].empty() && !is_str(args[0])) {
        raise_type_error("encode() argument 'encoding' must be str, not " + type_name(args[0]));
    }
    if (!args[1].empty() && !is_str(args[1])) {
        raise_type_error("encode() argument 'errors' must be str, not " + type_name(args[1]));
    }
    std::string enc = args[0].empty() ? "utf-8" : as<StrObject>(args[0])->utf8();
    std::string err = args[1].empty() ? "strict" : as<StrObject>(args[1])->utf8();
    return make_bytes(encode_text(self_str(c)->view(), enc, err));
}

Value str_translate(const CallArgs& c) {
    exact_one_arg("str.translate", c, 1);
    const Value& table = c.args[1];
    std::string_view s = self_str(c)->view();
    std::string out;
    for (size_t i = 0; i < s.size();) {
        size_t at = i;
        char32_t ch = utf8_decode_at(s, i);
        Value mapped;
        try {
            mapped = getitem(table, Value::small_int(int64_t(ch)));
        } catch (const PyException& e) {
            if (!exception_matches(e.exc, types().LookupError)) throw;
            out.append(s.substr(at, i - at));
            continue;
        }
        if (mapped.is_none()) continue;
        if (is_int(mapped)) {
            int64_t cp = index_value(mapped);
            if (cp < 0 || cp > 0x10FFFF) raise_value_error("character mapping must be in range(0x110000)");
            utf8_append(out, char32_t(cp));
        } else if (is_str(mapped)) {
            out += as<StrObject>(mapped)->view();
        } else {
            raise_type_error("character mapping must return integer, None or str");
        }
    }
    return make_str(std::move(out));
}

Value str_maketrans(const CallArgs& c) {
    unpack_args("maketrans", c, 1, 3, 0);
    Ref<DictObject> d = make_dict();
    if (c.nargs == 1) {
        if (!isinstance(c.args[0], types().dict)) {
            raise_type_error("if you give only one argument to maketrans it must be a dict");
        }
        for (const DictEntry& e : as<DictObject>(c.args[0])->entries) {
            if (e.key.empty()) continue;
            if (is_str(e.key)) {
                if (as<StrObject>(e.key)->length() != 1) {
                    raise_value_error("string keys in translate table must be of length 1");
                }
                d->set(Value::small_int(int64_t(as<StrObject>(e.key)->at(0))), e.value);
            } else if (is_int(e.key)) {
                d->set(e.key, e.value);
            } else {
                raise_type_error("keys in translate table must be strings or integers");
            }
        }
        return d;
    }
    if (!is_str(c.args[0])) raise_type_error("maketrans() argument 1 must be str, not " + type_name(c.args[0]));
    if (!is_str(c.args[1])) raise_type_error("maketrans() argument 2 must be str, not " + type_name(c.args[1]));
    StrObject* x = as<StrObject>(c.args[0]);
    StrObject* y = as<StrObject>(c.args[1]);
    if (x->length() != y->length()) raise_value_error("the first two maketrans arguments must have equal length");
    for (size_t i = 0; i < x->length(); ++i) {
        d->set(Value::small_int(int64_t(x->at(i))), Value::small_int(int64_t(y->at(i))));
    }
    if (c.nargs == 3) {
        if (!is_str(c.args[2])) raise_type_error("maketrans() argument 3 must be str, not " + type_name(c.args[2]));
        StrObject* z = as<StrObject>(c.args[2]);
        for (size_t i = 0; i < z->length(); ++i) d->set(Value::small_int(int64_t(z->at(i))), Value::none());
    }
    return d;
}

// ---- dunders ----

Value str_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    Value args[3];
    bind_args({"str", {"object", "encoding", "errors"}, 0}, c, args, 1);
    if (args[0].empty()) return make_str_instance(cls, "");
    if (args[1].empty() && args[2].empty()) return make_str_instance(cls, str(args[0])->utf8());
    if (!is_bytes_like(args[0])) {
        raise_type_error("decoding to str: need a bytes-like object, " + type_name(args[0]) + " found");
    }
    std::string enc = args[1].empty() ? "utf-8" : str_string(args[1]);
    std::string err = args[2].empty() ? "strict" : str_string(args[2]);
    return make_str_instance(cls, decode_bytes(bytes_view(args[0]), enc, err));
}

Value str_repr(const CallArgs& c) {
    slot_args(c, 0);
    return make_str(str_repr_text(self_str(c)->view()));
}

Value str_str(const CallArgs& c) {
    slot_args(c, 0);
    if (self_str(c)->type == types().str) return c.args[0];
    return make_str(self_str(c)->view());
}

Value str_hash(const CallArgs& c) {
    slot_args(c, 0);
    return Value::small_int(self_str(c)->hash());
}

Value str_len(const CallArgs& c) {
    slot_args(c, 0);
    return Value::small_int(int64_t(self_str(c)->length()));
}

Value str_getitem(const CallArgs& c) {
    slot_args(c, 1);
    StrObject* s = self_str(c);
    const Value& key = c.args[1];
    if (key.is_obj() && key.as_obj()->type == types().slice) {
        int64_t start, stop, step, n;
        slice_indices(*as<SliceObject>(key), int64_t(s->length()), start, stop, step, n);
        if (n <= 0) return intern("");
        if (step == 1) {
            if (n == int64_t(s->length()) && s->type == types().str) return c.args[0];
            size_t b0 = byte_of(s, start), b1 = byte_of(s, start + n);
            return make_str(s->view().substr(b0, b1 - b0));
        }
        std::string out;
        for (int64_t i = 0, j = start; i < n; ++i, j += step) utf8_append(out, s->at(size_t(j)));
        return make_str(std::move(out));
    }
    if (!is_int(key) && lookup_special(key, names().__index__).empty()) {
        raise_type_error("string indices must be integers, not '" + type_name(key) + "'");
    }
    int64_t i = index_value(key);
    if (i < 0) i += int64_t(s->length());
    if (i < 0 || i >= int64_t(s->length())) raise_index_error("string index out of range");
    return str_char(s->at(size_t(i)));
}

Value str_iter(const CallArgs& c) {
    slot_args(c, 0);
    return make_index_iterator(types().str_iterator, c.args[0]);
}

Value str_add(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_str(c.args[1])) return interp().not_implemented;
    return make_str(self_str(c)->utf8() + as<StrObject>(c.args[1])->utf8());
}

Value str_mul(const CallArgs& c) {
    slot_args(c, 1);
    const Value& n_value = c.args[1];
    if (!is_int(n_value) && lookup_special(n_value, names().__index__).empty()) return interp().not_implemented;
    int64_t n = count_arg(n_value);
    StrObject* s = self_str(c);
    if (n <= 0 || s->text.empty()) return intern("");
    if (n == 1 && s->type == types().str) return c.args[0];
    if (s->text.size() * size_t(n) > (size_t(1) << 31)) raise_no_args(types().MemoryError);
    std::string out;
    out.reserve(s->text.size() * size_t(n));
    for (int64_t i = 0; i < n; ++i) out += s->text;
    return make_str(std::move(out));
}

template <CmpOp op>
Value str_compare(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_str(c.args[1])) return interp().not_implemented;
    int r = self_str(c)->text.compare(as<StrObject>(c.args[1])->text);  // UTF-8 order == code point order
    switch (op) {
        case CmpOp::Lt: return Value::boolean(r < 0);
        case CmpOp::Le: return Value::boolean(r <= 0);
        case CmpOp::Eq: return Value::boolean(r == 0);
        case CmpOp::Ne: return Value::boolean(r != 0);
        case CmpOp::Gt: return Value::boolean(r > 0);
        case CmpOp::Ge: return Value::boolean(r >= 0);
    }
    return Value::none();
}

Value str_format_spec(const CallArgs& c) {
    exact_one_arg("str.__format__", c, 1);
    if (!is_str(c.args[1])) raise_type_error("__format__() argument must be str, not " + type_name(c.args[1]));
    return format_value(c.args[0], as<StrObject>(c.args[1])->view());
}

Value str_getnewargs(const CallArgs& c) {
    no_args("str.__getnewargs__", c, 1);
    return make_tuple({make_str(self_str(c)->view())});
}

}  // namespace

void install_str_methods(Interp& in) {
    TypeObject* t = in.types.str;
    add_method(t, "__new__", str_new, NativeKind::StaticMethod);
    add_method(t, "__repr__", str_repr);
    add_method(t, "__str__", str_str);
    add_method(t, "__hash__", str_hash);
    add_method(t, "__len__", str_len);
    add_method(t, "__getitem__", str_getitem);
    add_method(t, "__contains__", str_contains);
    add_method(t, "__iter__", str_iter);
    add_method(t, "__add__", str_add);
    add_method(t, "__mul__", str_mul);
    add_method(t, "__rmul__", str_mul);
    add_method(t, "__lt__", str_compare<CmpOp::Lt>);
    add_method(t, "__le__", str_compare<CmpOp::Le>);
    add_method(t, "__eq__", str_compare<CmpOp::Eq>);
    add_method(t, "__ne__", str_compare<CmpOp::Ne>);
    add_method(t, "__gt__", str_compare<CmpOp::Gt>);
    add_method(t, "__ge__", str_compare<CmpOp::Ge>);
    add_method(t, "__format__", str_format_spec);
    add_method(t, "__getnewargs__", str_getnewargs);
    struct Entry {
        const char* name;
        NativeFn fn;
    };
    const Entry methods[] = {
        {"find", str_find}, {"rfind", str_rfind}, {"index", str_index}, {"rindex", str_rindex},
        {"count", str_count}, {"startswith", str_startswith}, {"endswith", str_endswith},
        {"split", str_split}, {"rsplit", str_rsplit}, {"splitlines", str_splitlines},
        {"partition", str_partition}, {"rpartition", str_rpartition}, {"strip", str_strip},
        {"lstrip", str_lstrip}, {"rstrip", str_rstrip}, {"replace", str_replace}, {"join", str_join},
        {"upper", str_upper}, {"lower", str_lower}, {"casefold", str_casefold}, {"swapcase", str_swapcase},
        {"title", str_title}, {"capitalize", str_capitalize}, {"ljust", str_ljust}, {"rjust", str_rjust},
        {"center", str_center}, {"zfill", str_zfill}, {"expandtabs", str_expandtabs},
        {"isdigit", str_isdigit}, {"isdecimal", str_isdecimal}, {"isnumeric", str_isnumeric},
        {"isalpha", str_isalpha}, {"isalnum", str_isalnum}, {"isspace", str_isspace},
        {"isascii", str_isascii}, {"isprintable", str_isprintable}, {"isupper", str_isupper},
        {"islower", str_islower}, {"istitle", str_istitle}, {"isidentifier", str_isidentifier},
        {"removeprefix", str_removeprefix}, {"removesuffix", str_removesuffix}, {"encode", str_encode},
        {"translate", str_translate},
    };
    for (const Entry& e : methods) add_method(t, e.name, e.fn);
    add_method(t, "maketrans", str_maketrans, NativeKind::StaticMethod);
    install_str_format_methods(in);
}

}  // namespace loopscope::vm
