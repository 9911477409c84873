// list and tuple: methods and dunders, following CPython's listobject.c / tupleobject.c.
#include "vm/list_ops.h"

#include <algorithm>
#include <climits>

#include "vm/builtin_types.h"
#include "vm/cost_model.h"
#include "vm/exception.h"
#include "vm/heap.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

// ---- shared helpers ----

namespace {
thread_local std::vector<Object*> repr_stack;
}

ReprEnter::ReprEnter(Object* o) : o_(o) {
    recursive_ = std::find(repr_stack.begin(), repr_stack.end(), o) != repr_stack.end();
    if (!recursive_) repr_stack.push_back(o);
}

ReprEnter::~ReprEnter() {
    if (!recursive_) repr_stack.erase(std::find(repr_stack.begin(), repr_stack.end(), o_));
}

bool is_slice(const Value& v) { return v.is_obj() && v.as_obj()->type == types().slice; }

std::string join_reprs(const std::vector<Value>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        out += repr(items[i])->view();
    }
    return out;
}

int64_t tuple_hash(const std::vector<Value>& items) {
    constexpr uint64_t kPrime1 = 11400714785074694791ULL;
    constexpr uint64_t kPrime2 = 14029467366897019727ULL;
    constexpr uint64_t kPrime5 = 2870177450012600261ULL;
    uint64_t acc = kPrime5;
    for (const Value& item : items) {
        uint64_t lane = uint64_t(hash(item));
        acc += lane * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    acc += uint64_t(items.size()) ^ (kPrime5 ^ 3527539UL);
    if (acc == uint64_t(-1)) return 1546275796;
    return int64_t(acc);
}

bool sequence_compare(CmpOp op, const std::vector<Value>& a, const std::vector<Value>& b) {
    if (a.size() != b.size() && (op == CmpOp::Eq || op == CmpOp::Ne)) return op == CmpOp::Ne;
    size_t i = 0;
    for (; i < a.size() && i < b.size(); ++i) {
        if (!equal(a[i], b[i])) break;
    }
    if (i >= a.size() || i >= b.size()) {
        size_t x = a.size(), y = b.size();
        switch (op) {
            case CmpOp::Lt: return x < y;
            case CmpOp::Le: return x <= y;
            case CmpOp::Eq: return x == y;
            case CmpOp::Ne: return x != y;
            case CmpOp::Gt: return x > y;
            case CmpOp::Ge: return x >= y;
        }
    }
    if (op == CmpOp::Eq) return false;
    if (op == CmpOp::Ne) return true;
    return compare_bool(op, a[i], b[i]);
}

std::vector<Value> items_of(const Value& iterable) { return to_vector(iterable); }

Value make_tuple_instance(TypeObject* cls, std::vector<Value> items) {
    if (cls == types().tuple) {
        if (items.empty()) return empty_tuple();
        return make_tuple(std::move(items));
    }
    return make<TupleObject>(cls, std::move(items));
}

namespace {

ListObject* self_list(const CallArgs& c) { return static_cast<ListObject*>(c.args[0].as_obj()); }
TupleObject* self_tuple(const CallArgs& c) { return static_cast<TupleObject*>(c.args[0].as_obj()); }
bool is_list(const Value& v) { return v.is_obj() && v.as_obj()->type->layout == Layout::List; }
bool is_tuple(const Value& v) { return v.is_obj() && v.as_obj()->type->layout == Layout::Tuple; }

// An index argument: int / __index__, else TypeError "<kind> indices must be integers or
// slices, not str".
int64_t item_index(const Value& key, const char* kind) {
    if (!is_int(key) && lookup_special(key, names().__index__).empty()) {
        raise_type_error(std::string(kind) + " indices must be integers or slices, not " + type_name(key));
    }
    return index_value(key);
}

// Normalizes `i` against `len`; false when out of range.
bool resolve(int64_t& i, size_t len) {
    if (i < 0) i += int64_t(len);
    return i >= 0 && i < int64_t(len);
}

std::vector<Value> slice_of(const std::vector<Value>& items, const SliceObject& s) {
    int64_t start, stop, step, n;
    slice_indices(s, int64_t(items.size()), start, stop, step, n);
    std::vector<Value> out;
    out.reserve(size_t(std::max<int64_t>(n, 0)));
    for (int64_t i = 0, j = start; i < n; ++i, j += step) out.push_back(items[size_t(j)]);
    charge_work(Work::Element, out.size());
    return out;
}

// start/end arguments of index(): clamped like slice bounds.
void search_range(const CallArgs& c, size_t first, size_t len, size_t& lo, size_t& hi) {
    auto bound = [&](size_t i, int64_t dflt) {
        if (c.nargs <= i) return dflt;
        const Value& v = c.args[i];
        int64_t x;
        if (is_int(v) && !to_int64(v, x)) x = sgn(to_mpz(v)) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        else x = index_value(v);
        if (x < 0) x = std::max<int64_t>(x + int64_t(len), 0);
        return std::min<int64_t>(x, int64_t(len));
    };
    lo = size_t(bound(first, 0));
    hi = size_t(bound(first + 1, int64_t(len)));
}

template <CmpOp op>
Value list_compare(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_list(c.args[1])) return interp().not_implemented;
    std::vector<Value> a = self_list(c)->items;  // copies: __eq__ may mutate the lists
    std::vector<Value> b = as<ListObject>(c.args[1])->items;
    return Value::boolean(sequence_compare(op, a, b));
}

template <CmpOp op>
Value tuple_compare(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_tuple(c.args[1])) return interp().not_implemented;
    return Value::boolean(sequence_compare(op, self_tuple(c)->items, as<TupleObject>(c.args[1])->items));
}

