// dict: methods and dunders, following CPython's dictobject.c (messages included).
#include "vm/dict_ops.h"

#include "vm/builtin_types.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/list_ops.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

bool is_dict(const Value& v) { return v.is_obj() && v.as_obj()->type->layout == Layout::Dict; }

std::vector<Value> dict_snapshot(DictObject* d, DictViewKind kind) {
    std::vector<Value> out;
    out.reserve(d->size());
    for (const DictEntry& e : d->entries) {
        if (e.key.empty()) continue;
        if (kind == DictViewKind::Keys) out.push_back(e.key);
        else if (kind == DictViewKind::Values) out.push_back(e.value);
        else out.push_back(make_tuple({e.key, e.value}));
    }
    return out;
}

namespace {

DictObject* self_dict(const CallArgs& c) { return static_cast<DictObject*>(c.args[0].as_obj()); }

void merge_pairs(DictObject* d, const Value& iterable) {
    Value it = get_iter(iterable);
    Value item;
    for (size_t index = 0; next(it, item); ++index) {
        TypeObject* t = type_of(item);
        if (!t->lookup(names().__iter__) && !t->lookup(names().__getitem__)) {
            raise_type_error("cannot convert dictionary update sequence element #" + std::to_string(index) +
                             " to a sequence");
        }
        std::vector<Value> pair = to_vector(item);
        if (pair.size() != 2) {
            raise_value_error("dictionary update sequence element #" + std::to_string(index) + " has length " +
                              std::to_string(pair.size()) + "; 2 is required");
        }
        d->set(pair[0], pair[1]);
    }
}

void update_with_kwargs(DictObject* d, const CallArgs& c) {
    for (size_t i = 0; i < c.nkw; ++i) d->set(c.kwnames[i], c.kwvalues[i]);
}

}  // namespace

void dict_update_from(DictObject* d, const Value& arg) {
    if (arg.is_obj() && arg.as_obj()->type == types().dict) {
        if (arg.as_obj() == d) return;
        std::vector<DictEntry> entries = as<DictObject>(arg)->entries;  // snapshot: __eq__ may mutate
        for (const DictEntry& e : entries) {
            if (!e.key.empty()) d->set(e.key, e.hash, e.value);
        }
        return;
    }
    Value keys_fn = getattr_or_empty(arg, names().keys);
    if (!keys_fn.empty()) {
        for (const Value& key : to_vector(call(keys_fn, {}))) d->set(key, getitem(arg, key));
        return;
    }
    merge_pairs(d, arg);
}

Value dict_subscript(const Value& self, const Value& key) {
    DictObject* d = as<DictObject>(self);
    if (Value* v = d->find(key)) return *v;
    if (d->type != types().dict) {
        Value missing = lookup_special(self, names().__missing__);
        if (!missing.empty()) return call(bind_descriptor(missing, self, d->type), {key});
    }
    raise_key_error(key);
}

namespace {

// ---- construction, repr ----

Value dict_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    return make<DictObject>(cls);
}

Value dict_init(const CallArgs& c) {
    unpack_args("dict", CallArgs{c.args, c.nargs}, 0, 1, 1);
    if (c.nargs == 2) dict_update_from(self_dict(c), c.args[1]);
    update_with_kwargs(self_dict(c), c);
    return Value::none();
}

Value dict_repr(const CallArgs& c) {
    slot_args(c, 0);
    DictObject* d = self_dict(c);
    if (d->size() == 0) return make_str("{}");
    ReprEnter guard(d);
    if (guard.recursive()) return make_str("{...}");
    std::vector<DictEntry> entries = d->entries;  // a repr may mutate the dict
    std::string out = "{";
    bool first = true;
    for (const DictEntry& e : entries) {
        if (e.key.empty()) continue;
        if (!first) out += ", ";
        first = false;
        out += repr(e.key)->view();
        out += ": ";
        out += repr(e.value)->view();
    }
    return make_str(out + "}");
}

// ---- item access ----

Value dict_len(const CallArgs& c) {
    slot_args(c, 0);
    return Value::small_int(int64_t(self_dict(c)->size()));
}

Value dict_getitem(const CallArgs& c) {
    exact_one_arg("dict.__getitem__", c, 1);
    return dict_subscript(c.args[0], c.args[1]);
}

Value dict_setitem(const CallArgs& c) {
    slot_args(c, 2);
    self_dict(c)->set(c.args[1], c.args[2]);
    return Value::none();
}

Value dict_delitem(const CallArgs& c) {
    slot_args(c, 1);
    if (!self_dict(c)->erase(c.args[1])) raise_key_error(c.args[1]);
    return Value::none();
}

Value dict_contains(const CallArgs& c) {
    exact_one_arg("dict.__contains__", c, 1);
    return Value::boolean(self_dict(c)->find(c.args[1]) != nullptr);
}

Value dict_iter(const CallArgs& c) {
    slot_args(c, 0);
    return make_dict_iterator(self_dict(c), DictViewKind::Keys);
}

Value dict_reversed(const CallArgs& c) {
    no_args("dict.__reversed__", c, 1);
    return make_dict_iterator(self_dict(c), DictViewKind::Keys, true);
}

// ---- comparison, | ----

bool dicts_equal(DictObject* a, DictObject* b) {
    if (a->size() != b->size()) return false;
    std::vector<DictEntry> entries = a->entries;
    for (const DictEntry& e : entries) {
        if (e.key.empty()) continue;
        Value* other = b->find(e.key, e.hash);
        if (!other) return false;
        Value bv = *other;  // held: __eq__ may mutate b
        if (!equal(e.value, bv)) return false;
    }
    return true;
}

Value dict_eq(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_dict(c.args[1])) return interp().not_implemented;
    return Value::boolean(dicts_equal(self_dict(c), as<DictObject>(c.args[1])));
}

