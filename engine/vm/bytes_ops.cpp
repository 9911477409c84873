// bytes and bytearray, and the text codecs (utf-8, ascii, latin-1).
#include "vm/bytes_ops.h"

#include <algorithm>
#include <cstdio>

#include "vm/builtin_types.h"
#include "vm/exception.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/str_ops.h"
#include "vm/type.h"

namespace loopscope::vm {

DictObject* BytesObject::attribute_dict(bool create) {
    if (type->is_builtin) return nullptr;
    if (!instance_dict && create) instance_dict = make_dict();
    return instance_dict.get();
}

Ref<BytesObject> make_bytes(std::string data) { return make<BytesObject>(types().bytes, std::move(data)); }
Ref<BytesObject> make_bytearray(std::string data) { return make<BytesObject>(types().bytearray, std::move(data)); }

bool is_bytes(const Value& v) { return v.is_obj() && v.as_obj()->type->layout == Layout::Bytes; }
bool is_bytes_like(const Value& v) { return is_bytes(v) || (v.is_obj() && v.as_obj()->type == types().bytearray); }
std::string_view bytes_view(const Value& v) { return static_cast<BytesObject*>(v.as_obj())->data; }

namespace {

BytesObject* self_bytes(const CallArgs& c) { return static_cast<BytesObject*>(c.args[0].as_obj()); }
bool is_bytearray(const Value& v) { return v.is_obj() && v.as_obj()->type == types().bytearray; }

// A result of the same kind as the receiver (bytearray methods return bytearrays).
Value same_kind(const CallArgs& c, std::string data) {
    return is_bytearray(c.args[0]) ? Value(make_bytearray(std::move(data))) : Value(make_bytes(std::move(data)));
}

unsigned char byte_value(const Value& v, const char* message = "bytes must be in range(0, 256)") {
    int64_t i = index_value(v);
    if (i < 0 || i > 255) raise_value_error(message);
    return static_cast<unsigned char>(i);
}

std::string_view bytes_arg(const Value& v) {
    if (!is_bytes_like(v)) raise_type_error("a bytes-like object is required, not '" + type_name(v) + "'");
    return bytes_view(v);
}

std::string normalize_encoding(std::string_view name) {
    std::string n;
    for (char c : name) n += (c == '_' || c == ' ') ? '-' : char(std::tolower(static_cast<unsigned char>(c)));
    if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf") return "utf-8";
    if (n == "ascii" || n == "us-ascii" || n == "646") return "ascii";
    if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1") return "latin-1";
    raise(types().LookupError, "unknown encoding: " + std::string(name));
}

std::string hex2(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02x", v);
    return buf;
}

std::string char_escape(char32_t cp) {
    char buf[16];
    if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(cp));
    else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(cp));
    else std::snprintf(buf, sizeof buf, "\\U%08x", unsigned(cp));
    return buf;
}

// Length of a valid UTF-8 sequence at data[i], or 0 with `bad_len` (bytes to report) and
// `reason` set as CPython's decoder reports them.
size_t utf8_sequence(std::string_view d, size_t i, size_t& bad_len, const char*& reason) {
    unsigned char c = static_cast<unsigned char>(d[i]);
    if (c < 0x80) return 1;
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;  // surrogates are invalid
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        bad_len = 1;
        reason = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k <= need; ++k) {
        if (i + k >= d.size()) {
            bad_len = k;
            reason = "unexpected end of data";
            return 0;
        }
        unsigned char cc = static_cast<unsigned char>(d[i + k]);
        unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (cc < l || cc > h) {
            bad_len = k;
            reason = "invalid continuation byte";
            return 0;
        }
    }
    return need + 1;
}

[[noreturn]] void raise_decode_error(const std::string& codec, std::string_view d, size_t pos, size_t len,
                                     const char* reason) {
    std::string msg = "'" + codec + "' codec can't decode ";
    if (len == 1) msg += "byte 0x" + hex2(static_cast<unsigned char>(d[pos])) + " in position " + std::to_string(pos);
    else msg += "bytes in position " + std::to_string(pos) + "-" + std::to_string(pos + len - 1);
    raise(types().UnicodeDecodeError, msg + ": " + reason);
}

}  // namespace