int64_t repeat_count(const Value& n, size_t item_count) {
    int64_t k = count_arg(n);
    if (k > 0 && item_count > 0 && uint64_t(k) * item_count > (uint64_t(1) << 28)) raise_no_args(types().MemoryError);
    return k;
}

std::vector<Value> repeated(const std::vector<Value>& items, int64_t k) {
    std::vector<Value> out;
    if (k <= 0) return out;
    out.reserve(items.size() * size_t(k));
    for (int64_t i = 0; i < k; ++i) out.insert(out.end(), items.begin(), items.end());
    return out;
}

bool is_index_like(const Value& v) { return is_int(v) || !lookup_special(v, names().__index__).empty(); }

void charge_growth(size_t added) { current_heap().charge(int64_t(added * sizeof(Value))); }

// ---- list: construction and repr ----

Value list_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    return make<ListObject>(cls);
}

Value list_init(const CallArgs& c) {
    if (c.nkw && self_list(c)->type == types().list) raise_type_error("list() takes no keyword arguments");
    unpack_args("list", c, 0, 1, 1);
    std::vector<Value> items = c.nargs > 1 ? items_of(c.args[1]) : std::vector<Value>();
    self_list(c)->items = std::move(items);
    return Value::none();
}

Value list_repr(const CallArgs& c) {
    slot_args(c, 0);
    ListObject* l = self_list(c);
    if (l->items.empty()) return make_str("[]");
    ReprEnter guard(l);
    if (guard.recursive()) return make_str("[...]");
    std::vector<Value> items = l->items;
    return make_str("[" + join_reprs(items) + "]");
}

Value list_len(const CallArgs& c) {
    slot_args(c, 0);
    return Value::small_int(int64_t(self_list(c)->items.size()));
}

// ---- list: item access ----

Value list_getitem(const CallArgs& c) {
    exact_one_arg("list.__getitem__", c, 1);
    auto& items = self_list(c)->items;
    if (is_slice(c.args[1])) return make_list(slice_of(items, *as<SliceObject>(c.args[1])));
    int64_t i = item_index(c.args[1], "list");
    if (!resolve(i, items.size())) raise_index_error("list index out of range");
    return items[size_t(i)];
}

