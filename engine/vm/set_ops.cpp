// set and frozenset methods and operators, each built from the table primitives the way
// CPython's setobject.c builds them (which copy is iterated into which decides the order
// the result prints in).
#include "vm/set_ops.h"

#include "vm/builtin_types.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/iterators.h"
#include "vm/list_ops.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

SetObject* self_set(const CallArgs& c) { return static_cast<SetObject*>(c.args[0].as_obj()); }

// A new empty set of the builtin base of `like` (set ops on a frozenset give frozensets).
Ref<SetObject> new_like(const SetObject* like) {
    return like->type->is_subtype_of(types().frozenset) ? make_frozenset() : make_set();
}

Ref<SetObject> copy_of(const SetObject* s) {
    Ref<SetObject> r = new_like(s);
    set_merge(r.get(), const_cast<SetObject*>(s));
    return r;
}

// A set's elements in table order (a snapshot: __eq__/__hash__ may mutate the set).
std::vector<SetEntry> entries_of(const SetObject* s) {
    std::vector<SetEntry> out;
    size_t pos = 0;
    const SetEntry* e;
    while (set_next(s, pos, e)) out.push_back(*e);
    return out;
}

// The hash of a key for lookup: an unhashable set is looked up as the equal frozenset.
int64_t lookup_hash(const Value& key, Value& lookup_key) {
    lookup_key = key;
    if (key.is_obj() && key.as_obj()->type->is_subtype_of(types().set)) {
        lookup_key = new_set_from(true, key);
    }
    return hash(lookup_key);
}

// ---- algebra (CPython's set_intersection, set_difference, ...) ----

Ref<SetObject> intersection(SetObject* so, const Value& other) {
    if (other.is_obj() && other.as_obj() == so) return copy_of(so);
    Ref<SetObject> result = new_like(so);
    if (is_anyset(other)) {
        SetObject* a = so;
        SetObject* b = as<SetObject>(other);
        if (b->used > a->used) std::swap(a, b);  // iterate the smaller one
        for (const SetEntry& e : entries_of(b)) {
            if (set_contains_entry(a, e.key, e.hash)) set_add_entry(result.get(), e.key, e.hash);
        }
        return result;
    }
    Value it = get_iter(other);
    Value key;
    while (next(it, key)) {
        int64_t h = hash(key);
        if (set_contains_entry(so, key, h)) set_add_entry(result.get(), key, h);
    }
    return result;
}

void difference_update(SetObject* so, const Value& other) {
    if (other.is_obj() && other.as_obj() == so) {
        so->clear();
        return;
    }
    if (is_anyset(other)) {
        Ref<SetObject> source(as<SetObject>(other));
        if ((source->used >> 3) > so->used) source = intersection(so, other);
        for (const SetEntry& e : entries_of(source.get())) set_discard_entry(so, e.key, e.hash);
    } else {
        Value it = get_iter(other);
        Value key;
        while (next(it, key)) {
            Value lk;
            int64_t h = lookup_hash(key, lk);
            set_discard_entry(so, lk, h);
        }
    }
    // More than a quarter dummies: squeeze them out.
    if (so->fill - so->used > (so->table.size() - 1) / 4) {
        set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    }
}

Ref<SetObject> difference(SetObject* so, const Value& other) {
    size_t other_size;
    bool other_is_dict = other.is_obj() && other.as_obj()->type == types().dict;
    if (is_anyset(other)) other_size = as<SetObject>(other)->used;
    else if (other_is_dict) other_size = as<DictObject>(other)->size();
    else {
        Ref<SetObject> r = copy_of(so);
        difference_update(r.get(), other);
        return r;
    }
    if ((so->used >> 2) > other_size) {
        Ref<SetObject> r = copy_of(so);
        difference_update(r.get(), other);
        return r;
    }
    Ref<SetObject> result = new_like(so);
    for (const SetEntry& e : entries_of(so)) {
        bool common = other_is_dict ? as<DictObject>(other)->find(e.key, e.hash) != nullptr
                                    : set_contains_entry(as<SetObject>(other), e.key, e.hash);
        if (!common) set_add_entry(result.get(), e.key, e.hash);
    }
    return result;
}

void symmetric_difference_update(SetObject* so, const Value& other) {
    if (other.is_obj() && other.as_obj() == so) {
        so->clear();
        return;
    }
    if (other.is_obj() && other.as_obj()->type == types().dict) {
        std::vector<DictEntry> entries = as<DictObject>(other)->entries;
        for (const DictEntry& e : entries) {
            if (e.key.empty()) continue;
            if (!set_discard_entry(so, e.key, e.hash)) set_add_entry(so, e.key, e.hash);
        }
        return;
    }
    Ref<SetObject> source = is_anyset(other) ? Ref<SetObject>(as<SetObject>(other)) : new_set_from(false, other);
    for (const SetEntry& e : entries_of(source.get())) {
        if (!set_discard_entry(so, e.key, e.hash)) set_add_entry(so, e.key, e.hash);
    }
}