std::string bytes_repr(std::string_view data) {
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (unsigned char c : data) {
        if (c == quote || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c >= 0x7F) out += "\\x" + hex2(c);
        else out += char(c);
    }
    out += quote;
    return out;
}

std::string encode_text(std::string_view s, std::string_view encoding, std::string_view errors) {
    std::string codec = normalize_encoding(encoding);
    if (codec == "utf-8") return std::string(s);
    char32_t limit = codec == "ascii" ? 0x80 : 0x100;
    std::string out;
    size_t index = 0;
    for (size_t i = 0; i < s.size(); ++index) {
        char32_t cp = utf8_decode_at(s, i);
        if (cp < limit) {
            out += char(cp);
        } else if (errors == "replace") {
            out += '?';
        } else if (errors == "ignore") {
        } else if (errors == "backslashreplace") {
            out += char_escape(cp);
        } else {
            raise(types().UnicodeEncodeError, "'" + codec + "' codec can't encode character '" + char_escape(cp) +
                                                  "' in position " + std::to_string(index) +
                                                  ": ordinal not in range(" + (limit == 0x80 ? "128" : "256") + ")");
        }
    }
    return out;
}

std::string decode_bytes(std::string_view d, std::string_view encoding, std::string_view errors) {
    std::string codec = normalize_encoding(encoding);
    std::string out;
    for (size_t i = 0; i < d.size();) {
        unsigned char c = static_cast<unsigned char>(d[i]);
        if (codec == "latin-1") {
            utf8_append(out, c);
            ++i;
            continue;
        }
        size_t bad_len = 0;
        const char* reason = "ordinal not in range(128)";
        size_t n = codec == "ascii" ? (c < 0x80 ? 1 : 0) : utf8_sequence(d, i, bad_len, reason);
        if (codec == "ascii" && n == 0) bad_len = 1;
        if (n) {
            out.append(d.substr(i, n));
            i += n;
            continue;
        }
        if (errors == "replace") out += "\xEF\xBF\xBD";  // U+FFFD
        else if (errors == "backslashreplace") out += "\\x" + hex2(c);
        else if (errors != "ignore") raise_decode_error(codec, d, i, bad_len, reason);
        i += bad_len;  // the bytes CPython reports as one error are skipped together
    }
    return out;
}

std::string bytes_from_object(const Value& x) {
    if (is_bytes_like(x)) return std::string(bytes_view(x));
    if (type_of(x)->is_subtype_of(types().str)) raise_type_error("string argument without an encoding");
    Value hook = lookup_special(x, names().__bytes__);
    if (!hook.empty()) {
        Value r = call(hook, {x});
        if (!is_bytes(r)) raise_type_error("__bytes__ returned non-bytes (type " + type_name(r) + ")");
        return std::string(bytes_view(r));
    }
    if (is_int(x)) {
        int64_t n = index_value(x);
        if (n < 0) raise_value_error("negative count");
        return std::string(size_t(n), '\0');
    }
    if (lookup_special(x, names().__iter__).empty() && lookup_special(x, names().__getitem__).empty()) {
        raise_type_error("cannot convert '" + type_name(x) + "' object to bytes");
    }
    std::string out;
    for (const Value& item : to_vector(x)) out += char(byte_value(item));
    return out;
}

namespace {

// ---- construction, repr ----

std::string construct_data(const CallArgs& c, const char* fname) {
    Value args[3];
    bind_args({fname, {"source", "encoding", "errors"}, 0}, c, args, 1);
    if (args[0].empty()) {
        if (!args[1].empty() || !args[2].empty()) raise_type_error("encoding without a string argument");
        return {};
    }
    if (!args[1].empty() || !args[2].empty()) {
        if (!type_of(args[0])->is_subtype_of(types().str)) {
            raise_type_error("encoding without a string argument");
        }
        std::string enc = args[1].empty() ? "utf-8" : str_string(args[1]);
        std::string err = args[2].empty() ? "strict" : str_string(args[2]);
        return encode_text(as<StrObject>(args[0])->view(), enc, err);
    }
    return bytes_from_object(args[0]);
}

Value bytes_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    return make<BytesObject>(cls, construct_data(c, "bytes"));
}