void assign_slice(ListObject* l, const SliceObject& s, const Value& value) {
    int64_t start, stop, step, n;
    slice_indices(s, int64_t(l->items.size()), start, stop, step, n);
    if (step == 1) {
        TypeObject* vt = type_of(value);
        if (!vt->lookup(names().__iter__) && !vt->lookup(names().__getitem__)) {
            raise_type_error("must assign iterable to extended slice");  // 3.13's wording, even for step 1
        }
        std::vector<Value> repl = items_of(value);  // a copy even when value is l itself
        if (stop < start) stop = start;
        auto& items = l->items;
        charge_growth(repl.size());
        items.erase(items.begin() + start, items.begin() + stop);
        items.insert(items.begin() + start, repl.begin(), repl.end());
        return;
    }
    TypeObject* vt = type_of(value);
    if (!vt->lookup(names().__iter__) && !vt->lookup(names().__getitem__)) {
        raise_type_error("must assign iterable to extended slice");
    }
    std::vector<Value> repl = items_of(value);
    if (int64_t(repl.size()) != n) {
        raise_value_error("attempt to assign sequence of size " + std::to_string(repl.size()) +
                          " to extended slice of size " + std::to_string(n));
    }
    for (int64_t i = 0, j = start; i < n; ++i, j += step) l->items[size_t(j)] = repl[size_t(i)];
}

Value list_setitem(const CallArgs& c) {
    slot_args(c, 2);
    ListObject* l = self_list(c);
    if (is_slice(c.args[1])) {
        assign_slice(l, *as<SliceObject>(c.args[1]), c.args[2]);
        return Value::none();
    }
    int64_t i = item_index(c.args[1], "list");
    if (!resolve(i, l->items.size())) raise_index_error("list assignment index out of range");
    l->items[size_t(i)] = c.args[2];
    return Value::none();
}

Value list_delitem(const CallArgs& c) {
    slot_args(c, 1);
    auto& items = self_list(c)->items;
    if (is_slice(c.args[1])) {
        int64_t start, stop, step, n;
        slice_indices(*as<SliceObject>(c.args[1]), int64_t(items.size()), start, stop, step, n);
        if (n <= 0) return Value::none();
        if (step < 0) {  // delete the same items walking forwards
            start = start + (n - 1) * step;
            step = -step;
        }
        std::vector<Value> removed;  // destroyed after the list is consistent again
        std::vector<Value> kept;
        kept.reserve(items.size() - size_t(n));
        for (size_t i = 0; i < items.size(); ++i) {
            bool hit = int64_t(i) >= start && (int64_t(i) - start) % step == 0 && (int64_t(i) - start) / step < n;
            (hit ? removed : kept).push_back(std::move(items[i]));
        }
        items = std::move(kept);
        return Value::none();
    }
    int64_t i = item_index(c.args[1], "list");
    if (!resolve(i, items.size())) raise_index_error("list assignment index out of range");
    Value removed = std::move(items[size_t(i)]);
    items.erase(items.begin() + i);
    return Value::none();
}

Value list_contains(const CallArgs& c) {
    slot_args(c, 1);
    auto& items = self_list(c)->items;
    for (size_t i = 0; i < items.size(); ++i) {
        Value item = items[i];  // held: __eq__ may shrink the list
        if (equal(item, c.args[1])) return Value::boolean(true);
    }
    return Value::boolean(false);
}

Value list_iter(const CallArgs& c) {
    slot_args(c, 0);
    return make_index_iterator(types().list_iterator, c.args[0]);
}

Value list_reversed(const CallArgs& c) {
    no_args("list.__reversed__", c, 1);
    return make_index_iterator(extra_types().list_reverseiterator, c.args[0], self_list(c)->items.size());
}

// ---- list: operators ----