Ref<SetObject> symmetric_difference(SetObject* so, const Value& other) {
    // CPython copies `other` first and folds `so` into it.
    Ref<SetObject> result = new_like(so);
    set_update_from(result.get(), other);
    symmetric_difference_update(result.get(), Value(Ref<SetObject>(so)));
    return result;
}

Ref<SetObject> union_of(SetObject* so, const Value& other) {
    Ref<SetObject> result = copy_of(so);
    set_update_from(result.get(), other);
    return result;
}

bool is_subset(SetObject* a, SetObject* b) {
    if (a->used > b->used) return false;
    for (const SetEntry& e : entries_of(a)) {
        if (!set_contains_entry(b, e.key, e.hash)) return false;
    }
    return true;
}

Ref<SetObject> as_set(const Value& v) {
    if (is_anyset(v)) return Ref<SetObject>(as<SetObject>(v));
    return new_set_from(false, v);
}

// ---- construction, repr ----

Value set_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    Ref<SetObject> s = make<SetObject>(cls);
    s->frozen = cls->is_subtype_of(types().frozenset);
    if (s->frozen) {
        if (c.nkw && cls == types().frozenset) raise_type_error("frozenset() takes no keyword arguments");
        unpack_args("frozenset", c, 0, 1, 1);
        if (c.nargs == 2) {
            if (cls == types().frozenset && c.args[1].is_obj() && c.args[1].as_obj()->type == types().frozenset) {
                return c.args[1];
            }
            set_update_from(s.get(), c.args[1]);
        }
    }
    return s;
}

Value set_init(const CallArgs& c) {
    SetObject* s = self_set(c);
    if (c.nkw && s->type == types().set) raise_type_error("set() takes no keyword arguments");
    unpack_args("set", c, 0, 1, 1);
    if (s->used) s->clear();
    if (c.nargs == 2) set_update_from(s, c.args[1]);
    return Value::none();
}

Value set_repr(const CallArgs& c) {
    slot_args(c, 0);
    SetObject* s = self_set(c);
    bool exact_set = s->type == types().set;
    std::string prefix = exact_set ? "" : s->type->name + "(";
    std::string suffix = exact_set ? "" : ")";
    if (s->used == 0) return make_str(s->type->name + "()");
    ReprEnter guard(s);
    if (guard.recursive()) return make_str(prefix + "{...}" + suffix);
    std::vector<Value> items;
    for (const SetEntry& e : entries_of(s)) items.push_back(e.key);
    return make_str(prefix + "{" + join_reprs(items) + "}" + suffix);
}

Value set_len(const CallArgs& c) {
    slot_args(c, 0);
    return Value::small_int(int64_t(self_set(c)->used));
}

Value set_contains(const CallArgs& c) {
    slot_args(c, 1);
    Value lk;
    int64_t h = lookup_hash(c.args[1], lk);
    return Value::boolean(set_contains_entry(self_set(c), lk, h));
}

struct SetIterObject : Object {
    Ref<SetObject> set;
    size_t pos = 0;
    size_t used_at_start = 0;
    void clear_references() override { set.reset(); }
};

bool set_iternext(Object* self, Value& out) {
    auto* it = static_cast<SetIterObject*>(self);
    if (!it->set) return false;
    if (it->set->used != it->used_at_start) {
        it->used_at_start = size_t(-1);  // stays broken, as CPython's si_used = -1
        raise(types().RuntimeError, "Set changed size during iteration");
    }
    const SetEntry* e;
    if (!set_next(it->set.get(), it->pos, e)) {
        it->set.reset();
        return false;
    }
    out = e->key;
    return true;
}

Value set_iter(const CallArgs& c) {
    slot_args(c, 0);
    Ref<SetIterObject> it = make<SetIterObject>(types().set_iterator);
    it->set = Ref<SetObject>(self_set(c));
    it->used_at_start = self_set(c)->used;
    return it;
}

Value set_hash(const CallArgs& c) {
    slot_args(c, 0);
    SetObject* s = self_set(c);
    if (s->cached_hash == -1) s->cached_hash = frozenset_hash(s);
    return Value::small_int(s->cached_hash);
}

// ---- methods ----

Value set_add(const CallArgs& c) {
    exact_one_arg("set.add", c, 1);
    self_set(c)->add(c.args[1]);
    return Value::none();
}