Value bytearray_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    return make<BytesObject>(cls, std::string());
}

Value bytearray_init(const CallArgs& c) {
    self_bytes(c)->data = construct_data(c, "bytearray");
    return Value::none();
}

Value bytes_repr_method(const CallArgs& c) {
    slot_args(c, 0);
    std::string r = bytes_repr(self_bytes(c)->data);
    if (is_bytearray(c.args[0])) return make_str("bytearray(" + r + ")");
    return make_str(r);
}

Value bytes_str_method(const CallArgs& c) { return bytes_repr_method(c); }

Value bytes_hash(const CallArgs& c) {
    slot_args(c, 0);
    BytesObject* b = self_bytes(c);
    if (b->cached_hash == -1) {
        // FNV-1a like str (CPython's siphash is randomized per process; ours is fixed).
        uint64_t h = 14695981039346656037ull;
        for (unsigned char ch : b->data) h = (h ^ ch) * 1099511628211ull;
        int64_t r = int64_t(h >> 1);
        b->cached_hash = r == -1 ? -2 : r;
    }
    return Value::small_int(b->cached_hash);
}

// ---- sequence protocol ----

Value bytes_len(const CallArgs& c) {
    slot_args(c, 0);
    return Value::small_int(int64_t(self_bytes(c)->data.size()));
}

Value bytes_getitem(const CallArgs& c) {
    exact_one_arg(is_bytearray(c.args[0]) ? "bytearray.__getitem__" : "bytes.__getitem__", c, 1);
    const std::string& d = self_bytes(c)->data;
    const Value& key = c.args[1];
    if (key.is_obj() && key.as_obj()->type == types().slice) {
        int64_t start, stop, step, n;
        slice_indices(*as<SliceObject>(key), int64_t(d.size()), start, stop, step, n);
        std::string out;
        for (int64_t i = 0, j = start; i < n; ++i, j += step) out += d[size_t(j)];
        return same_kind(c, std::move(out));
    }
    if (!is_int(key) && lookup_special(key, names().__index__).empty()) {
        raise_type_error(std::string(is_bytearray(c.args[0]) ? "bytearray" : "byte") +
                         " indices must be integers or slices, not " + type_name(key));
    }
    int64_t i = index_value(key);
    if (i < 0) i += int64_t(d.size());
    if (i < 0 || i >= int64_t(d.size())) {
        raise_index_error(is_bytearray(c.args[0]) ? "bytearray index out of range" : "index out of range");
    }
    return Value::small_int(static_cast<unsigned char>(d[size_t(i)]));
}

Value bytearray_setitem(const CallArgs& c) {
    unpack_args("", c, 2, 2, 1);
    std::string& d = self_bytes(c)->data;
    if (c.args[1].is_obj() && c.args[1].as_obj()->type == types().slice) {
        int64_t start, stop, step, n;
        slice_indices(*as<SliceObject>(c.args[1]), int64_t(d.size()), start, stop, step, n);
        std::string repl = bytes_from_object(c.args[2]);
        if (step == 1) {
            d.replace(size_t(start), size_t(std::max<int64_t>(stop - start, 0)), repl);
            return Value::none();
        }
        if (int64_t(repl.size()) != n) {
            raise_value_error("attempt to assign bytes of size " + std::to_string(repl.size()) +
                              " to extended slice of size " + std::to_string(n));
        }
        for (int64_t i = 0, j = start; i < n; ++i, j += step) d[size_t(j)] = repl[size_t(i)];
        return Value::none();
    }
    int64_t i = index_value(c.args[1]);
    if (i < 0) i += int64_t(d.size());
    if (i < 0 || i >= int64_t(d.size())) raise_index_error("bytearray index out of range");
    d[size_t(i)] = char(byte_value(c.args[2], "byte must be in range(0, 256)"));
    return Value::none();
}

Value bytes_contains(const CallArgs& c) {
    slot_args(c, 1);
    const std::string& d = self_bytes(c)->data;
    if (is_int(c.args[1])) return Value::boolean(d.find(char(byte_value(c.args[1], "byte must be in range(0, 256)"))) != std::string::npos);
    return Value::boolean(d.find(bytes_arg(c.args[1])) != std::string::npos);
}

