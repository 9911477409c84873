#include "vm/str.h"

#include "vm/interp.h"

namespace loopscope::vm {

size_t utf8_length(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

void utf8_append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

char32_t utf8_decode_at(std::string_view s, size_t& pos) {
    unsigned char c = s[pos];
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
    ++pos;
    for (int i = 0; i < extra && pos < s.size(); ++i) cp = (cp << 6) | (s[pos++] & 0x3F);
    return cp;
}

StrObject::StrObject(std::string s) : text(std::move(s)), code_points(utf8_length(text)) {}

size_t StrObject::byte_offset(size_t i) const {
    if (is_ascii()) return i;
    if (i >= code_points) return text.size();
    if (offsets_.empty()) {
        offsets_.reserve(code_points);
        for (size_t b = 0; b < text.size(); ++b) {
            if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) offsets_.push_back(uint32_t(b));
        }
    }
    return offsets_[i];
}

char32_t StrObject::at(size_t i) const {
    if (is_ascii()) return static_cast<unsigned char>(text[i]);
    size_t pos = byte_offset(i);
    return utf8_decode_at(text, pos);
}

int64_t StrObject::compute_hash() const {
    // FNV-1a: deterministic across runs and machines (CPython randomizes; we must not).
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    int64_t r = int64_t(h >> 1);
    return r == -1 ? -2 : r;
}

bool str_equal(const StrObject* a, const StrObject* b) {
    if (a == b) return true;
    if (a->interned && b->interned) return false;
    return a->text == b->text;
}

Ref<StrObject> make_str(std::string s) { return make<StrObject>(types().str, std::move(s)); }
Ref<StrObject> make_str(std::string_view s) { return make_str(std::string(s)); }
Ref<StrObject> make_str(const char* s) { return make_str(std::string(s)); }
Ref<StrObject> intern(std::string_view s) { return interp().intern(s); }

}  // namespace loopscope::vm