Value set_discard(const CallArgs& c) {
    exact_one_arg("set.discard", c, 1);
    Value lk;
    int64_t h = lookup_hash(c.args[1], lk);
    set_discard_entry(self_set(c), lk, h);
    return Value::none();
}

Value set_remove(const CallArgs& c) {
    exact_one_arg("set.remove", c, 1);
    Value lk;
    int64_t h = lookup_hash(c.args[1], lk);
    if (!set_discard_entry(self_set(c), lk, h)) raise_key_error(c.args[1]);
    return Value::none();
}

Value set_pop(const CallArgs& c) {
    no_args("set.pop", c, 1);
    SetObject* s = self_set(c);
    if (s->used == 0) raise(types().KeyError, "pop from an empty set");
    size_t mask = s->table.size() - 1;
    size_t i = s->finger & mask;
    while (s->table[i].key.empty()) i = (i + 1) & mask;
    Value key = std::move(s->table[i].key);
    s->table[i].key = Value();
    s->table[i].dummy = true;
    s->table[i].hash = -1;
    --s->used;
    ++s->version;
    s->finger = i + 1;
    return key;
}

Value set_clear(const CallArgs& c) {
    no_args("set.clear", c, 1);
    self_set(c)->clear();
    return Value::none();
}

Value set_copy(const CallArgs& c) {
    no_args("set.copy", c, 1);
    SetObject* s = self_set(c);
    if (s->type == types().frozenset) return c.args[0];
    return copy_of(s);
}

Value set_update(const CallArgs& c) {
    no_kwargs("set.update", c);
    for (size_t i = 1; i < c.nargs; ++i) set_update_from(self_set(c), c.args[i]);
    return Value::none();
}

Value set_union(const CallArgs& c) {
    no_kwargs("set.union", c);
    Ref<SetObject> r = copy_of(self_set(c));
    for (size_t i = 1; i < c.nargs; ++i) set_update_from(r.get(), c.args[i]);
    return r;
}

Value set_intersection(const CallArgs& c) {
    no_kwargs("set.intersection", c);
    if (c.nargs == 1) return copy_of(self_set(c));
    Ref<SetObject> r(self_set(c));
    for (size_t i = 1; i < c.nargs; ++i) r = intersection(r.get(), c.args[i]);
    return r;
}

Value set_intersection_update(const CallArgs& c) {
    no_kwargs("set.intersection_update", c);
    SetObject* s = self_set(c);
    Ref<SetObject> r(s);
    for (size_t i = 1; i < c.nargs; ++i) r = intersection(r.get(), c.args[i]);
    if (r.get() != s) {
        // CPython swaps the bodies: the result keeps the intersection's table layout.
        std::swap(s->table, r->table);
        std::swap(s->used, r->used);
        std::swap(s->fill, r->fill);
        ++s->version;
    }
    return Value::none();
}

Value set_difference(const CallArgs& c) {
    no_kwargs("set.difference", c);
    if (c.nargs == 1) return copy_of(self_set(c));
    Ref<SetObject> r = difference(self_set(c), c.args[1]);
    for (size_t i = 2; i < c.nargs; ++i) difference_update(r.get(), c.args[i]);
    return r;
}

Value set_difference_update(const CallArgs& c) {
    no_kwargs("set.difference_update", c);
    for (size_t i = 1; i < c.nargs; ++i) difference_update(self_set(c), c.args[i]);
    return Value::none();
}

Value set_symmetric_difference(const CallArgs& c) {
    exact_one_arg("set.symmetric_difference", c, 1);
    return symmetric_difference(self_set(c), c.args[1]);
}

Value set_symmetric_difference_update(const CallArgs& c) {
    exact_one_arg("set.symmetric_difference_update", c, 1);
    symmetric_difference_update(self_set(c), c.args[1]);
    return Value::none();
}

Value set_issubset(const CallArgs& c) {
    exact_one_arg("set.issubset", c, 1);
    return Value::boolean(is_subset(self_set(c), as_set(c.args[1]).get()));
}

Value set_issuperset(const CallArgs& c) {
    exact_one_arg("set.issuperset", c, 1);
    SetObject* s = self_set(c);
    if (is_anyset(c.args[1])) return Value::boolean(is_subset(as<SetObject>(c.args[1]), s));
    Value it = get_iter(c.args[1]);
    Value key;
    while (next(it, key)) {
        if (!s->contains(key)) return Value::boolean(false);
    }
    return Value::boolean(true);
}

