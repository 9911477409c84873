// dict views (keys/values/items) and dict iterators, with the set operations of keys and
// items views built as CPython's dictobject.c builds them.
#include "vm/builtin_types.h"
#include "vm/dict_ops.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/list_ops.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/set_ops.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

TypeObject* view_type(DictViewKind kind) {
    Types& t = types();
    return kind == DictViewKind::Keys ? t.dict_keys : kind == DictViewKind::Values ? t.dict_values : t.dict_items;
}

TypeObject* iter_type(DictViewKind kind, bool reverse) {
    Types& t = types();
    ExtraTypes& x = extra_types();
    switch (kind) {
        case DictViewKind::Keys: return reverse ? x.dict_reversekeyiterator : t.dict_keyiterator;
        case DictViewKind::Values: return reverse ? x.dict_reversevalueiterator : t.dict_valueiterator;
        case DictViewKind::Items: return reverse ? x.dict_reverseitemiterator : t.dict_itemiterator;
    }
    return nullptr;
}

}  // namespace

Value make_dict_view(DictObject* d, DictViewKind kind) {
    Ref<DictViewObject> v = make<DictViewObject>(view_type(kind));
    v->dict = Ref<DictObject>(d);
    v->kind = kind;
    return v;
}

Value make_dict_iterator(DictObject* d, DictViewKind kind, bool reverse) {
    Ref<DictIterObject> it = make<DictIterObject>(iter_type(kind, reverse));
    it->dict = Ref<DictObject>(d);
    it->kind = kind;
    it->reverse = reverse;
    it->pos = reverse ? d->entries.size() : 0;
    it->used_at_start = d->size();
    it->remaining = int64_t(d->size());
    return it;
}

