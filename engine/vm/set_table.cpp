// The set hash table, step for step as CPython's Objects/setobject.c: a power-of-two table
// probed LINEAR_PROBES slots linearly, then by perturbation; grown to 4x `used` when 3/5
// full. Iteration walks the table, so the order of {3, 1, 2} is CPython's.
#include <cstdint>

#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/heap.h"
#include "vm/interp.h"
#include "vm/protocol.h"
#include "vm/set_ops.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

bool is_unused(const SetEntry& e) { return e.key.empty() && !e.dummy; }

bool is_exact_str(const Value& v) { return v.is_obj() && v.as_obj()->type == types().str; }

void ensure_table(SetObject* s) {
    if (s->table.empty()) s->table.resize(kMinSize);
}

size_t mask_of(const SetObject* s) { return s->table.size() - 1; }

// Key equality as set_lookkey checks it: identity, exact-str text, then __eq__.
// `restart` is set when __eq__ changed the table under us (CPython restarts the lookup).
bool keys_equal(SetObject* s, size_t slot, const Value& key, bool& restart) {
    const Value start_key = s->table[slot].key;
    if (same(start_key, key)) return true;
    if (is_exact_str(start_key) && is_exact_str(key)) {
        return str_equal(as<StrObject>(start_key), as<StrObject>(key));
    }
    size_t size_before = s->table.size();
    bool eq = equal(start_key, key);
    restart = s->table.size() != size_before || slot >= s->table.size() || !same(s->table[slot].key, start_key);
    return eq;
}