Value set_isdisjoint(const CallArgs& c) {
    exact_one_arg("set.isdisjoint", c, 1);
    SetObject* s = self_set(c);
    if (is_anyset(c.args[1])) {
        SetObject* a = s;
        SetObject* b = as<SetObject>(c.args[1]);
        if (a->used > b->used) std::swap(a, b);
        for (const SetEntry& e : entries_of(a)) {
            if (set_contains_entry(b, e.key, e.hash)) return Value::boolean(false);
        }
        return Value::boolean(true);
    }
    Value it = get_iter(c.args[1]);
    Value key;
    while (next(it, key)) {
        if (s->contains(key)) return Value::boolean(false);
    }
    return Value::boolean(true);
}

// ---- operators ----

template <Ref<SetObject> (*Op)(SetObject*, const Value&)>
Value set_binary(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_anyset(c.args[1])) return interp().not_implemented;
    return Op(self_set(c), c.args[1]);
}

Value set_ior(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_anyset(c.args[1])) return interp().not_implemented;
    set_update_from(self_set(c), c.args[1]);
    return c.args[0];
}

Value set_iand(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_anyset(c.args[1])) return interp().not_implemented;
    CallArgs inner{c.args, 2};
    set_intersection_update(inner);
    return c.args[0];
}

Value set_isub(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_anyset(c.args[1])) return interp().not_implemented;
    difference_update(self_set(c), c.args[1]);
    return c.args[0];
}

Value set_ixor(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_anyset(c.args[1])) return interp().not_implemented;
    symmetric_difference_update(self_set(c), c.args[1]);
    return c.args[0];
}

template <CmpOp op>
Value set_compare(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_anyset(c.args[1])) return interp().not_implemented;
    SetObject* a = self_set(c);
    SetObject* b = as<SetObject>(c.args[1]);
    switch (op) {
        case CmpOp::Eq: return Value::boolean(a->used == b->used && is_subset(a, b));
        case CmpOp::Ne: return Value::boolean(!(a->used == b->used && is_subset(a, b)));
        case CmpOp::Le: return Value::boolean(is_subset(a, b));
        case CmpOp::Ge: return Value::boolean(is_subset(b, a));
        case CmpOp::Lt: return Value::boolean(a->used < b->used && is_subset(a, b));
        case CmpOp::Gt: return Value::boolean(a->used > b->used && is_subset(b, a));
    }
    return Value::none();
}

void install_common(TypeObject* t) {
    add_method(t, "__new__", set_new, NativeKind::StaticMethod);
    add_method(t, "__repr__", set_repr);
    add_method(t, "__len__", set_len);
    add_method(t, "__contains__", set_contains);
    add_method(t, "__iter__", set_iter);
    add_method(t, "__or__", set_binary<union_of>);
    add_method(t, "__and__", set_binary<intersection>);
    add_method(t, "__sub__", set_binary<difference>);
    add_method(t, "__xor__", set_binary<symmetric_difference>);
    add_method(t, "__lt__", set_compare<CmpOp::Lt>);
    add_method(t, "__le__", set_compare<CmpOp::Le>);
    add_method(t, "__eq__", set_compare<CmpOp::Eq>);
    add_method(t, "__ne__", set_compare<CmpOp::Ne>);
    add_method(t, "__gt__", set_compare<CmpOp::Gt>);
    add_method(t, "__ge__", set_compare<CmpOp::Ge>);
    add_method(t, "copy", set_copy);
    add_method(t, "union", set_union);
    add_method(t, "intersection", set_intersection);
    add_method(t, "difference", set_difference);
    add_method(t, "symmetric_difference", set_symmetric_difference);
    add_method(t, "issubset", set_issubset);
    add_method(t, "issuperset", set_issuperset);
    add_method(t, "isdisjoint", set_isdisjoint);
}

}  // namespace

void install_set_methods(Interp& in) {
    TypeObject* s = in.types.set;
    install_common(s);
    add_method(s, "__init__", set_init);
    s->dict->set_str(in.names.__hash__, Value::none());
    add_method(s, "__ior__", set_ior);
    add_method(s, "__iand__", set_iand);
    add_method(s, "__isub__", set_isub);
    add_method(s, "__ixor__", set_ixor);
    add_method(s, "add", set_add);
    add_method(s, "discard", set_discard);
    add_method(s, "remove", set_remove);
    add_method(s, "pop", set_pop);
    add_method(s, "clear", set_clear);
    add_method(s, "update", set_update);
    add_method(s, "intersection_update", set_intersection_update);
    add_method(s, "difference_update", set_difference_update);
    add_method(s, "symmetric_difference_update", set_symmetric_difference_update);

    TypeObject* f = in.types.frozenset;
    install_common(f);
    add_method(f, "__hash__", set_hash);

    TypeObject* it = in.types.set_iterator;
    it->iternext = set_iternext;
    add_method(it, "__iter__", iter_self_method);
    add_method(it, "__next__", iternext_method);
}

}  // namespace loopscope::vm