Value list_add(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_list(c.args[1])) return interp().not_implemented;
    std::vector<Value> out = self_list(c)->items;
    const auto& other = as<ListObject>(c.args[1])->items;
    out.insert(out.end(), other.begin(), other.end());
    return make_list(std::move(out));
}

Value list_iadd(const CallArgs& c) {
    slot_args(c, 1);
    std::vector<Value> more = items_of(c.args[1]);
    charge_growth(more.size());
    auto& items = self_list(c)->items;
    items.insert(items.end(), more.begin(), more.end());
    return c.args[0];
}

Value list_mul(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_index_like(c.args[1])) return interp().not_implemented;
    const auto& items = self_list(c)->items;
    return make_list(repeated(items, repeat_count(c.args[1], items.size())));
}

Value list_imul(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_index_like(c.args[1])) return interp().not_implemented;
    auto& items = self_list(c)->items;
    std::vector<Value> out = repeated(items, repeat_count(c.args[1], items.size()));
    charge_growth(out.size() > items.size() ? out.size() - items.size() : 0);
    items = std::move(out);
    return c.args[0];
}

// ---- list: methods ----

Value list_append(const CallArgs& c) {
    exact_one_arg("list.append", c, 1);
    auto& items = self_list(c)->items;
    if (items.size() == items.capacity()) charge_growth(items.size() + 1);
    items.push_back(c.args[1]);
    return Value::none();
}

Value list_extend(const CallArgs& c) {
    exact_one_arg("list.extend", c, 1);
    return list_iadd(c), Value::none();
}

Value list_insert(const CallArgs& c) {
    unpack_args("insert", c, 2, 2, 1);
    auto& items = self_list(c)->items;
    int64_t i = index_value(c.args[1]);
    int64_t n = int64_t(items.size());
    if (i < 0) i = std::max<int64_t>(i + n, 0);
    if (i > n) i = n;
    charge_growth(1);
    items.insert(items.begin() + i, c.args[2]);
    return Value::none();
}

Value list_pop(const CallArgs& c) {
    unpack_args("pop", c, 0, 1, 1);
    auto& items = self_list(c)->items;
    int64_t i = c.nargs > 1 ? index_value(c.args[1]) : -1;
    if (items.empty()) raise_index_error("pop from empty list");
    if (!resolve(i, items.size())) raise_index_error("pop index out of range");
    Value v = std::move(items[size_t(i)]);
    items.erase(items.begin() + i);
    return v;
}

Value list_remove(const CallArgs& c) {
    exact_one_arg("list.remove", c, 1);
    auto& items = self_list(c)->items;
    for (size_t i = 0; i < items.size(); ++i) {
        Value item = items[i];
        if (equal(item, c.args[1])) {
            if (i < items.size()) items.erase(items.begin() + long(i));
            return Value::none();
        }
    }
    raise_value_error("list.remove(x): x not in list");
}

Value list_index(const CallArgs& c) {
    unpack_args("index", c, 1, 3, 1);
    auto& items = self_list(c)->items;
    size_t lo, hi;
    search_range(c, 2, items.size(), lo, hi);
    for (size_t i = lo; i < hi && i < items.size(); ++i) {
        Value item = items[i];
        if (equal(item, c.args[1])) return Value::small_int(int64_t(i));
    }
    raise_value_error(repr_string(c.args[1]) + " is not in list");
}

Value list_count(const CallArgs& c) {
    exact_one_arg("list.count", c, 1);
    auto& items = self_list(c)->items;
    int64_t n = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        Value item = items[i];
        if (equal(item, c.args[1])) ++n;
    }
    return Value::small_int(n);
}

Value list_sort(const CallArgs& c) {
    Value args[2];
    bind_args({"sort", {"key", "reverse"}, 0, 0, false, 0}, c, args, 1);
    bool reverse = !args[1].empty() && truthy(args[1]);
    sort_values(self_list(c)->items, args[0], reverse);
    return Value::none();
}

