// str: immutable Unicode text stored as UTF-8. Indexing is by code point, as in Python;
// ASCII strings (the common case) index in O(1), others through a lazily built offset table.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vm/dict.h"
#include "vm/object.h"

namespace loopscope::vm {

struct StrObject : Object {
    explicit StrObject(std::string s);

    const std::string& utf8() const { return text; }
    std::string_view view() const { return text; }
    size_t length() const { return code_points; }   // len() in Python
    bool is_ascii() const { return code_points == text.size(); }
    // Byte offset of code point `i` (0 <= i <= length()).
    size_t byte_offset(size_t i) const;
    // Code point at index i.
    char32_t at(size_t i) const;
    // Deterministic hash (CPython's is randomized per process; ours must not be).
    int64_t hash() const { if (cached_hash == -1) cached_hash = compute_hash(); return cached_hash; }

    size_t footprint() const override { return sizeof(StrObject) + text.capacity(); }
    void clear_references() override { instance_dict.reset(); }
    DictObject* attribute_dict(bool create) override;

    std::string text;
    size_t code_points;
    mutable int64_t cached_hash = -1;
    bool interned = false;  // same text => same object when interned (names, attributes)
    Ref<DictObject> instance_dict;  // only for instances of user subclasses of str

private:
    int64_t compute_hash() const;
    mutable std::vector<uint32_t> offsets_;  // every 1st code point's byte offset; non-ASCII only
};

// UTF-8 helpers shared by lexer-independent runtime code.
size_t utf8_length(std::string_view s);
void utf8_append(std::string& out, char32_t cp);
char32_t utf8_decode_at(std::string_view s, size_t& byte_pos);  // advances byte_pos

Ref<StrObject> make_str(std::string s);
Ref<StrObject> make_str(std::string_view s);
Ref<StrObject> make_str(const char* s);
// The interned string for `s`: identical text gives the identical object within a run.
Ref<StrObject> intern(std::string_view s);

bool str_equal(const StrObject* a, const StrObject* b);

}  // namespace loopscope::vm
