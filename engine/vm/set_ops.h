// set and frozenset: the hash table (set_table.cpp, CPython's setobject.c probing and
// resizing, so iteration order matches CPython's) and the methods and operators
// (set_ops.cpp).
#pragma once

#include <cstdint>

#include "vm/object.h"
#include "vm/set.h"

namespace loopscope::vm {

class Interp;
struct DictObject;

// ---- table primitives (known hashes) ----
// Returns false when `key` was already present. May run __eq__ (and raise).
bool set_add_entry(SetObject* s, const Value& key, int64_t hash);
// True when found and removed (the slot becomes a dummy).
bool set_discard_entry(SetObject* s, const Value& key, int64_t hash);
bool set_contains_entry(SetObject* s, const Value& key, int64_t hash);
// Rebuilds the table with the smallest power-of-two size > min_used (at least 8).
void set_table_resize(SetObject* s, size_t min_used);
// Adds every element of `other` (a set or frozenset) as CPython's set_merge does.
void set_merge(SetObject* s, SetObject* other);
// set.update(iterable): sets merge, dicts add their keys, anything else is iterated.
void set_update_from(SetObject* s, const Value& iterable);
// The next active entry at or after `pos` (advanced past it); false at the end.
bool set_next(const SetObject* s, size_t& pos, const SetEntry*& entry);

bool is_anyset(const Value& v);  // set, frozenset or subclasses
// A new set (frozen or not) holding the elements of `iterable` (may be Empty).
Ref<SetObject> new_set_from(bool frozen, const Value& iterable);
// CPython's frozenset hash (independent of order, matches hash(frozenset(...))).
int64_t frozenset_hash(const SetObject* s);

void install_set_methods(Interp& in);

}  // namespace loopscope::vm
