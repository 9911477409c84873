// Iterator objects and the builtin iterator types (enumerate, zip, map, filter, reversed).
#include "vm/iterators.h"

#include "vm/builtin_types.h"
#include "vm/exception.h"
#include "vm/int.h"
#include "vm/int_ops.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/str_ops.h"
#include "vm/type.h"

namespace loopscope::vm {

Value make_index_iterator(TypeObject* type, const Value& seq, size_t index) {
    return make<IndexIteratorObject>(type, seq, index);
}

Value make_sequence_iterator(const Value& seq) { return make_index_iterator(types().seq_iterator, seq); }

Value make_callable_iterator(const Value& callable, const Value& sentinel) {
    return make<CallableIteratorObject>(types().callable_iterator, callable, sentinel);
}

Value iternext_method(const CallArgs& c) {
    slot_args(c, 0);
    Object* self = c.args[0].as_obj();
    Value out;
    if (self->type->iternext(self, out)) return out;
    raise_stop_iteration(Value());
}

Value iter_self_method(const CallArgs& c) {
    slot_args(c, 0);
    return c.args[0];
}

namespace {

IndexIteratorObject* index_iter(Object* o) { return static_cast<IndexIteratorObject*>(o); }

template <class Seq>
bool vector_iternext(Object* self, Value& out) {
    auto* it = index_iter(self);
    if (it->seq.empty()) return false;
    const auto& items = static_cast<Seq*>(it->seq.as_obj())->items;
    if (it->index >= items.size()) {
        it->seq = Value();
        return false;
    }
    out = items[it->index++];
    return true;
}

bool list_reverse_iternext(Object* self, Value& out) {
    auto* it = index_iter(self);
    if (it->seq.empty()) return false;
    const auto& items = static_cast<ListObject*>(it->seq.as_obj())->items;
    if (it->index == 0 || it->index > items.size()) {
        it->seq = Value();
        return false;
    }
    out = items[--it->index];
    return true;
}

bool str_iternext(Object* self, Value& out) {
    auto* it = index_iter(self);
    if (it->seq.empty()) return false;
    auto* s = static_cast<StrObject*>(it->seq.as_obj());
    if (it->index >= s->length()) {
        it->seq = Value();
        return false;
    }
    out = str_char(s->at(it->index++));
    return true;
}

bool sequence_iternext(Object* self, Value& out) {
    auto* it = index_iter(self);
    if (it->seq.empty()) return false;
    try {
        out = getitem(it->seq, Value::small_int(int64_t(it->index)));
    } catch (const PyException& e) {
        if (exception_matches(e.exc, types().IndexError) || exception_matches(e.exc, types().StopIteration)) {
            it->seq = Value();
            return false;
        }
        throw;
    }
    ++it->index;
    return true;
}

bool callable_iternext(Object* self, Value& out) {
    auto* it = static_cast<CallableIteratorObject*>(self);
    if (it->callable.empty()) return false;
    Value r;
    try {
        r = call(it->callable, {});
    } catch (const PyException& e) {
        if (exception_matches(e.exc, types().StopIteration)) {
            it->callable = Value();
            return false;
        }
        throw;
    }
    if (equal(r, it->sentinel)) {
        it->callable = Value();
        it->sentinel = Value();
        return false;
    }
    out = std::move(r);
    return true;
}

Value length_hint(const CallArgs& c) {
    no_args("__length_hint__", c, 1);
    auto* it = index_iter(c.args[0].as_obj());
    if (it->seq.empty()) return Value::small_int(0);
    TypeObject* t = it->seq.as_obj()->type;
    if (c.args[0].as_obj()->type == extra_types().list_reverseiterator) {
        return Value::small_int(int64_t(it->index));
    }
    int64_t n = t->is_subtype_of(types().str) ? int64_t(as<StrObject>(it->seq)->length()) : length(it->seq);
    return Value::small_int(std::max<int64_t>(n - int64_t(it->index), 0));
}

// ---- enumerate ----

bool enumerate_iternext(Object* self, Value& out) {
    auto* e = static_cast<EnumerateObject*>(self);
    Value item;
    if (!next(e->iter, item)) return false;
    Value index = e->count;
    e->count = int_binary_op(BinOp::Add, e->count, Value::small_int(1));
    out = make_tuple({std::move(index), std::move(item)});
    return true;
}

Value enumerate_new(const CallArgs& c) {
    for (size_t i = 0; i < c.nkw; ++i) {
        std::string_view k = as<StrObject>(c.kwnames[i])->view();
        if (k != "iterable" && k != "start") {
            raise_type_error("'" + std::string(k) + "' is an invalid keyword argument for enumerate()");
        }
    }
    Value args[2];
    bind_args({"enumerate", {"iterable", "start"}, 0}, c, args, 1);
    if (args[0].empty()) raise_type_error("enumerate() missing required argument 'iterable'");
    auto e = make<EnumerateObject>(static_cast<TypeObject*>(c.args[0].as_obj()));
    e->iter = get_iter(args[0]);
    if (args[1].empty()) {
        e->count = Value::small_int(0);
    } else {
        if (!is_int(args[1])) index_value(args[1]);  // raises "... cannot be interpreted as an integer"
        e->count = as_exact_int(args[1]);
    }
    return e;
}

// ---- zip ----

[[noreturn]] void raise_zip_mismatch(size_t which, bool shorter) {
    std::string others = which == 1 ? "argument 1" : "arguments 1-" + std::to_string(which);
    raise_value_error("zip() argument " + std::to_string(which + 1) + " is " + (shorter ? "shorter" : "longer") +
                      " than " + others);
}

bool zip_iternext(Object* self, Value& out) {
    auto* z = static_cast<ZipObject*>(self);
    if (z->iters.empty()) return false;
    std::vector<Value> items;
    items.reserve(z->iters.size());
    for (size_t i = 0; i < z->iters.size(); ++i) {
        Value item;
        if (next(z->iters[i], item)) {
            items.push_back(std::move(item));
            continue;
        }
        if (z->strict) {
            if (i > 0) raise_zip_mismatch(i, true);
            for (size_t j = 1; j < z->iters.size(); ++j) {
                Value extra;
                if (next(z->iters[j], extra)) raise_zip_mismatch(j, false);
            }
        }
        z->iters.clear();
        return false;
    }
    out = make_tuple(std::move(items));
    return true;
}

Value zip_new(const CallArgs& c) {
    auto z = make<ZipObject>(static_cast<TypeObject*>(c.args[0].as_obj()));
    if (c.nkw > 1) raise_type_error("zip() takes at most 1 keyword argument (" + std::to_string(c.nkw) + " given)");
    if (c.nkw == 1) {
        if (as<StrObject>(c.kwnames[0])->view() != "strict") {
            raise_type_error("zip() got an unexpected keyword argument '" + as<StrObject>(c.kwnames[0])->utf8() + "'");
        }
        z->strict = truthy(c.kwvalues[0]);
    }
    for (size_t i = 1; i < c.nargs; ++i) z->iters.push_back(get_iter(c.args[i]));
    return z;
}

// ---- map, filter ----

bool map_iternext(Object* self, Value& out) {
    auto* m = static_cast<MapObject*>(self);
    std::vector<Value> args;
    args.reserve(m->iters.size());
    for (const Value& it : m->iters) {
        Value item;
        if (!next(it, item)) return false;
        args.push_back(std::move(item));
    }
    out = call(m->func, CallArgs{args.data(), args.size()});
    return true;
}

Value map_new(const CallArgs& c) {
    if (c.nkw) raise_type_error("map() takes no keyword arguments");
    if (c.nargs < 3) raise_type_error("map() must have at least two arguments.");
    auto m = make<MapObject>(static_cast<TypeObject*>(c.args[0].as_obj()));
    m->func = c.args[1];
    for (size_t i = 2; i < c.nargs; ++i) m->iters.push_back(get_iter(c.args[i]));
    return m;
}

bool filter_iternext(Object* self, Value& out) {
    auto* f = static_cast<FilterObject*>(self);
    Value item;
    while (next(f->iter, item)) {
        // CPython skips the call for filter(None, ...) and filter(bool, ...).
        bool plain = f->func.is_none() || (f->func.is_obj() && f->func.as_obj() == types().bool_);
        bool keep = plain ? truthy(item) : truthy(call(f->func, {item}));
        if (keep) {
            out = std::move(item);
            return true;
        }
    }
    return false;
}

Value filter_new(const CallArgs& c) {
    if (c.nkw) raise_type_error("filter() takes no keyword arguments");
    unpack_args("filter", c, 2, 2, 1);
    auto f = make<FilterObject>(static_cast<TypeObject*>(c.args[0].as_obj()));
    f->func = c.args[1];
    f->iter = get_iter(c.args[2]);
    return f;
}

// ---- reversed ----

bool reversed_iternext(Object* self, Value& out) {
    auto* r = static_cast<ReversedObject*>(self);
    if (r->index < 0 || r->seq.empty()) return false;
    try {
        out = getitem(r->seq, Value::small_int(r->index));
    } catch (const PyException& e) {
        if (exception_matches(e.exc, types().IndexError) || exception_matches(e.exc, types().StopIteration)) {
            r->index = -1;
            r->seq = Value();
            return false;
        }
        throw;
    }
    if (--r->index < 0) r->seq = Value();
    return true;
}

Value reversed_new(const CallArgs& c) {
    if (c.nkw) raise_type_error("reversed() takes no keyword arguments");
    unpack_args("reversed", c, 1, 1, 1);
    return make_reversed(c.args[1]);
}

Value reversed_length_hint(const CallArgs& c) {
    no_args("__length_hint__", c, 1);
    auto* r = static_cast<ReversedObject*>(c.args[0].as_obj());
    return Value::small_int(r->seq.empty() ? 0 : r->index + 1);
}

void make_iterable_type(TypeObject* t, bool (*iternext)(Object*, Value&)) {
    t->iternext = iternext;
    add_method(t, "__iter__", iter_self_method);
    add_method(t, "__next__", iternext_method);
}

TypeObject* new_iterator_type(const char* name, bool (*iternext)(Object*, Value&)) {
    TypeObject* t = make_builtin_type(name, types().object, Layout::Native, false).get();
    make_iterable_type(t, iternext);
    return t;
}

}  // namespace

Value make_reversed(const Value& x) {
    Value hook = lookup_special(x, names().__reversed__);
    if (!hook.empty()) {
        if (hook.is_none()) raise_type_error("'" + type_name(x) + "' object is not reversible");
        return call(bind_descriptor(hook, x, type_of(x)), {});
    }
    TypeObject* t = type_of(x);
    if (!t->lookup(names().__getitem__) || t->is_subtype_of(types().dict)) {
        raise_type_error("'" + t->name + "' object is not reversible");
    }
    int64_t n = length(x);
    auto r = make<ReversedObject>(extra_types().reversed);
    r->seq = x;
    r->index = n - 1;
    return r;
}

void install_iterator_types(Interp& in) {
    Types& t = in.types;
    ExtraTypes& x = extra_types();
    make_iterable_type(t.list_iterator, vector_iternext<ListObject>);
    make_iterable_type(t.tuple_iterator, vector_iternext<TupleObject>);
    make_iterable_type(t.str_iterator, str_iternext);
    make_iterable_type(t.seq_iterator, sequence_iternext);
    make_iterable_type(t.callable_iterator, callable_iternext);
    for (TypeObject* it : {t.list_iterator, t.tuple_iterator, t.str_iterator}) {
        add_method(it, "__length_hint__", length_hint);
    }
    x.list_reverseiterator = new_iterator_type("list_reverseiterator", list_reverse_iternext);
    add_method(x.list_reverseiterator, "__length_hint__", length_hint);
    x.bytes_iterator = new_iterator_type("bytes_iterator", nullptr);
    add_method(x.bytes_iterator, "__length_hint__", length_hint);

    x.enumerate = new_iterator_type("enumerate", enumerate_iternext);
    add_method(x.enumerate, "__new__", enumerate_new, NativeKind::StaticMethod);
    x.zip = new_iterator_type("zip", zip_iternext);
    add_method(x.zip, "__new__", zip_new, NativeKind::StaticMethod);
    x.map = new_iterator_type("map", map_iternext);
    add_method(x.map, "__new__", map_new, NativeKind::StaticMethod);
    x.filter = new_iterator_type("filter", filter_iternext);
    add_method(x.filter, "__new__", filter_new, NativeKind::StaticMethod);
    x.reversed = new_iterator_type("reversed", reversed_iternext);
    add_method(x.reversed, "__new__", reversed_new, NativeKind::StaticMethod);
    add_method(x.reversed, "__length_hint__", reversed_length_hint);
    // The Interp registers enumerate, zip, map, filter and reversed in builtins by name.
}

}  // namespace loopscope::vm