Value bytes_iter(const CallArgs& c) {
    slot_args(c, 0);
    return make_index_iterator(extra_types().bytes_iterator, c.args[0]);
}

Value bytes_add(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_bytes_like(c.args[1])) {
        raise_type_error("can't concat " + type_name(c.args[1]) + " to " + type_name(c.args[0]));
    }
    return same_kind(c, self_bytes(c)->data + std::string(bytes_view(c.args[1])));
}

Value bytes_mul(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_int(c.args[1]) && lookup_special(c.args[1], names().__index__).empty()) return interp().not_implemented;
    int64_t n = count_arg(c.args[1]);
    const std::string& d = self_bytes(c)->data;
    std::string out;
    if (n > 0) {
        if (d.size() * size_t(n) > (size_t(1) << 31)) raise_no_args(types().MemoryError);
        out.reserve(d.size() * size_t(n));
        for (int64_t i = 0; i < n; ++i) out += d;
    }
    return same_kind(c, std::move(out));
}

template <CmpOp op>
Value bytes_compare(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_bytes_like(c.args[1])) return interp().not_implemented;
    int r = self_bytes(c)->data.compare(bytes_view(c.args[1]));
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

// ---- methods ----

Value bytes_decode(const CallArgs& c) {
    Value args[2];
    bind_args({"decode", {"encoding", "errors"}, 0}, c, args, 1);
    std::string enc = args[0].empty() ? "utf-8" : str_string(args[0]);
    std::string err = args[1].empty() ? "strict" : str_string(args[1]);
    return make_str(decode_bytes(self_bytes(c)->data, enc, err));
}

Value bytes_join(const CallArgs& c) {
    exact_one_arg("bytes.join", c, 1);
    const std::string& sep = self_bytes(c)->data;
    std::string out;
    size_t i = 0;
    for (const Value& item : to_vector(c.args[1])) {
        if (!is_bytes_like(item)) {
            raise_type_error("sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                             type_name(item) + " found");
        }
        if (i++) out += sep;
        out += bytes_view(item);
    }
    return same_kind(c, std::move(out));
}

Value bytes_hex(const CallArgs& c) {
    Value args[2];
    bind_args({"hex", {"sep", "bytes_per_sep"}, 0}, c, args, 1);
    std::string sep = args[0].empty() ? "" : (is_bytes_like(args[0]) ? std::string(bytes_view(args[0])) : str_string(args[0]));
    std::string out;
    const std::string& d = self_bytes(c)->data;
    for (size_t i = 0; i < d.size(); ++i) {
        if (i && !sep.empty()) out += sep;
        out += hex2(static_cast<unsigned char>(d[i]));
    }
    return make_str(out);
}

Value bytes_fromhex(const CallArgs& c) {
    exact_one_arg("fromhex", c, 1);
    std::string_view s = arg_str(c.args[1], "fromhex", 1)->view();
    std::string out;
    for (size_t i = 0; i < s.size();) {
        if (s[i] == ' ') {
            ++i;
            continue;
        }
        auto nibble = [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)) ? std::stoi(std::string(1, ch), nullptr, 16) : -1; };
        int hi = nibble(s[i]), lo = i + 1 < s.size() ? nibble(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            raise_value_error("non-hexadecimal number found in fromhex() arg at position " +
                              std::to_string(hi < 0 ? i : i + 1));
        }
        out += char(hi * 16 + lo);
        i += 2;
    }
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    return make<BytesObject>(cls, std::move(out));
}