namespace {

DictViewObject* self_view(const CallArgs& c) { return static_cast<DictViewObject*>(c.args[0].as_obj()); }

bool dict_iternext(Object* self, Value& out) {
    auto* it = static_cast<DictIterObject*>(self);
    if (!it->dict) return false;
    DictObject* d = it->dict.get();
    if (d->size() != it->used_at_start) {
        it->used_at_start = size_t(-1);  // sticky, as CPython's di_used = -1
        raise(types().RuntimeError, "dictionary changed size during iteration");
    }
    const DictEntry* e = nullptr;
    if (it->reverse) {
        while (it->pos > 0 && it->pos <= d->entries.size()) {
            const DictEntry& cand = d->entries[--it->pos];
            if (!cand.key.empty()) {
                e = &cand;
                break;
            }
        }
    } else {
        while (it->pos < d->entries.size()) {
            const DictEntry& cand = d->entries[it->pos++];
            if (!cand.key.empty()) {
                e = &cand;
                break;
            }
        }
    }
    if (!e) {
        it->dict.reset();
        return false;
    }
    if (it->remaining == 0) {
        it->dict.reset();
        raise(types().RuntimeError, "dictionary keys changed during iteration");
    }
    --it->remaining;
    if (it->kind == DictViewKind::Keys) out = e->key;
    else if (it->kind == DictViewKind::Values) out = e->value;
    else out = make_tuple({e->key, e->value});
    return true;
}

Value dictiter_length_hint(const CallArgs& c) {
    no_args("__length_hint__", c, 1);
    auto* it = static_cast<DictIterObject*>(c.args[0].as_obj());
    return Value::small_int(it->dict && it->dict->size() == it->used_at_start ? it->remaining : 0);
}

// ---- views ----

Value view_len(const CallArgs& c) {
    slot_args(c, 0);
    return Value::small_int(int64_t(self_view(c)->dict->size()));
}

Value view_iter(const CallArgs& c) {
    slot_args(c, 0);
    return make_dict_iterator(self_view(c)->dict.get(), self_view(c)->kind);
}

Value view_reversed(const CallArgs& c) {
    no_args("__reversed__", c, 1);
    return make_dict_iterator(self_view(c)->dict.get(), self_view(c)->kind, true);
}

bool items_contain(DictObject* d, const Value& item) {
    if (!isinstance(item, types().tuple) || as<TupleObject>(item)->items.size() != 2) return false;
    const auto& pair = as<TupleObject>(item)->items;
    Value* v = d->find(pair[0]);
    if (!v) return false;
    Value found = *v;
    return equal(found, pair[1]);
}

bool view_contains_value(DictViewObject* v, const Value& item) {
    switch (v->kind) {
        case DictViewKind::Keys: return v->dict->find(item) != nullptr;
        case DictViewKind::Items: return items_contain(v->dict.get(), item);
        case DictViewKind::Values:
            for (const Value& x : dict_snapshot(v->dict.get(), DictViewKind::Values)) {
                if (equal(x, item)) return true;
            }
            return false;
    }
    return false;
}

Value view_contains(const CallArgs& c) {
    slot_args(c, 1);
    return Value::boolean(view_contains_value(self_view(c), c.args[1]));
}

Value view_repr(const CallArgs& c) {
    slot_args(c, 0);
    DictViewObject* v = self_view(c);
    ReprEnter guard(v);
    if (guard.recursive()) return make_str("...");
    std::vector<Value> items = dict_snapshot(v->dict.get(), v->kind);
    return make_str(v->type->name + "([" + join_reprs(items) + "])");
}

bool is_set_view(const Value& v) {
    if (!v.is_obj()) return false;
    TypeObject* t = v.as_obj()->type;
    return t == types().dict_keys || t == types().dict_items;
}

// set(view), taking the dict fast path for keys of an exact dict.
Ref<SetObject> view_to_set(const Value& view) {
    DictViewObject* v = as<DictViewObject>(view);
    if (v->kind == DictViewKind::Keys && v->dict->type == types().dict) return new_set_from(false, Value(v->dict));
    return new_set_from(false, view);
}

// The view operand of a binary op (either side), and the other one.
bool split_operands(const CallArgs& c, Value& view, Value& other) {
    slot_args(c, 1);
    view = c.args[0];
    other = c.args[1];
    return true;
}

Value call_set_method(const Value& set, const char* name, const Value& arg) {
    Value fn = getattr(set, intern(name).get());
    return call(fn, {arg});
}

Value view_or(const CallArgs& c) {
    Value view, other;
    split_operands(c, view, other);
    TypeObject* ot = type_of(other);
    if (!ot->lookup(names().__iter__) && !ot->lookup(names().__getitem__)) return interp().not_implemented;
    Ref<SetObject> r = view_to_set(view);
    set_update_from(r.get(), other);
    return r;
}

Value view_sub(const CallArgs& c) {
    Value view, other;
    split_operands(c, view, other);
    Ref<SetObject> r = view_to_set(view);
    call_set_method(r, "difference_update", other);
    return r;
}

Value view_rsub(const CallArgs& c) {
    Value view, other;
    split_operands(c, view, other);
    Ref<SetObject> r = new_set_from(false, other);
    call_set_method(r, "difference_update", view);
    return r;
}

Value view_xor(const CallArgs& c) {
    Value view, other;
    split_operands(c, view, other);
    Ref<SetObject> r = view_to_set(view);
    call_set_method(r, "symmetric_difference_update", other);
    return r;
}

Value view_and(const CallArgs& c) {
    Value self, other;
    split_operands(c, self, other);
    int64_t len_self = int64_t(as<DictViewObject>(self)->dict->size());
    if (other.is_obj() && other.as_obj()->type == types().set && len_self <= length(other)) {
        return call_set_method(other, "intersection", self);
    }
    if (is_set_view(other) && int64_t(as<DictViewObject>(other)->dict->size()) > len_self) std::swap(self, other);
    Ref<SetObject> result = make_set();
    DictViewObject* v = as<DictViewObject>(self);
    Value it = get_iter(other);
    Value key;
    while (next(it, key)) {
        if (view_contains_value(v, key)) result->add(key);
    }
    return result;
}

Value view_isdisjoint(const CallArgs& c) {
    exact_one_arg("isdisjoint", c, 1);
    DictViewObject* v = self_view(c);
    Value it = get_iter(c.args[1]);
    Value key;
    while (next(it, key)) {
        if (view_contains_value(v, key)) return Value::boolean(false);
    }
    return Value::boolean(true);
}

// Every element of `a` is in `b` (both set-like).
bool all_contained_in(const Value& a, const Value& b) {
    Value it = get_iter(a);
    Value x;
    while (next(it, x)) {
        if (!contains(b, x)) return false;
    }
    return true;
}

template <CmpOp op>
Value view_compare(const CallArgs& c) {
    slot_args(c, 1);
    const Value& self = c.args[0];
    const Value& other = c.args[1];
    if (!is_anyset(other) && !is_set_view(other)) return interp().not_implemented;
    int64_t a = length(self), b = length(other);
    switch (op) {
        case CmpOp::Eq: return Value::boolean(a == b && all_contained_in(self, other));
        case CmpOp::Ne: return Value::boolean(!(a == b && all_contained_in(self, other)));
        case CmpOp::Lt: return Value::boolean(a < b && all_contained_in(self, other));
        case CmpOp::Le: return Value::boolean(a <= b && all_contained_in(self, other));
        case CmpOp::Gt: return Value::boolean(a > b && all_contained_in(other, self));
        case CmpOp::Ge: return Value::boolean(a >= b && all_contained_in(other, self));
    }
    return Value::none();
}

void install_view(TypeObject* t, bool set_like) {
    add_method(t, "__len__", view_len);
    add_method(t, "__iter__", view_iter);
    add_method(t, "__reversed__", view_reversed);
    add_method(t, "__contains__", view_contains);
    add_method(t, "__repr__", view_repr);
    if (!set_like) return;
    add_method(t, "__or__", view_or);
    add_method(t, "__ror__", view_or);
    add_method(t, "__and__", view_and);
    add_method(t, "__rand__", view_and);
    add_method(t, "__sub__", view_sub);
    add_method(t, "__rsub__", view_rsub);
    add_method(t, "__xor__", view_xor);
    add_method(t, "__rxor__", view_xor);
    add_method(t, "isdisjoint", view_isdisjoint);
    add_method(t, "__lt__", view_compare<CmpOp::Lt>);
    add_method(t, "__le__", view_compare<CmpOp::Le>);
    add_method(t, "__eq__", view_compare<CmpOp::Eq>);
    add_method(t, "__ne__", view_compare<CmpOp::Ne>);
    add_method(t, "__gt__", view_compare<CmpOp::Gt>);
    add_method(t, "__ge__", view_compare<CmpOp::Ge>);
    t->dict->set_str(names().__hash__, Value::none());
}

TypeObject* iterator_type(TypeObject* t) {
    t->iternext = dict_iternext;
    add_method(t, "__iter__", iter_self_method);
    add_method(t, "__next__", iternext_method);
    add_method(t, "__length_hint__", dictiter_length_hint);
    return t;
}

TypeObject* new_iterator(const char* name) {
    return iterator_type(make_builtin_type(name, types().object, Layout::Native, false).get());
}

}  // namespace

void install_dict_views(Interp& in) {
    Types& t = in.types;
    install_view(t.dict_keys, true);
    install_view(t.dict_items, true);
    install_view(t.dict_values, false);
    iterator_type(t.dict_keyiterator);
    iterator_type(t.dict_valueiterator);
    iterator_type(t.dict_itemiterator);
    ExtraTypes& x = extra_types();
    x.dict_reversekeyiterator = new_iterator("dict_reversekeyiterator");
    x.dict_reversevalueiterator = new_iterator("dict_reversevalueiterator");
    x.dict_reverseitemiterator = new_iterator("dict_reverseitemiterator");
}

}  // namespace loopscope::vm
