// int: small ints live inline in Value (Tag::Int); values outside int64 are BigIntObject,
// backed by GMP. Invariant: a BigIntObject never holds a value that fits in int64_t
// (normalize() enforces it), so equal ints always have equal representations.
#pragma once

#include <gmpxx.h>

#include <string>

#include "vm/dict.h"
#include "vm/object.h"

namespace loopscope::vm {

struct BigIntObject : Object {
    explicit BigIntObject(mpz_class v) : value(std::move(v)) {}
    size_t footprint() const override {
        return sizeof(BigIntObject) + mpz_size(value.get_mpz_t()) * sizeof(mp_limb_t);
    }
    void clear_references() override { instance_dict.reset(); }
    DictObject* attribute_dict(bool create) override;

    mpz_class value;
    Ref<DictObject> instance_dict;  // only for instances of user subclasses of int
};

// Normalizing constructors: small results come back inline.
Value make_int(int64_t v);
Value make_int(const mpz_class& v);
Value make_int_from_string(std::string_view digits, int base);  // base 0: literal prefixes; throws ValueError

bool is_int(const Value& v);          // int or bool (bool is an int subclass) or BigInt
bool is_exact_int(const Value& v);    // int or BigInt, not bool
mpz_class to_mpz(const Value& v);     // v is_int
// Returns false if v does not fit in int64 (or is not an int).
bool to_int64(const Value& v, int64_t& out);
std::string int_to_decimal(const Value& v);
int64_t hash_int(const Value& v);      // CPython's: value mod (2**61 - 1), -1 -> -2
double int_to_double(const Value& v);   // raises OverflowError "int too large to convert to float"

}  // namespace loopscope::vm