Value list_reverse(const CallArgs& c) {
    no_args("list.reverse", c, 1);
    std::reverse(self_list(c)->items.begin(), self_list(c)->items.end());
    return Value::none();
}

Value list_copy(const CallArgs& c) {
    no_args("list.copy", c, 1);
    return make_list(self_list(c)->items);
}

Value list_clear(const CallArgs& c) {
    no_args("list.clear", c, 1);
    std::vector<Value> old = std::move(self_list(c)->items);
    self_list(c)->items.clear();
    return Value::none();
}

// ---- tuple ----

Value tuple_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    if (c.nkw && cls == types().tuple) raise_type_error("tuple() takes no keyword arguments");
    unpack_args("tuple", c, 0, 1, 1);
    if (c.nargs == 1) return make_tuple_instance(cls, {});
    if (cls == types().tuple && c.args[1].is_obj() && c.args[1].as_obj()->type == types().tuple) return c.args[1];
    return make_tuple_instance(cls, items_of(c.args[1]));
}

Value tuple_repr(const CallArgs& c) {
    slot_args(c, 0);
    TupleObject* t = self_tuple(c);
    if (t->items.empty()) return make_str("()");
    ReprEnter guard(t);
    if (guard.recursive()) return make_str("(...)");
    if (t->items.size() == 1) return make_str("(" + repr_string(t->items[0]) + ",)");
    return make_str("(" + join_reprs(t->items) + ")");
}

Value tuple_hash_method(const CallArgs& c) {
    slot_args(c, 0);
    TupleObject* t = self_tuple(c);
    if (t->cached_hash == -1) t->cached_hash = tuple_hash(t->items);
    return Value::small_int(t->cached_hash);
}

Value tuple_len(const CallArgs& c) {
    slot_args(c, 0);
    return Value::small_int(int64_t(self_tuple(c)->items.size()));
}

Value tuple_getitem(const CallArgs& c) {
    exact_one_arg("tuple.__getitem__", c, 1);
    auto& items = self_tuple(c)->items;
    if (is_slice(c.args[1])) {
        const SliceObject& s = *as<SliceObject>(c.args[1]);
        std::vector<Value> out = slice_of(items, s);
        bool whole = s.start.is_none() && s.stop.is_none() && s.step.is_none();
        if (whole && self_tuple(c)->type == types().tuple) return c.args[0];
        return make_tuple_instance(types().tuple, std::move(out));
    }
    int64_t i = item_index(c.args[1], "tuple");
    if (!resolve(i, items.size())) raise_index_error("tuple index out of range");
    return items[size_t(i)];
}

Value tuple_contains(const CallArgs& c) {
    slot_args(c, 1);
    for (const Value& item : self_tuple(c)->items) {
        if (equal(item, c.args[1])) return Value::boolean(true);
    }
    return Value::boolean(false);
}

Value tuple_iter(const CallArgs& c) {
    slot_args(c, 0);
    return make_index_iterator(types().tuple_iterator, c.args[0]);
}

Value tuple_add(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_tuple(c.args[1])) return interp().not_implemented;
    std::vector<Value> out = self_tuple(c)->items;
    const auto& other = as<TupleObject>(c.args[1])->items;
    out.insert(out.end(), other.begin(), other.end());
    return make_tuple_instance(types().tuple, std::move(out));
}

Value tuple_mul(const CallArgs& c) {
    slot_args(c, 1);
    if (!is_index_like(c.args[1])) return interp().not_implemented;
    const auto& items = self_tuple(c)->items;
    int64_t k = repeat_count(c.args[1], items.size());
    if (k == 1 && self_tuple(c)->type == types().tuple) return c.args[0];
    return make_tuple_instance(types().tuple, repeated(items, k));
}

Value tuple_count(const CallArgs& c) {
    exact_one_arg("tuple.count", c, 1);
    int64_t n = 0;
    for (const Value& item : self_tuple(c)->items) n += equal(item, c.args[1]);
    return Value::small_int(n);
}

