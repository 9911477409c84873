// range and slice objects, following CPython's rangeobject.c and sliceobject.c.
#include "vm/range_slice.h"

#include <climits>

#include "vm/exception.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/list_ops.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

// ---- slice ----

Ref<SliceObject> make_slice(Value start, Value stop, Value step) {
    auto fix = [](Value v) { return v.empty() ? Value::none() : v; };
    return make<SliceObject>(types().slice, fix(std::move(start)), fix(std::move(stop)), fix(std::move(step)));
}

namespace {

// _PyEval_SliceIndex: ints saturate to the int64 range; __index__ is honoured.
int64_t slice_index(const Value& v) {
    int64_t small;
    if (to_int64(v, small)) return small;  // small ints, bools, int subclass instances
    if (is_int(v)) return sgn(to_mpz(v)) < 0 ? INT64_MIN : INT64_MAX;
    if (lookup_special(v, names().__index__).empty()) {
        raise_type_error("slice indices must be integers or None or have an __index__ method");
    }
    Value r = call(lookup_special(v, names().__index__), {v});
    return slice_index(r);
}

}  // namespace

void slice_indices(const SliceObject& s, int64_t length, int64_t& start, int64_t& stop, int64_t& step,
                   int64_t& slicelen) {
    step = s.step.is_none() ? 1 : slice_index(s.step);
    if (step == 0) raise_value_error("slice step cannot be zero");
    if (step < -INT64_MAX) step = -INT64_MAX;  // so -step cannot overflow
    start = s.start.is_none() ? (step < 0 ? INT64_MAX : 0) : slice_index(s.start);
    stop = s.stop.is_none() ? (step < 0 ? INT64_MIN : INT64_MAX) : slice_index(s.stop);
    auto adjust = [&](int64_t& i) {
        if (i < 0) {
            i += length;
            if (i < 0) i = step < 0 ? -1 : 0;
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
    };
    adjust(start);
    adjust(stop);
    if (step < 0) slicelen = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    else slicelen = start < stop ? (stop - start - 1) / step + 1 : 0;
}

// ---- range ----

int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    // Computed in unsigned arithmetic: stop - start may overflow int64.
    if (step > 0 && start < stop) return int64_t((uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1);
    if (step < 0 && start > stop) {
        return int64_t((uint64_t(start) - uint64_t(stop) - 1) / (0 - uint64_t(step)) + 1);
    }
    return 0;
}

Ref<RangeObject> make_range(int64_t start, int64_t stop, int64_t step) {
    return make<RangeObject>(types().range, start, stop, step, range_length(start, stop, step));
}

Value make_range_iterator(int64_t start, int64_t step, int64_t count) {
    return make<RangeIterObject>(types().range_iterator, start, step, count);
}

namespace {

RangeObject* self_range(const CallArgs& c) { return static_cast<RangeObject*>(c.args[0].as_obj()); }
SliceObject* self_slice(const CallArgs& c) { return static_cast<SliceObject*>(c.args[0].as_obj()); }

int64_t range_arg(const Value& v) {
    int64_t small;
    if (is_int(v) && !to_int64(v, small)) {  // to_int64 also accepts int subclass instances
        raise_overflow("Python int too large to convert to C ssize_t");
    }
    return index_value(v);
}

Value range_new(const CallArgs& c) {
    if (c.nkw) raise_type_error("range() takes no keyword arguments");
    unpack_args("range", c, 1, 3, 1);
    int64_t start = 0, stop, step = 1;
    if (c.nargs == 2) {
        stop = range_arg(c.args[1]);
    } else {
        start = range_arg(c.args[1]);
        stop = range_arg(c.args[2]);
        if (c.nargs == 4) {
            step = range_arg(c.args[3]);
            if (step == 0) raise_value_error("range() arg 3 must not be zero");
        }
    }
    return make_range(start, stop, step);
}

Value range_repr(const CallArgs& c) {
    slot_args(c, 0);
    RangeObject* r = self_range(c);
    std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) s += ", " + std::to_string(r->step);
    return make_str(s + ")");
}

Value range_len(const CallArgs& c) {
    slot_args(c, 0);
    return Value::small_int(self_range(c)->length);
}

Value range_bool(const CallArgs& c) {
    slot_args(c, 0);
    return Value::boolean(self_range(c)->length != 0);
}

int64_t range_item(const RangeObject* r, int64_t i) { return int64_t(uint64_t(r->start) + uint64_t(i) * uint64_t(r->step)); }

Value range_getitem(const CallArgs& c) {
    exact_one_arg("range.__getitem__", c, 1);
    RangeObject* r = self_range(c);
    const Value& key = c.args[1];
    if (is_slice(key)) {
        int64_t start, stop, step, n;
        slice_indices(*as<SliceObject>(key), r->length, start, stop, step, n);
        Ref<RangeObject> out = make_range(range_item(r, start), range_item(r, stop), r->step * step);
        out->length = n;
        return out;
    }
    if (!is_int(key) && lookup_special(key, names().__index__).empty()) {
        raise_type_error("range indices must be integers or slices, not " + type_name(key));
    }
    int64_t i = index_value(key);
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) raise_index_error("range object index out of range");
    return Value::small_int(range_item(r, i));
}

