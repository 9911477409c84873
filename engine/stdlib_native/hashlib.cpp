// hashlib: md5, sha1, sha256 and sha512 objects (update, digest, hexdigest, copy, name,
// digest_size, block_size) and hashlib.new(name). Students hash passwords and file contents in
// exercises; the digests themselves live in digests.cpp.
#include <memory>

#include "stdlib_native/digests.h"
#include "stdlib_native/stdlib_native.h"
#include "vm/bytes_ops.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/module.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

struct HashObject : Object {
    std::unique_ptr<Digest> digest;
};

HashObject* as_hash(const Value& v) { return static_cast<HashObject*>(v.as_obj()); }

std::string_view data_arg(const Value& v) {
    if (isinstance(v, types().str)) raise_type_error("Strings must be encoded before hashing");
    if (!is_bytes_like(v)) raise_type_error("object supporting the buffer API required");
    return bytes_view(v);
}

TypeObject* hash_type_of_module() {
    Value* mod = interp().modules->find_str(intern("hashlib").get());
    return static_cast<TypeObject*>(getattr(*mod, intern("_HASH").get()).as_obj());
}

Value new_hash(std::unique_ptr<Digest> d, const Value& data) {
    auto h = make<HashObject>(hash_type_of_module());
    h->digest = std::move(d);
    if (!data.empty() && !data.is_none()) h->digest->update(data_arg(data));
    return Value(h);
}

// The `data` (or `string`) argument of the constructors; `usedforsecurity` is accepted and ignored.
Value constructor_data(const char* fname, const CallArgs& a, size_t skip) {
    Value args[3];
    bind_args({fname, {"data", "usedforsecurity", "string"}, 0, 0, true, 1}, a, args, skip);
    return args[0].empty() ? args[2] : args[0];
}

template <const char* Name>
Value named_constructor(const CallArgs& a) {
    return new_hash(make_digest(Name), constructor_data(Name, a, 0));
}

constexpr char kMd5[] = "md5";
constexpr char kSha1[] = "sha1";
constexpr char kSha256[] = "sha256";
constexpr char kSha512[] = "sha512";

Value hashlib_new(const CallArgs& a) {
    Value args[4];
    bind_args({"new", {"name", "data", "usedforsecurity", "string"}, 1, 0, true, 2}, a, args);
    std::string name = arg_str(args[0], "new", 1)->utf8();
    for (char& c : name) c = char(std::tolower(uint8_t(c)));
    std::unique_ptr<Digest> d = make_digest(name);
    if (!d) raise_value_error("unsupported hash type " + name);
    return new_hash(std::move(d), args[1].empty() ? args[3] : args[1]);
}

Value hash_update(const CallArgs& a) {
    exact_one_arg("update", a, 1);
    as_hash(a[0])->digest->update(data_arg(a[1]));
    return Value::none();
}

Value hash_digest(const CallArgs& a) {
    no_args("digest", a, 1);
    return Value(make_bytes(as_hash(a[0])->digest->digest()));
}

Value hash_hexdigest(const CallArgs& a) {
    no_args("hexdigest", a, 1);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char c : as_hash(a[0])->digest->digest()) {
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
    }
    return make_str(std::move(out));
}

Value hash_copy(const CallArgs& a) {
    no_args("copy", a, 1);
    auto h = make<HashObject>(a[0].as_obj()->type);
    h->digest = as_hash(a[0])->digest->clone();
    return Value(h);
}

Value hash_repr(const CallArgs& a) {
    return make_str(std::string("<") + as_hash(a[0])->digest->name() + " _hashlib.HASH object @ 0x" +
                    std::to_string(object_serial(a[0].as_obj())) + ">");
}

Value hash_name(const Value& self) { return make_str(as_hash(self)->digest->name()); }
Value hash_digest_size(const Value& self) { return Value::small_int(int64_t(as_hash(self)->digest->digest_size())); }
Value hash_block_size(const Value& self) { return Value::small_int(int64_t(as_hash(self)->digest->block_size())); }

}  // namespace

Value create_hashlib_module(Interp&) {
    Ref<ModuleObject> m = make_module("hashlib");
    DictObject* d = m->dict.get();
    Ref<TypeObject> t = make_builtin_type("HASH", nullptr, Layout::Native, false);
    t->module = "_hashlib";
    add_method(t.get(), "update", hash_update);
    add_method(t.get(), "digest", hash_digest);
    add_method(t.get(), "hexdigest", hash_hexdigest);
    add_method(t.get(), "copy", hash_copy);
    add_method(t.get(), "__repr__", hash_repr);
    add_getset(t.get(), "name", hash_name);
    add_getset(t.get(), "digest_size", hash_digest_size);
    add_getset(t.get(), "block_size", hash_block_size);
    module_set(d, "_HASH", Value(t));
    module_def(d, "hashlib", "new", hashlib_new);
    module_def(d, "hashlib", "md5", named_constructor<kMd5>);
    module_def(d, "hashlib", "sha1", named_constructor<kSha1>);
    module_def(d, "hashlib", "sha256", named_constructor<kSha256>);
    module_def(d, "hashlib", "sha512", named_constructor<kSha512>);
    Value names = make_tuple({make_str("md5"), make_str("sha1"), make_str("sha256"), make_str("sha512")});
    module_set(d, "algorithms_guaranteed", names);
    module_set(d, "algorithms_available", names);
    return Value(m);
}

}  // namespace loopscope::vm
