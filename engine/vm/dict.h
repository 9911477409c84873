// dict: insertion-ordered hash map, laid out as CPython's compact dict — a dense array of
// entries in insertion order plus a sparse index table of slots pointing into it.
// Keys are compared by identity first, then by Python equality (which may run user code
// and raise; the dict stays consistent if it does).
#pragma once

#include <cstdint>
#include <vector>

#include "vm/object.h"

namespace loopscope::vm {

struct StrObject;

struct DictEntry {
    int64_t hash;
    Value key;    // Empty => deleted entry (tombstone in the dense array)
    Value value;
};

struct DictObject : Object {
    DictObject() = default;
    void clear_references() override;
    size_t footprint() const override;
    DictObject* attribute_dict(bool create) override;

    // Returns nullptr when absent. May raise (unhashable key, __eq__ raising).
    Value* find(const Value& key);
    Value* find(const Value& key, int64_t hash);
    // Fast path for interned-string keys (attribute and global lookups): identity, then text.
    Value* find_str(StrObject* key);
    void set(const Value& key, Value value);
    void set(const Value& key, int64_t hash, Value value);
    void set_str(StrObject* key, Value value);
    // Returns false when absent.
    bool erase(const Value& key);
    bool erase(const Value& key, int64_t hash, Value* removed_value = nullptr);
    void clear();
    size_t size() const { return used; }

    // Iteration in insertion order: entries with an empty key are deleted ones.
    std::vector<DictEntry> entries;
    size_t used = 0;
    // Bumped on every insertion/deletion of a key: iterators detect "changed size during iteration".
    uint64_t version = 0;
    Ref<DictObject> instance_dict;  // only for instances of user subclasses of dict

private:
    // -1 empty slot, -2 dummy (deleted), else index into `entries`.
    std::vector<int32_t> index_;
    size_t lookup_slot(const Value& key, int64_t hash, bool& found);
    void rebuild(size_t min_capacity);
};

Ref<DictObject> make_dict();

}  // namespace loopscope::vm