// Position of int `v` in the range, or -1.
int64_t int_position(const RangeObject* r, const Value& v) {
    int64_t x;
    if (!to_int64(v, x)) return -1;
    if (r->length == 0) return -1;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return -1;
    __int128 diff = __int128(x) - r->start;
    if (diff % r->step != 0) return -1;
    return int64_t(diff / r->step);
}

bool is_exact_int_or_bool(const Value& v) { return v.is_small_int() || v.is_bool() || is_exact_int(v); }

Value range_contains(const CallArgs& c) {
    slot_args(c, 1);
    RangeObject* r = self_range(c);
    if (is_exact_int_or_bool(c.args[1])) return Value::boolean(int_position(r, c.args[1]) >= 0);
    for (int64_t i = 0; i < r->length; ++i) {
        if (equal(Value::small_int(range_item(r, i)), c.args[1])) return Value::boolean(true);
    }
    return Value::boolean(false);
}

Value range_index(const CallArgs& c) {
    exact_one_arg("range.index", c, 1);
    RangeObject* r = self_range(c);
    if (is_exact_int_or_bool(c.args[1])) {
        int64_t pos = int_position(r, c.args[1]);
        if (pos < 0) raise_value_error(repr_string(c.args[1]) + " is not in range");
        return Value::small_int(pos);
    }
    for (int64_t i = 0; i < r->length; ++i) {
        if (equal(Value::small_int(range_item(r, i)), c.args[1])) return Value::small_int(i);
    }
    raise_value_error("sequence.index(x): x not in sequence");
}

Value range_count(const CallArgs& c) {
    exact_one_arg("range.count", c, 1);
    RangeObject* r = self_range(c);
    if (is_exact_int_or_bool(c.args[1])) return Value::small_int(int_position(r, c.args[1]) >= 0 ? 1 : 0);
    int64_t n = 0;
    for (int64_t i = 0; i < r->length; ++i) n += equal(Value::small_int(range_item(r, i)), c.args[1]);
    return Value::small_int(n);
}

Value range_iter(const CallArgs& c) {
    slot_args(c, 0);
    RangeObject* r = self_range(c);
    return make_range_iterator(r->start, r->step, r->length);
}

Value range_reversed(const CallArgs& c) {
    no_args("range.__reversed__", c, 1);
    RangeObject* r = self_range(c);
    int64_t last = r->length ? range_item(r, r->length - 1) : r->start;
    return make_range_iterator(last, -r->step, r->length);
}

bool ranges_equal(const RangeObject* a, const RangeObject* b) {
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    return a->length == 1 || a->step == b->step;
}

Value range_eq(const CallArgs& c) {
    slot_args(c, 1);
    if (!isinstance(c.args[1], types().range)) return interp().not_implemented;
    return Value::boolean(ranges_equal(self_range(c), as<RangeObject>(c.args[1])));
}

Value range_ne(const CallArgs& c) {
    slot_args(c, 1);
    if (!isinstance(c.args[1], types().range)) return interp().not_implemented;
    return Value::boolean(!ranges_equal(self_range(c), as<RangeObject>(c.args[1])));
}

Value range_hash(const CallArgs& c) {
    slot_args(c, 0);
    RangeObject* r = self_range(c);
    Value len = Value::small_int(r->length);
    if (r->length == 0) return Value::small_int(tuple_hash({len, Value::none(), Value::none()}));
    if (r->length == 1) return Value::small_int(tuple_hash({len, Value::small_int(r->start), Value::none()}));
    return Value::small_int(tuple_hash({len, Value::small_int(r->start), Value::small_int(r->step)}));
}

Value range_get_start(const Value& self) { return Value::small_int(as<RangeObject>(self)->start); }
Value range_get_stop(const Value& self) { return Value::small_int(as<RangeObject>(self)->stop); }
Value range_get_step(const Value& self) { return Value::small_int(as<RangeObject>(self)->step); }