// Byte methods that mirror str methods on ASCII data: run the str implementation on a
// latin-1 view and convert back. Keeps one implementation of split/strip/find/...
Value via_str(const CallArgs& c, const char* method) {
    auto to_str = [](const Value& v) -> Value {
        if (!is_bytes_like(v)) return v;
        return make_str(decode_bytes(bytes_view(v), "latin-1", "strict"));
    };
    std::vector<Value> args;
    for (size_t i = 0; i < c.nargs; ++i) {
        if (i > 0 && !is_bytes_like(c.args[i]) && !is_int(c.args[i]) && !c.args[i].is_none() &&
            !isinstance(c.args[i], types().tuple)) {
            raise_type_error("a bytes-like object is required, not '" + type_name(c.args[i]) + "'");
        }
        if (isinstance(c.args[i], types().tuple)) {
            std::vector<Value> items;
            for (const Value& item : as<TupleObject>(c.args[i])->items) items.push_back(to_str(item));
            args.push_back(make_tuple(std::move(items)));
        } else {
            args.push_back(to_str(c.args[i]));
        }
    }
    std::vector<Value> kwvalues;
    for (size_t i = 0; i < c.nkw; ++i) kwvalues.push_back(to_str(c.kwvalues[i]));
    CallArgs sc{args.data(), args.size(), c.kwnames, kwvalues.data(), c.nkw};
    Value* fn = types().str->dict->find_str(intern(method).get());
    Value r = call(*fn, sc);
    auto back = [&](const Value& v) -> Value {
        if (!isinstance(v, types().str)) return v;
        return same_kind(c, encode_text(as<StrObject>(v)->view(), "latin-1", "strict"));
    };
    if (isinstance(r, types().list)) {
        for (Value& item : as<ListObject>(r)->items) item = back(item);
        return r;
    }
    if (isinstance(r, types().tuple)) {
        std::vector<Value> items;
        for (const Value& item : as<TupleObject>(r)->items) items.push_back(back(item));
        return make_tuple(std::move(items));
    }
    return back(r);
}

#define LS_BYTES_VIA_STR(name) \
    Value bytes_##name(const CallArgs& c) { return via_str(c, #name); }
LS_BYTES_VIA_STR(split)
LS_BYTES_VIA_STR(rsplit)
LS_BYTES_VIA_STR(splitlines)
LS_BYTES_VIA_STR(partition)
LS_BYTES_VIA_STR(rpartition)
LS_BYTES_VIA_STR(strip)
LS_BYTES_VIA_STR(lstrip)
LS_BYTES_VIA_STR(rstrip)
LS_BYTES_VIA_STR(replace)
LS_BYTES_VIA_STR(find)
LS_BYTES_VIA_STR(rfind)
LS_BYTES_VIA_STR(index)
LS_BYTES_VIA_STR(rindex)
LS_BYTES_VIA_STR(count)
LS_BYTES_VIA_STR(startswith)
LS_BYTES_VIA_STR(endswith)
LS_BYTES_VIA_STR(center)
LS_BYTES_VIA_STR(ljust)
LS_BYTES_VIA_STR(rjust)
LS_BYTES_VIA_STR(zfill)
LS_BYTES_VIA_STR(removeprefix)
LS_BYTES_VIA_STR(removesuffix)
LS_BYTES_VIA_STR(expandtabs)
#undef LS_BYTES_VIA_STR

// ---- ASCII-only classification and case mapping ----
// bytes methods see only ASCII letters/digits (b'\xe9'.isalpha() is False, b'\xe9'.upper()
// is unchanged), so they cannot go through str's Unicode tables.
bool ascii_upper(unsigned char ch) { return ch >= 'A' && ch <= 'Z'; }
bool ascii_lower(unsigned char ch) { return ch >= 'a' && ch <= 'z'; }
bool ascii_alpha(unsigned char ch) { return ascii_upper(ch) || ascii_lower(ch); }
bool ascii_digit(unsigned char ch) { return ch >= '0' && ch <= '9'; }
bool ascii_space(unsigned char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }
unsigned char to_upper(unsigned char ch) { return ascii_lower(ch) ? ch - 32 : ch; }
unsigned char to_lower(unsigned char ch) { return ascii_upper(ch) ? ch + 32 : ch; }

// True when the data is non-empty and every byte satisfies `pred`.
template <bool (*pred)(unsigned char)>
Value all_bytes(const CallArgs& c, const char* display) {
    no_args(display, c, 1);
    std::string_view d = self_bytes(c)->data;
    if (d.empty()) return Value::boolean(false);
    for (unsigned char ch : d) {
        if (!pred(ch)) return Value::boolean(false);
    }
    return Value::boolean(true);
}
bool ascii_alnum(unsigned char ch) { return ascii_alpha(ch) || ascii_digit(ch); }
Value bytes_isdigit(const CallArgs& c) { return all_bytes<ascii_digit>(c, "bytes.isdigit"); }
Value bytes_isalpha(const CallArgs& c) { return all_bytes<ascii_alpha>(c, "bytes.isalpha"); }
Value bytes_isalnum(const CallArgs& c) { return all_bytes<ascii_alnum>(c, "bytes.isalnum"); }
Value bytes_isspace(const CallArgs& c) { return all_bytes<ascii_space>(c, "bytes.isspace"); }

