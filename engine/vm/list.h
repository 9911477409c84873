// list and tuple: contiguous sequences of Values.
#pragma once

#include <vector>

#include "vm/dict.h"
#include "vm/object.h"

namespace loopscope::vm {

struct DictObject;

struct ListObject : Object {
    ListObject() = default;
    explicit ListObject(std::vector<Value> v) : items(std::move(v)) {}
    void clear_references() override { items.clear(); instance_dict.reset(); }
    size_t footprint() const override { return sizeof(ListObject) + items.capacity() * sizeof(Value); }

    DictObject* attribute_dict(bool create) override;

    std::vector<Value> items;
    Ref<DictObject> instance_dict;  // only for instances of user subclasses of list
};

struct TupleObject : Object {
    TupleObject() = default;
    explicit TupleObject(std::vector<Value> v) : items(std::move(v)) {}
    void clear_references() override { items.clear(); instance_dict.reset(); }
    size_t footprint() const override { return sizeof(TupleObject) + items.capacity() * sizeof(Value); }

    DictObject* attribute_dict(bool create) override;

    std::vector<Value> items;  // invariant: never changes after the tuple is visible to Python
    mutable int64_t cached_hash = -1;
    Ref<DictObject> instance_dict;  // only for instances of user subclasses of tuple (struct_time, ...)
};

Ref<ListObject> make_list(std::vector<Value> items = {});
Ref<TupleObject> make_tuple(std::vector<Value> items = {});
Ref<TupleObject> empty_tuple();

}  // namespace loopscope::vm