bool range_iternext(Object* self, Value& out) {
    auto* it = static_cast<RangeIterObject*>(self);
    if (it->remaining <= 0) return false;
    out = Value::small_int(it->next);
    it->next = int64_t(uint64_t(it->next) + uint64_t(it->step));
    --it->remaining;
    return true;
}

Value range_iter_length_hint(const CallArgs& c) {
    no_args("__length_hint__", c, 1);
    return Value::small_int(std::max<int64_t>(static_cast<RangeIterObject*>(c.args[0].as_obj())->remaining, 0));
}

// ---- slice methods ----

Value slice_new(const CallArgs& c) {
    if (c.nkw) raise_type_error("slice() takes no keyword arguments");
    unpack_args("slice", c, 1, 3, 1);
    if (c.nargs == 2) return make_slice(Value::none(), c.args[1], Value::none());
    return make_slice(c.args[1], c.args[2], c.nargs == 4 ? c.args[3] : Value::none());
}

Value slice_repr(const CallArgs& c) {
    slot_args(c, 0);
    SliceObject* s = self_slice(c);
    return make_str("slice(" + repr_string(s->start) + ", " + repr_string(s->stop) + ", " + repr_string(s->step) + ")");
}

std::vector<Value> slice_parts(const SliceObject* s) { return {s->start, s->stop, s->step}; }

template <CmpOp op>
Value slice_compare(const CallArgs& c) {
    slot_args(c, 1);
    if (!isinstance(c.args[1], types().slice)) return interp().not_implemented;
    return Value::boolean(sequence_compare(op, slice_parts(self_slice(c)), slice_parts(as<SliceObject>(c.args[1]))));
}

Value slice_hash(const CallArgs& c) {
    slot_args(c, 0);
    return Value::small_int(tuple_hash(slice_parts(self_slice(c))));
}

Value slice_indices_method(const CallArgs& c) {
    exact_one_arg("slice.indices", c, 1);
    int64_t length = index_value(c.args[1]);
    if (length < 0) raise_value_error("length should not be negative");
    int64_t start, stop, step, n;
    slice_indices(*self_slice(c), length, start, stop, step, n);
    return make_tuple({Value::small_int(start), Value::small_int(stop), Value::small_int(step)});
}

Value slice_get_start(const Value& self) { return as<SliceObject>(self)->start; }
Value slice_get_stop(const Value& self) { return as<SliceObject>(self)->stop; }
Value slice_get_step(const Value& self) { return as<SliceObject>(self)->step; }

}  // namespace

void install_range_and_slice_methods(Interp& in) {
    TypeObject* r = in.types.range;
    add_method(r, "__new__", range_new, NativeKind::StaticMethod);
    add_method(r, "__repr__", range_repr);
    add_method(r, "__len__", range_len);
    add_method(r, "__bool__", range_bool);
    add_method(r, "__getitem__", range_getitem);
    add_method(r, "__contains__", range_contains);
    add_method(r, "__iter__", range_iter);
    add_method(r, "__reversed__", range_reversed);
    add_method(r, "__eq__", range_eq);
    add_method(r, "__ne__", range_ne);
    add_method(r, "__hash__", range_hash);
    add_method(r, "index", range_index);
    add_method(r, "count", range_count);
    add_getset(r, "start", range_get_start);
    add_getset(r, "stop", range_get_stop);
    add_getset(r, "step", range_get_step);

    TypeObject* it = in.types.range_iterator;
    it->iternext = range_iternext;
    add_method(it, "__iter__", iter_self_method);
    add_method(it, "__next__", iternext_method);
    add_method(it, "__length_hint__", range_iter_length_hint);

    TypeObject* s = in.types.slice;
    add_method(s, "__new__", slice_new, NativeKind::StaticMethod);
    add_method(s, "__repr__", slice_repr);
    add_method(s, "__hash__", slice_hash);
    add_method(s, "__eq__", slice_compare<CmpOp::Eq>);
    add_method(s, "__ne__", slice_compare<CmpOp::Ne>);
    add_method(s, "__lt__", slice_compare<CmpOp::Lt>);
    add_method(s, "__le__", slice_compare<CmpOp::Le>);
    add_method(s, "__gt__", slice_compare<CmpOp::Gt>);
    add_method(s, "__ge__", slice_compare<CmpOp::Ge>);
    add_method(s, "indices", slice_indices_method);
    add_getset(s, "start", slice_get_start);
    add_getset(s, "stop", slice_get_stop);
    add_getset(s, "step", slice_get_step);
}

}  // namespace loopscope::vm
