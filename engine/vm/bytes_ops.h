// bytes and bytearray: immutable and mutable byte strings, their repr (b'...'), the codecs
// loopscope supports (utf-8, ascii, latin-1), and their methods.
#pragma once

#include <string>
#include <string_view>

#include "vm/object.h"

namespace loopscope::vm {

class Interp;
struct DictObject;

// One struct for both types: `type` tells bytes (immutable) from bytearray (mutable).
struct BytesObject : Object {
    explicit BytesObject(std::string d) : data(std::move(d)) {}
    size_t footprint() const override { return sizeof(BytesObject) + data.capacity(); }
    void clear_references() override { instance_dict.reset(); }
    DictObject* attribute_dict(bool create) override;

    std::string data;
    mutable int64_t cached_hash = -1;
    Ref<DictObject> instance_dict;  // instances of user subclasses of bytes
};

Ref<BytesObject> make_bytes(std::string data);
Ref<BytesObject> make_bytearray(std::string data);
bool is_bytes(const Value& v);       // bytes or a subclass
bool is_bytes_like(const Value& v);  // bytes, bytearray
std::string_view bytes_view(const Value& v);  // requires is_bytes_like
// bytes(x): from bytes-like, an iterable of ints in range(256), or __bytes__.
std::string bytes_from_object(const Value& x);
// b'...' with CPython's quote choice and escapes.
std::string bytes_repr(std::string_view data);

// Codecs. `encoding` is normalized ("UTF8", "utf_8" -> utf-8); LookupError
// "unknown encoding: x". errors: "strict", "replace", "ignore" (also "backslashreplace" for
// encoding). Raise UnicodeEncodeError / UnicodeDecodeError with CPython's messages.
std::string encode_text(std::string_view utf8, std::string_view encoding, std::string_view errors);
std::string decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors);

void install_bytes_methods(Interp& in);

}  // namespace loopscope::vm
