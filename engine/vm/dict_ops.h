// dict behaviour: methods and dunders (dict_ops.cpp), and the keys/values/items views with
// their iterators and set operations (dict_views.cpp).
#pragma once

#include <cstdint>

#include "vm/dict.h"
#include "vm/native.h"
#include "vm/object.h"

namespace loopscope::vm {

class Interp;

enum class DictViewKind : uint8_t { Keys, Values, Items };

// dict_keys / dict_values / dict_items.
struct DictViewObject : Object {
    void clear_references() override { dict.reset(); }
    Ref<DictObject> dict;
    DictViewKind kind = DictViewKind::Keys;
};

// dict_keyiterator & co. (and their reversed forms). Raises RuntimeError "dictionary changed
// size during iteration" / "dictionary keys changed during iteration" as CPython does.
struct DictIterObject : Object {
    void clear_references() override { dict.reset(); }
    Ref<DictObject> dict;   // reset when exhausted
    DictViewKind kind = DictViewKind::Keys;
    bool reverse = false;
    size_t pos = 0;         // next entry index (reverse: one past it)
    size_t used_at_start = 0;
    int64_t remaining = 0;  // items left to yield (catches same-size key replacement)
};

bool is_dict(const Value& v);  // dict or a subclass
Value make_dict_view(DictObject* d, DictViewKind kind);
Value make_dict_iterator(DictObject* d, DictViewKind kind, bool reverse = false);
// dict.update(arg): a dict, a mapping with keys(), or an iterable of pairs (CPython's
// messages for bad elements).
void dict_update_from(DictObject* d, const Value& arg);
// d[key] for dict subclasses too: __missing__ when absent, else KeyError.
Value dict_subscript(const Value& self, const Value& key);
// The entries' keys (or values, or (key, value) tuples) in order: a snapshot.
std::vector<Value> dict_snapshot(DictObject* d, DictViewKind kind);

void install_dict_methods(Interp& in);
void install_dict_views(Interp& in);  // dict_views.cpp

}  // namespace loopscope::vm