Value tuple_index(const CallArgs& c) {
    unpack_args("index", c, 1, 3, 1);
    auto& items = self_tuple(c)->items;
    size_t lo, hi;
    search_range(c, 2, items.size(), lo, hi);
    for (size_t i = lo; i < hi; ++i) {
        if (equal(items[i], c.args[1])) return Value::small_int(int64_t(i));
    }
    raise_value_error("tuple.index(x): x not in tuple");
}

Value tuple_getnewargs(const CallArgs& c) {
    no_args("tuple.__getnewargs__", c, 1);
    return make_tuple({make_tuple(self_tuple(c)->items)});
}

}  // namespace

void install_list_methods(Interp& in) {
    TypeObject* t = in.types.list;
    add_method(t, "__new__", list_new, NativeKind::StaticMethod);
    add_method(t, "__init__", list_init);
    add_method(t, "__repr__", list_repr);
    add_method(t, "__len__", list_len);
    add_method(t, "__getitem__", list_getitem);
    add_method(t, "__setitem__", list_setitem);
    add_method(t, "__delitem__", list_delitem);
    add_method(t, "__contains__", list_contains);
    add_method(t, "__iter__", list_iter);
    add_method(t, "__reversed__", list_reversed);
    add_method(t, "__add__", list_add);
    add_method(t, "__iadd__", list_iadd);
    add_method(t, "__mul__", list_mul);
    add_method(t, "__rmul__", list_mul);
    add_method(t, "__imul__", list_imul);
    add_method(t, "__lt__", list_compare<CmpOp::Lt>);
    add_method(t, "__le__", list_compare<CmpOp::Le>);
    add_method(t, "__eq__", list_compare<CmpOp::Eq>);
    add_method(t, "__ne__", list_compare<CmpOp::Ne>);
    add_method(t, "__gt__", list_compare<CmpOp::Gt>);
    add_method(t, "__ge__", list_compare<CmpOp::Ge>);
    t->dict->set_str(in.names.__hash__, Value::none());
    add_method(t, "append", list_append);
    add_method(t, "extend", list_extend);
    add_method(t, "insert", list_insert);
    add_method(t, "pop", list_pop);
    add_method(t, "remove", list_remove);
    add_method(t, "index", list_index);
    add_method(t, "count", list_count);
    add_method(t, "sort", list_sort);
    add_method(t, "reverse", list_reverse);
    add_method(t, "copy", list_copy);
    add_method(t, "clear", list_clear);
}

void install_tuple_methods(Interp& in) {
    TypeObject* t = in.types.tuple;
    add_method(t, "__new__", tuple_new, NativeKind::StaticMethod);
    add_method(t, "__repr__", tuple_repr);
    add_method(t, "__hash__", tuple_hash_method);
    add_method(t, "__len__", tuple_len);
    add_method(t, "__getitem__", tuple_getitem);
    add_method(t, "__contains__", tuple_contains);
    add_method(t, "__iter__", tuple_iter);
    add_method(t, "__add__", tuple_add);
    add_method(t, "__mul__", tuple_mul);
    add_method(t, "__rmul__", tuple_mul);
    add_method(t, "__lt__", tuple_compare<CmpOp::Lt>);
    add_method(t, "__le__", tuple_compare<CmpOp::Le>);
    add_method(t, "__eq__", tuple_compare<CmpOp::Eq>);
    add_method(t, "__ne__", tuple_compare<CmpOp::Ne>);
    add_method(t, "__gt__", tuple_compare<CmpOp::Gt>);
    add_method(t, "__ge__", tuple_compare<CmpOp::Ge>);
    add_method(t, "count", tuple_count);
    add_method(t, "index", tuple_index);
    add_method(t, "__getnewargs__", tuple_getnewargs);
}

}  // namespace loopscope::vm