Value bytes_isascii(const CallArgs& c) {
    no_args("bytes.isascii", c, 1);
    for (unsigned char ch : self_bytes(c)->data) {
        if (ch >= 0x80) return Value::boolean(false);
    }
    return Value::boolean(true);
}

// isupper/islower: at least one cased byte, and none of the other case.
template <bool (*want)(unsigned char), bool (*reject)(unsigned char)>
Value cased_bytes(const CallArgs& c, const char* display) {
    no_args(display, c, 1);
    bool cased = false;
    for (unsigned char ch : self_bytes(c)->data) {
        if (reject(ch)) return Value::boolean(false);
        cased = cased || want(ch);
    }
    return Value::boolean(cased);
}
Value bytes_isupper(const CallArgs& c) { return cased_bytes<ascii_upper, ascii_lower>(c, "bytes.isupper"); }
Value bytes_islower(const CallArgs& c) { return cased_bytes<ascii_lower, ascii_upper>(c, "bytes.islower"); }

// Title case: uppercase bytes only start words, lowercase bytes only continue them.
Value bytes_istitle(const CallArgs& c) {
    no_args("bytes.istitle", c, 1);
    bool cased = false, previous_cased = false;
    for (unsigned char ch : self_bytes(c)->data) {
        if (ascii_upper(ch)) {
            if (previous_cased) return Value::boolean(false);
            previous_cased = cased = true;
        } else if (ascii_lower(ch)) {
            if (!previous_cased) return Value::boolean(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return Value::boolean(cased);
}

template <typename Map>
Value map_bytes(const CallArgs& c, const char* display, Map map) {
    no_args(display, c, 1);
    std::string d = self_bytes(c)->data;
    map(d);
    return same_kind(c, std::move(d));
}
Value bytes_upper(const CallArgs& c) {
    return map_bytes(c, "bytes.upper", [](std::string& d) { for (char& ch : d) ch = char(to_upper(ch)); });
}
Value bytes_lower(const CallArgs& c) {
    return map_bytes(c, "bytes.lower", [](std::string& d) { for (char& ch : d) ch = char(to_lower(ch)); });
}
Value bytes_swapcase(const CallArgs& c) {
    return map_bytes(c, "bytes.swapcase", [](std::string& d) {
        for (char& ch : d) ch = char(ascii_upper(ch) ? to_lower(ch) : to_upper(ch));
    });
}
Value bytes_capitalize(const CallArgs& c) {
    return map_bytes(c, "bytes.capitalize", [](std::string& d) {
        for (size_t i = 0; i < d.size(); ++i) d[i] = char(i == 0 ? to_upper(d[i]) : to_lower(d[i]));
    });
}
Value bytes_title(const CallArgs& c) {
    return map_bytes(c, "bytes.title", [](std::string& d) {
        bool previous_cased = false;
        for (char& ch : d) {
            ch = char(previous_cased ? to_lower(ch) : to_upper(ch));
            previous_cased = ascii_alpha(ch);
        }
    });
}

// bytes.maketrans(frm, to): a 256-byte table mapping each byte of frm to the byte of to.
Value bytes_maketrans(const CallArgs& c) {
    unpack_args("maketrans", c, 2, 2, 0);
    std::string_view from = bytes_arg(c.args[0]);
    std::string_view to = bytes_arg(c.args[1]);
    if (from.size() != to.size()) raise_value_error("maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
    for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
    return make_bytes(std::move(table));
}

// translate(table, /, delete=b''): table is None (no mapping) or 256 bytes.
Value bytes_translate(const CallArgs& c) {
    Value args[2];
    bind_args({"translate", {"table", "delete"}, 1, 1}, c, args, 1);
    std::string_view table;
    if (!args[0].is_none()) {
        table = bytes_arg(args[0]);
        if (table.size() != 256) raise_value_error("translation table must be 256 characters long");
    }
    std::string_view remove = args[1].empty() ? std::string_view() : bytes_arg(args[1]);
    std::string out;
    for (char ch : self_bytes(c)->data) {
        if (remove.find(ch) != std::string_view::npos) continue;
        out += table.empty() ? ch : table[static_cast<unsigned char>(ch)];
    }
    return same_kind(c, std::move(out));
}

// b'%d' % x: formatted as text over a latin-1 view; bytes arguments stand for themselves.
Value bytes_mod(const CallArgs& c) {
    slot_args(c, 1);
    auto convert = [](const Value& v) -> Value {
        if (is_bytes_like(v)) return make_str(decode_bytes(bytes_view(v), "latin-1", "strict"));
        if (v.is_obj() && v.as_obj()->type->is_subtype_of(types().str)) {
            raise_type_error("%b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
        }
        return v;
    };
    Value values = c.args[1];
    if (isinstance(values, types().tuple)) {
        std::vector<Value> items;
        for (const Value& v : as<TupleObject>(values)->items) items.push_back(convert(v));
        values = make_tuple(std::move(items));
    } else if (!isinstance(values, types().dict)) {
        values = convert(values);
    }
    std::string text = percent_format(decode_bytes(self_bytes(c)->data, "latin-1", "strict"), values);
    return same_kind(c, encode_text(text, "latin-1", "strict"));
}

// ---- bytearray mutation ----

Value bytearray_append(const CallArgs& c) {
    exact_one_arg("bytearray.append", c, 1);
    self_bytes(c)->data += char(byte_value(c.args[1], "byte must be in range(0, 256)"));
    return Value::none();
}

Value bytearray_extend(const CallArgs& c) {
    exact_one_arg("bytearray.extend", c, 1);
    self_bytes(c)->data += bytes_from_object(c.args[1]);
    return Value::none();
}

Value bytearray_iadd(const CallArgs& c) {
    slot_args(c, 1);
    self_bytes(c)->data += bytes_arg(c.args[1]);
    return c.args[0];
}

Value bytearray_pop(const CallArgs& c) {
    unpack_args("pop", c, 0, 1, 1);
    std::string& d = self_bytes(c)->data;
    if (d.empty()) raise_index_error("pop from empty bytearray");
    int64_t i = c.nargs > 1 ? index_value(c.args[1]) : -1;
    if (i < 0) i += int64_t(d.size());
    if (i < 0 || i >= int64_t(d.size())) raise_index_error("pop index out of range");
    unsigned char v = static_cast<unsigned char>(d[size_t(i)]);
    d.erase(size_t(i), 1);
    return Value::small_int(v);
}

Value bytearray_remove(const CallArgs& c) {
    exact_one_arg("bytearray.remove", c, 1);
    std::string& d = self_bytes(c)->data;
    size_t at = d.find(char(byte_value(c.args[1], "byte must be in range(0, 256)")));
    if (at == std::string::npos) raise_value_error("value not found in bytearray");
    d.erase(at, 1);
    return Value::none();
}

Value bytearray_clear(const CallArgs& c) {
    no_args("bytearray.clear", c, 1);
    self_bytes(c)->data.clear();
    return Value::none();
}

Value bytearray_copy(const CallArgs& c) {
    no_args("bytearray.copy", c, 1);
    return make_bytearray(self_bytes(c)->data);
}

Value bytearray_reverse(const CallArgs& c) {
    no_args("bytearray.reverse", c, 1);
    std::reverse(self_bytes(c)->data.begin(), self_bytes(c)->data.end());
    return Value::none();
}

Value bytearray_insert(const CallArgs& c) {
    unpack_args("insert", c, 2, 2, 1);
    std::string& d = self_bytes(c)->data;
    int64_t i = index_value(c.args[1]);
    int64_t n = int64_t(d.size());
    if (i < 0) i = std::max<int64_t>(i + n, 0);
    if (i > n) i = n;
    d.insert(size_t(i), 1, char(byte_value(c.args[2], "byte must be in range(0, 256)")));
    return Value::none();
}

Value bytes_getnewargs(const CallArgs& c) {
    no_args("bytes.__getnewargs__", c, 1);
    return make_tuple({make_bytes(self_bytes(c)->data)});
}

void install_shared(TypeObject* t) {
    add_method(t, "__repr__", bytes_repr_method);
    add_method(t, "__str__", bytes_str_method);
    add_method(t, "__len__", bytes_len);
    add_method(t, "__getitem__", bytes_getitem);
    add_method(t, "__contains__", bytes_contains);
    add_method(t, "__iter__", bytes_iter);
    add_method(t, "__add__", bytes_add);
    add_method(t, "__mul__", bytes_mul);
    add_method(t, "__rmul__", bytes_mul);
    add_method(t, "__mod__", bytes_mod);
    add_method(t, "__lt__", bytes_compare<CmpOp::Lt>);
    add_method(t, "__le__", bytes_compare<CmpOp::Le>);
    add_method(t, "__eq__", bytes_compare<CmpOp::Eq>);
    add_method(t, "__ne__", bytes_compare<CmpOp::Ne>);
    add_method(t, "__gt__", bytes_compare<CmpOp::Gt>);
    add_method(t, "__ge__", bytes_compare<CmpOp::Ge>);
    add_method(t, "decode", bytes_decode);
    add_method(t, "join", bytes_join);
    add_method(t, "hex", bytes_hex);
    add_method(t, "fromhex", bytes_fromhex, NativeKind::ClassMethod);
#define LS_ADD(name) add_method(t, #name, bytes_##name);
    LS_ADD(split) LS_ADD(rsplit) LS_ADD(splitlines) LS_ADD(partition) LS_ADD(rpartition)
    LS_ADD(strip) LS_ADD(lstrip) LS_ADD(rstrip) LS_ADD(replace) LS_ADD(find) LS_ADD(rfind)
    LS_ADD(index) LS_ADD(rindex) LS_ADD(count) LS_ADD(startswith) LS_ADD(endswith)
    LS_ADD(upper) LS_ADD(lower) LS_ADD(title) LS_ADD(capitalize) LS_ADD(swapcase)
    LS_ADD(isdigit) LS_ADD(isalpha) LS_ADD(isalnum) LS_ADD(isspace) LS_ADD(isupper)
    LS_ADD(islower) LS_ADD(center) LS_ADD(ljust) LS_ADD(rjust) LS_ADD(zfill)
    LS_ADD(removeprefix) LS_ADD(removesuffix) LS_ADD(expandtabs) LS_ADD(isascii) LS_ADD(istitle)
    LS_ADD(translate)
#undef LS_ADD
    add_method(t, "maketrans", bytes_maketrans, NativeKind::StaticMethod);
}

bool bytes_iternext(Object* self, Value& out) {
    auto* it = static_cast<IndexIteratorObject*>(self);
    if (it->seq.empty()) return false;
    const std::string& d = static_cast<BytesObject*>(it->seq.as_obj())->data;
    if (it->index >= d.size()) {
        it->seq = Value();
        return false;
    }
    out = Value::small_int(static_cast<unsigned char>(d[it->index++]));
    return true;
}

}  // namespace

void install_bytes_methods(Interp& in) {
    TypeObject* b = in.types.bytes;
    install_shared(b);
    add_method(b, "__new__", bytes_new, NativeKind::StaticMethod);
    add_method(b, "__hash__", bytes_hash);
    add_method(b, "__getnewargs__", bytes_getnewargs);

    TypeObject* ba = in.types.bytearray;
    install_shared(ba);
    ba->dict->set_str(in.names.__hash__, Value::none());
    add_method(ba, "__new__", bytearray_new, NativeKind::StaticMethod);
    add_method(ba, "__init__", bytearray_init);
    add_method(ba, "__setitem__", bytearray_setitem);
    add_method(ba, "__iadd__", bytearray_iadd);
    add_method(ba, "append", bytearray_append);
    add_method(ba, "extend", bytearray_extend);
    add_method(ba, "pop", bytearray_pop);
    add_method(ba, "clear", bytearray_clear);
    add_method(ba, "remove", bytearray_remove);
    add_method(ba, "copy", bytearray_copy);
    add_method(ba, "reverse", bytearray_reverse);
    add_method(ba, "insert", bytearray_insert);

    extra_types().bytes_iterator->iternext = bytes_iternext;
}

}  // namespace loopscope::vm