Value dict_ne(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_dict(c.args[1])) return interp().not_implemented;
    return Value::boolean(!dicts_equal(self_dict(c), as<DictObject>(c.args[1])));
}

Ref<DictObject> copy_dict(DictObject* d) {
    Ref<DictObject> r = make_dict();
    dict_update_from(r.get(), Value(Ref<DictObject>(d)));
    return r;
}

Value dict_or(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_dict(c.args[1])) return interp().not_implemented;
    Ref<DictObject> r = copy_dict(self_dict(c));
    dict_update_from(r.get(), c.args[1]);
    return r;
}

Value dict_ror(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_dict(c.args[1])) return interp().not_implemented;
    Ref<DictObject> r = copy_dict(as<DictObject>(c.args[1]));
    dict_update_from(r.get(), c.args[0]);
    return r;
}

Value dict_ior(const CallArgs& c) {
    slot_args(c, 1);
    dict_update_from(self_dict(c), c.args[1]);
    return c.args[0];
}

// ---- methods ----

Value dict_keys(const CallArgs& c) {
    no_args("dict.keys", c, 1);
    return make_dict_view(self_dict(c), DictViewKind::Keys);
}

Value dict_values(const CallArgs& c) {
    no_args("dict.values", c, 1);
    return make_dict_view(self_dict(c), DictViewKind::Values);
}

Value dict_items(const CallArgs& c) {
    no_args("dict.items", c, 1);
    return make_dict_view(self_dict(c), DictViewKind::Items);
}

Value dict_get(const CallArgs& c) {
    unpack_args("get", c, 1, 2, 1);
    if (Value* v = self_dict(c)->find(c.args[1])) return *v;
    return c.nargs > 2 ? c.args[2] : Value::none();
}

Value dict_setdefault(const CallArgs& c) {
    unpack_args("setdefault", c, 1, 2, 1);
    DictObject* d = self_dict(c);
    int64_t h = hash(c.args[1]);
    if (Value* v = d->find(c.args[1], h)) return *v;
    Value dflt = c.nargs > 2 ? c.args[2] : Value::none();
    d->set(c.args[1], h, dflt);
    return dflt;
}

Value dict_pop(const CallArgs& c) {
    unpack_args("pop", c, 1, 2, 1);
    DictObject* d = self_dict(c);
    Value removed;
    if (d->erase(c.args[1], hash(c.args[1]), &removed)) return removed;
    if (c.nargs > 2) return c.args[2];
    raise_key_error(c.args[1]);
}

Value dict_popitem(const CallArgs& c) {
    no_args("dict.popitem", c, 1);
    DictObject* d = self_dict(c);
    if (d->size() == 0) raise(types().KeyError, "popitem(): dictionary is empty");
    for (size_t i = d->entries.size(); i-- > 0;) {
        if (d->entries[i].key.empty()) continue;
        Value key = d->entries[i].key;
        Value value;
        d->erase(key, d->entries[i].hash, &value);
        return make_tuple({key, value});
    }
    raise(types().KeyError, "popitem(): dictionary is empty");
}

Value dict_copy(const CallArgs& c) {
    no_args("dict.copy", c, 1);
    return copy_dict(self_dict(c));
}

Value dict_clear(const CallArgs& c) {
    no_args("dict.clear", c, 1);
    self_dict(c)->clear();
    return Value::none();
}

Value dict_update(const CallArgs& c) {
    unpack_args("update", CallArgs{c.args, c.nargs}, 0, 1, 1);
    if (c.nargs == 2) dict_update_from(self_dict(c), c.args[1]);
    update_with_kwargs(self_dict(c), c);
    return Value::none();
}

Value dict_fromkeys(const CallArgs& c) {
    unpack_args("fromkeys", c, 1, 2, 1);
    Value cls = c.args[0];
    Value value = c.nargs > 2 ? c.args[2] : Value::none();
    Value d = call(cls, {});
    bool plain = is_dict(d) && type_of(d) == types().dict;
    Value it = get_iter(c.args[1]);
    Value key;
    while (next(it, key)) {
        if (plain) as<DictObject>(d)->set(key, value);
        else setitem(d, key, value);
    }
    return d;
}

}  // namespace

void install_dict_methods(Interp& in) {
    TypeObject* t = in.types.dict;
    add_method(t, "__new__", dict_new, NativeKind::StaticMethod);
    add_method(t, "__init__", dict_init);
    add_method(t, "__repr__", dict_repr);
    add_method(t, "__len__", dict_len);
    add_method(t, "__getitem__", dict_getitem);
    add_method(t, "__setitem__", dict_setitem);
    add_method(t, "__delitem__", dict_delitem);
    add_method(t, "__contains__", dict_contains);
    add_method(t, "__iter__", dict_iter);
    add_method(t, "__reversed__", dict_reversed);
    add_method(t, "__eq__", dict_eq);
    add_method(t, "__ne__", dict_ne);
    add_method(t, "__or__", dict_or);
    add_method(t, "__ror__", dict_ror);
    add_method(t, "__ior__", dict_ior);
    t->dict->set_str(in.names.__hash__, Value::none());
    add_method(t, "keys", dict_keys);
    add_method(t, "values", dict_values);
    add_method(t, "items", dict_items);
    add_method(t, "get", dict_get);
    add_method(t, "setdefault", dict_setdefault);
    add_method(t, "pop", dict_pop);
    add_method(t, "popitem", dict_popitem);
    add_method(t, "copy", dict_copy);
    add_method(t, "clear", dict_clear);
    add_method(t, "update", dict_update);
    add_method(t, "fromkeys", dict_fromkeys, NativeKind::ClassMethod);
    install_dict_views(in);
}

}  // namespace loopscope::vm
