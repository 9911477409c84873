// set and frozenset. The table follows CPython's setobject.c probing (linear probes, then
// perturbation) so that iteration order — what print({3, 1, 2}) shows — matches CPython.
#pragma once

#include <cstdint>
#include <vector>

#include "vm/dict.h"
#include "vm/object.h"

namespace loopscope::vm {

struct DictObject;

struct SetEntry {
    int64_t hash = 0;
    Value key;          // Empty => unused slot
    bool dummy = false; // deleted slot
};

struct SetObject : Object {
    void clear_references() override { table.clear(); used = fill = 0; instance_dict.reset(); }
    size_t footprint() const override { return sizeof(SetObject) + table.capacity() * sizeof(SetEntry); }

    DictObject* attribute_dict(bool create) override;

    bool contains(const Value& key);
    bool add(const Value& key);      // false if already present
    bool discard(const Value& key);  // false if absent
    void clear();
    size_t size() const { return used; }

    std::vector<SetEntry> table;  // power-of-two size, or empty
    size_t used = 0;   // active entries
    size_t fill = 0;   // active + dummy
    uint64_t version = 0;
    size_t finger = 0;  // where set.pop() resumes its scan (CPython's so->finger)
    bool frozen = false;
    mutable int64_t cached_hash = -1;  // frozenset only
    Ref<DictObject> instance_dict;
};

Ref<SetObject> make_set();
Ref<SetObject> make_frozenset();

}  // namespace loopscope::vm