// Slot holding `key`, or the unused slot ending its probe sequence.
size_t lookup(SetObject* s, const Value& key, int64_t hash) {
    for (;;) {
        size_t mask = mask_of(s);
        size_t i = size_t(hash) & mask;
        uint64_t perturb = uint64_t(hash);
        bool restart = false;
        for (;;) {
            size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
            for (size_t j = i;; ++j) {
                const SetEntry& e = s->table[j];
                if (is_unused(e)) return j;
                if (!e.dummy && e.hash == hash) {
                    bool eq = keys_equal(s, j, key, restart);
                    if (restart) break;
                    if (eq) return j;
                }
                if (probes-- == 0) break;
            }
            if (restart) break;
            perturb >>= kPerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
}

void insert_clean(std::vector<SetEntry>& table, const Value& key, int64_t hash) {
    size_t mask = table.size() - 1;
    uint64_t perturb = uint64_t(hash);
    size_t i = size_t(hash) & mask;
    for (;;) {
        if (table[i].key.empty()) {
            table[i].key = key;
            table[i].hash = hash;
            return;
        }
        if (i + kLinearProbes <= mask) {
            for (size_t j = 1; j <= kLinearProbes; ++j) {
                if (table[i + j].key.empty()) {
                    table[i + j].key = key;
                    table[i + j].hash = hash;
                    return;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void charge(SetObject* s, size_t old_slots) {
    int64_t delta = (int64_t(s->table.size()) - int64_t(old_slots)) * int64_t(sizeof(SetEntry));
    if (delta > 0) current_heap().charge(delta);
}

}  // namespace

void set_table_resize(SetObject* s, size_t min_used) {
    size_t new_size = kMinSize;
    while (new_size <= min_used) new_size <<= 1;
    std::vector<SetEntry> old = std::move(s->table);
    s->table.assign(new_size, SetEntry());
    charge(s, old.size());
    // Dummies are dropped: fill becomes used.
    s->fill = s->used;
    for (const SetEntry& e : old) {
        if (!e.key.empty()) insert_clean(s->table, e.key, e.hash);
    }
}

// The key goes to the last dummy (deleted slot) seen on its probe sequence before the first
// never-used slot, or to that never-used slot: what CPython 3.13 does (found by dumping its
// tables). Only a never-used slot counts towards `fill` and may trigger a resize.
bool set_add_entry(SetObject* s, const Value& key, int64_t hash) {
    ensure_table(s);
    for (;;) {
        size_t mask = mask_of(s);
        size_t i = size_t(hash) & mask;
        uint64_t perturb = uint64_t(hash);
        size_t freeslot = SIZE_MAX;
        size_t unused = SIZE_MAX;
        bool restart = false;
        while (unused == SIZE_MAX && !restart) {
            size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
            for (size_t j = i;; ++j) {
                const SetEntry& e = s->table[j];
                if (is_unused(e)) {
                    unused = j;
                    break;
                }
                if (e.dummy) {
                    freeslot = j;
                } else if (e.hash == hash) {
                    bool eq = keys_equal(s, j, key, restart);
                    if (restart) break;
                    if (eq) return false;
                }
                if (probes-- == 0) break;
            }
            perturb >>= kPerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
        if (restart) continue;
        ++s->version;
        ++s->used;
        if (freeslot != SIZE_MAX) {
            SetEntry& e = s->table[freeslot];
            e.key = key;
            e.hash = hash;
            e.dummy = false;
            return true;
        }
        SetEntry& e = s->table[unused];
        e.key = key;
        e.hash = hash;
        ++s->fill;
        if (s->fill * 5 >= mask * 3) set_table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
        return true;
    }
}

bool set_contains_entry(SetObject* s, const Value& key, int64_t hash) {
    if (s->used == 0) return false;
    return !s->table[lookup(s, key, hash)].key.empty();
}

bool set_discard_entry(SetObject* s, const Value& key, int64_t hash) {
    if (s->used == 0) return false;
    size_t slot = lookup(s, key, hash);
    SetEntry& e = s->table[slot];
    if (e.key.empty()) return false;
    Value old = std::move(e.key);  // released after the table is consistent
    e.key = Value();
    e.dummy = true;
    e.hash = -1;
    --s->used;
    ++s->version;
    return true;
}

bool set_next(const SetObject* s, size_t& pos, const SetEntry*& entry) {
    while (pos < s->table.size()) {
        const SetEntry& e = s->table[pos++];
        if (!e.key.empty()) {
            entry = &e;
            return true;
        }
    }
    return false;
}

void set_merge(SetObject* s, SetObject* other) {
    if (other == s || other->used == 0) return;
    ensure_table(s);
    if ((s->fill + other->used) * 5 >= mask_of(s) * 3) set_table_resize(s, (s->used + other->used) * 2);
    ++s->version;
    // Empty target of the same size, no dummies in the source: copy slot for slot.
    if (s->fill == 0 && s->table.size() == other->table.size() && other->fill == other->used) {
        for (size_t i = 0; i < other->table.size(); ++i) {
            if (!other->table[i].key.empty()) {
                s->table[i].key = other->table[i].key;
                s->table[i].hash = other->table[i].hash;
            }
        }
        s->fill = other->fill;
        s->used = other->used;
        return;
    }
    if (s->fill == 0) {
        s->fill = other->used;
        s->used = other->used;
        for (const SetEntry& e : other->table) {
            if (!e.key.empty()) insert_clean(s->table, e.key, e.hash);
        }
        return;
    }
    std::vector<SetEntry> snapshot = other->table;  // __eq__ may mutate `other`
    for (const SetEntry& e : snapshot) {
        if (!e.key.empty()) set_add_entry(s, e.key, e.hash);
    }
}

void set_update_from(SetObject* s, const Value& iterable) {
    if (is_anyset(iterable)) {
        set_merge(s, as<SetObject>(iterable));
        return;
    }
    if (iterable.is_obj() && iterable.as_obj()->type == types().dict) {
        DictObject* d = as<DictObject>(iterable);
        ensure_table(s);
        if ((s->fill + d->size()) * 5 >= mask_of(s) * 3) set_table_resize(s, (s->used + d->size()) * 2);
        std::vector<DictEntry> entries = d->entries;
        for (const DictEntry& e : entries) {
            if (!e.key.empty()) set_add_entry(s, e.key, e.hash);
        }
        return;
    }
    Value it = get_iter(iterable);
    Value item;
    while (next(it, item)) set_add_entry(s, item, hash(item));
}

bool is_anyset(const Value& v) { return v.is_obj() && v.as_obj()->type->layout == Layout::Set; }

// ---- SetObject members (declared in set.h) ----

bool SetObject::contains(const Value& key) { return set_contains_entry(this, key, hash(key)); }
bool SetObject::add(const Value& key) { return set_add_entry(this, key, hash(key)); }
bool SetObject::discard(const Value& key) { return set_discard_entry(this, key, hash(key)); }

void SetObject::clear() {
    std::vector<SetEntry> old = std::move(table);  // released after the set is empty
    table.clear();
    used = fill = 0;
    ++version;
}

Ref<SetObject> make_set() { return make<SetObject>(types().set); }

Ref<SetObject> make_frozenset() {
    Ref<SetObject> s = make<SetObject>(types().frozenset);
    s->frozen = true;
    return s;
}

Ref<SetObject> new_set_from(bool frozen, const Value& iterable) {
    Ref<SetObject> s = frozen ? make_frozenset() : make_set();
    if (!iterable.empty()) set_update_from(s.get(), iterable);
    return s;
}

int64_t frozenset_hash(const SetObject* s) {
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
    uint64_t h = 0;
    for (const SetEntry& e : s->table) {
        if (!e.key.empty()) h ^= shuffle(uint64_t(e.hash));
    }
    h ^= (uint64_t(s->used) + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == uint64_t(-1)) h = 590923713ULL;
    return int64_t(h);
}

}  // namespace loopscope::vm
