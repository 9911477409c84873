#include "vm/dict.h"

#include "vm/interp.h"
#include "vm/protocol.h"
#include "vm/str.h"

namespace loopscope::vm {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr size_t kMinIndexSize = 8;

bool is_str(const Value& v) { return v.is_obj() && v.as_obj()->type == types().str; }

// Key equality without calling Python for the common key types.
bool keys_match(const Value& stored, int64_t stored_hash, const Value& key, int64_t hash) {
    if (same(stored, key)) return true;
    if (stored_hash != hash) return false;
    if (is_str(stored) && is_str(key)) {
        return str_equal(static_cast<StrObject*>(stored.as_obj()), static_cast<StrObject*>(key.as_obj()));
    }
    return equal(stored, key);
}

size_t round_up_pow2(size_t n) {
    size_t p = kMinIndexSize;
    while (p < n) p <<= 1;
    return p;
}

}  // namespace

Ref<DictObject> make_dict() { return make<DictObject>(types().dict); }

void DictObject::clear_references() {
    entries.clear();
    index_.clear();
    used = 0;
    instance_dict.reset();
}

size_t DictObject::footprint() const {
    return sizeof(DictObject) + entries.capacity() * sizeof(DictEntry) + index_.capacity() * 4;
}

size_t DictObject::lookup_slot(const Value& key, int64_t hash, bool& found) {
    // Open addressing with CPython's perturbation, so every slot is eventually probed.
    size_t mask = index_.size() - 1;
    uint64_t perturb = uint64_t(hash);
    size_t i = size_t(hash) & mask;
    size_t first_free = SIZE_MAX;
    for (;;) {
        int32_t ix = index_[i];
        if (ix == kEmpty) {
            found = false;
            return first_free != SIZE_MAX ? first_free : i;
        }
        if (ix == kDummy) {
            if (first_free == SIZE_MAX) first_free = i;
        } else {
            DictEntry& e = entries[size_t(ix)];
            if (keys_match(e.key, e.hash, key, hash)) {
                found = true;
                return i;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value* DictObject::find(const Value& key) { return find(key, vm::hash(key)); }

Value* DictObject::find(const Value& key, int64_t h) {
    if (used == 0) return nullptr;
    bool found;
    size_t slot = lookup_slot(key, h, found);
    return found ? &entries[size_t(index_[slot])].value : nullptr;
}

Value* DictObject::find_str(StrObject* key) {
    if (used == 0) return nullptr;
    int64_t h = key->hash();
    size_t mask = index_.size() - 1;
    uint64_t perturb = uint64_t(h);
    size_t i = size_t(h) & mask;
    for (;;) {
        int32_t ix = index_[i];
        if (ix == kEmpty) return nullptr;
        if (ix >= 0) {
            DictEntry& e = entries[size_t(ix)];
            if (e.key.is_obj() && e.key.as_obj() == key) return &e.value;
            if (e.hash == h && keys_match(e.key, e.hash, Value::borrowed(key), h)) return &e.value;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

void DictObject::set(const Value& key, Value value) { set(key, vm::hash(key), std::move(value)); }

void DictObject::set_str(StrObject* key, Value value) {
    set(Value::borrowed(key), key->hash(), std::move(value));
}

void DictObject::set(const Value& key, int64_t h, Value value) {
    if (index_.empty()) rebuild(kMinIndexSize);
    bool found;
    size_t slot = lookup_slot(key, h, found);
    if (found) {
        // Replacing keeps the original key object and position, as CPython does.
        entries[size_t(index_[slot])].value = std::move(value);
        return;
    }
    if ((entries.size() + 1) * 3 > index_.size() * 2) {
        rebuild((used + 1) * 3);
        slot = lookup_slot(key, h, found);
    }
    index_[slot] = int32_t(entries.size());
    entries.push_back(DictEntry{h, key, std::move(value)});
    ++used;
    ++version;
}

bool DictObject::erase(const Value& key) { return erase(key, vm::hash(key)); }

bool DictObject::erase(const Value& key, int64_t h, Value* removed_value) {
    if (used == 0) return false;
    bool found;
    size_t slot = lookup_slot(key, h, found);
    if (!found) return false;
    DictEntry& e = entries[size_t(index_[slot])];
    index_[slot] = kDummy;
    // Move out before releasing: dropping the last reference may run arbitrary code.
    Value old_key = std::move(e.key);
    Value old_value = std::move(e.value);
    e.key = Value();
    --used;
    ++version;
    if (removed_value) *removed_value = old_value;
    return true;
}

void DictObject::clear() {
    std::vector<DictEntry> old;
    old.swap(entries);
    index_.clear();
    used = 0;
    ++version;
}

void DictObject::rebuild(size_t min_capacity) {
    // Compacts the dense array (drops deleted entries) and re-indexes it.
    std::vector<DictEntry> live;
    live.reserve(used + 1);
    for (DictEntry& e : entries) {
        if (!e.key.empty()) live.push_back(std::move(e));
    }
    entries.swap(live);
    index_.assign(round_up_pow2(min_capacity), kEmpty);
    size_t mask = index_.size() - 1;
    for (size_t k = 0; k < entries.size(); ++k) {
        uint64_t perturb = uint64_t(entries[k].hash);
        size_t i = size_t(entries[k].hash) & mask;
        while (index_[i] != kEmpty) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        index_[i] = int32_t(k);
    }
}

}  // namespace loopscope::vm
