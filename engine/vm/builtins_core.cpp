// builtins: output and input, object identity, attributes, type checks, iteration helpers.
#include <algorithm>
#include <cstring>

#include "vm/builtin_types.h"
#include "vm/builtins_module.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/list_ops.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/str_ops.h"
#include "vm/type.h"

namespace loopscope::vm {

int64_t object_id(const Value& v) {
    switch (v.tag()) {
        case Tag::None: return 0x7e0000000010;
        case Tag::Bool: return v.as_bool() ? 0x7e0000000020 : 0x7e0000000030;
        case Tag::Int: return int64_t(0x7d0000000000ull + (uint64_t(v.as_int()) << 5));
        case Tag::Float: return int64_t(0x7c0000000000ull + ((v.bits() >> 8) << 4));
        case Tag::Obj: return int64_t(0x7f0000000000ull + uint64_t(object_serial(v.as_obj())) * 16);
        case Tag::Empty: break;
    }
    return 0;
}

namespace {

bool is_class(const Value& v) { return v.is_obj() && v.as_obj()->type->is_subtype_of(types().type); }
TypeObject* as_class(const Value& v) { return static_cast<TypeObject*>(v.as_obj()); }
StrObject* kw_str(const CallArgs& c, size_t i) { return as<StrObject>(c.kwnames[i]); }

// ---- print, input ----

std::string text_arg(const Value& v, const char* what, const char* dflt) {
    if (v.empty() || v.is_none()) return dflt;
    if (!is_str(v)) raise_type_error(std::string(what) + " must be None or a string, not " + type_name(v));
    return as<StrObject>(v)->utf8();
}

// The default print destination: the run's stdout, unless the program replaced sys.stdout.
Value replaced_stdout() {
    Interp& in = interp();
    Value* sys = in.modules->find_str(in.intern("sys").get());
    if (!sys) return Value();
    Value out = getattr_or_empty(*sys, in.intern("stdout").get());
    Value orig = getattr_or_empty(*sys, in.intern("__stdout__").get());
    if (out.empty() || out.is_none() || same(out, orig)) return Value();
    return out;
}

Value builtin_print(const CallArgs& c) {
    Value sep, end, file, flush;
    for (size_t i = 0; i < c.nkw; ++i) {
        std::string_view k = kw_str(c, i)->view();
        if (k == "sep") sep = c.kwvalues[i];
        else if (k == "end") end = c.kwvalues[i];
        else if (k == "file") file = c.kwvalues[i];
        else if (k == "flush") flush = c.kwvalues[i];
        else raise_type_error("print() got an unexpected keyword argument '" + std::string(k) + "'");
    }
    std::string sep_text = text_arg(sep, "sep", " ");
    std::string end_text = text_arg(end, "end", "\n");
    if (file.empty() || file.is_none()) file = replaced_stdout();
    if (file.empty()) {
        std::string out;
        for (size_t i = 0; i < c.nargs; ++i) {
            if (i) out += sep_text;
            out += str(c.args[i])->view();
        }
        out += end_text;
        interp().write_stdout(out);
        return Value::none();
    }
    Value write = getattr(file, interp().intern("write").get());
    for (size_t i = 0; i < c.nargs; ++i) {
        if (i) call(write, {make_str(sep_text)});
        call(write, {str(c.args[i])});
    }
    call(write, {make_str(end_text)});
    if (!flush.empty() && truthy(flush)) call_method(file, interp().intern("flush").get(), {});
    return Value::none();
}

Value builtin_input(const CallArgs& c) {
    unpack_args("input", c, 0, 1, 0);
    Interp& in = interp();
    if (c.nargs == 1) {
        Value out = replaced_stdout();
        if (out.empty()) in.write_stdout(str(c.args[0])->view());
        else call_method(out, in.intern("write").get(), {str(c.args[0])});
    }
    if (in.stdin_pos >= in.stdin_text.size()) raise(types().EOFError, "EOF when reading a line");
    size_t nl = in.stdin_text.find('\n', in.stdin_pos);
    size_t end = nl == std::string::npos ? in.stdin_text.size() : nl;
    std::string line = in.stdin_text.substr(in.stdin_pos, end - in.stdin_pos);
    in.stdin_pos = nl == std::string::npos ? end : end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return make_str(std::move(line));
}

// ---- objects ----

Value builtin_len(const CallArgs& c) {
    exact_one_arg("len", c);
    return Value::small_int(length(c.args[0]));
}

Value builtin_repr(const CallArgs& c) {
    exact_one_arg("repr", c);
    return repr(c.args[0]);
}

Value builtin_ascii(const CallArgs& c) {
    exact_one_arg("ascii", c);
    return make_str(ascii_escape(repr(c.args[0])->view()));
}

Value builtin_hash(const CallArgs& c) {
    exact_one_arg("hash", c);
    return Value::small_int(hash(c.args[0]));
}

Value builtin_id(const CallArgs& c) {
    exact_one_arg("id", c);
    return Value::small_int(object_id(c.args[0]));
}

}  // namespace

bool is_callable(const Value& v) {
    if (!v.is_obj()) return false;
    TypeObject* t = v.as_obj()->type;
    Types& ty = types();
    if (t == ty.function || t == ty.builtin_function || t == ty.method || t->is_subtype_of(ty.type)) return true;
    return t->lookup(names().__call__) != nullptr;
}

namespace {

Value builtin_callable(const CallArgs& c) {
    exact_one_arg("callable", c);
    return Value::boolean(is_callable(c.args[0]));
}

StrObject* attr_name(const Value& v) {
    if (!is_str(v)) raise_type_error("attribute name must be string, not '" + type_name(v) + "'");
    StrObject* s = as<StrObject>(v);
    return s->interned ? s : interp().intern(s->view()).get();
}

Value builtin_getattr(const CallArgs& c) {
    unpack_args("getattr", c, 2, 3);
    StrObject* name = attr_name(c.args[1]);
    if (c.nargs == 2) return getattr(c.args[0], name);
    try {
        return getattr(c.args[0], name);
    } catch (const PyException& e) {
        if (!exception_matches(e.exc, types().AttributeError)) throw;
        return c.args[2];
    }
}

Value builtin_setattr(const CallArgs& c) {
    unpack_args("setattr", c, 3, 3);
    setattr(c.args[0], attr_name(c.args[1]), c.args[2]);
    return Value::none();
}

Value builtin_hasattr(const CallArgs& c) {
    unpack_args("hasattr", c, 2, 2);
    StrObject* name = attr_name(c.args[1]);
    try {
        return Value::boolean(!getattr_or_empty(c.args[0], name).empty());
    } catch (const PyException& e) {
        if (!exception_matches(e.exc, types().AttributeError)) throw;
        return Value::boolean(false);
    }
}

Value builtin_delattr(const CallArgs& c) {
    unpack_args("delattr", c, 2, 2);
    delattr(c.args[0], attr_name(c.args[1]));
    return Value::none();
}

Value call_builtin(const char* name) {
    Value* fn = interp().builtins->find_str(interp().intern(name).get());
    if (!fn) raise(types().RuntimeError, std::string(name) + "() is not available here");
    return call(*fn, {});
}

Value builtin_vars(const CallArgs& c) {
    unpack_args("vars", c, 0, 1);
    if (c.nargs == 0) return call_builtin("locals");
    Value d = getattr_or_empty(c.args[0], names().__dict__);
    if (d.empty()) raise_type_error("vars() argument must have __dict__ attribute");
    return d;
}

Value builtin_dir(const CallArgs& c) {
    unpack_args("dir", c, 0, 1);
    std::vector<Value> names_list;
    if (c.nargs == 0) {
        names_list = to_vector(call_method(call_builtin("locals"), names().keys, {}));
    } else {
        Value hook = lookup_special(c.args[0], names().__dir__);
        if (hook.empty()) raise_type_error("object does not provide __dir__");
        names_list = to_vector(call(bind_descriptor(hook, c.args[0], type_of(c.args[0])), {}));
    }
    sort_values(names_list, Value(), false);
    return make_list(std::move(names_list));
}

// ---- isinstance, issubclass ----

bool user_hook(const Value& classinfo, StrObject* name, const Value& arg, bool& result) {
    TypeObject* meta = type_of(classinfo);
    if (meta->is_builtin) return false;
    Value* hook = meta->lookup(name);
    if (!hook) return false;
    result = truthy(call(bind_descriptor(*hook, classinfo, meta), {arg}));
    return true;
}

}  // namespace

bool isinstance_check(const Value& obj, const Value& classinfo) {
    if (is_class(classinfo)) {
        bool r;
        if (user_hook(classinfo, names().__instancecheck__, obj, r)) return r;
        return type_of(obj)->is_subtype_of(as_class(classinfo));
    }
    if (isinstance(classinfo, types().tuple)) {
        RecursionGuard guard(" in __instancecheck__");
        for (const Value& item : as<TupleObject>(classinfo)->items) {
            if (isinstance_check(obj, item)) return true;
        }
        return false;
    }
    // Any object whose type defines __instancecheck__ (types.UnionType, types.GenericAlias).
    bool r;
    if (user_hook(classinfo, names().__instancecheck__, obj, r)) return r;
    raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

bool issubclass_check(const Value& cls, const Value& classinfo) {
    if (is_class(classinfo)) {
        bool r;
        if (user_hook(classinfo, names().__subclasscheck__, cls, r)) return r;
        if (!is_class(cls)) raise_type_error("issubclass() arg 1 must be a class");
        return as_class(cls)->is_subtype_of(as_class(classinfo));
    }
    if (isinstance(classinfo, types().tuple)) {
        RecursionGuard guard(" in __subclasscheck__");
        for (const Value& item : as<TupleObject>(classinfo)->items) {
            if (issubclass_check(cls, item)) return true;
        }
        return false;
    }
    bool r;
    if (user_hook(classinfo, names().__subclasscheck__, cls, r)) return r;
    if (!is_class(cls)) raise_type_error("issubclass() arg 1 must be a class");
    raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

namespace {

Value builtin_isinstance(const CallArgs& c) {
    unpack_args("isinstance", c, 2, 2);
    return Value::boolean(isinstance_check(c.args[0], c.args[1]));
}

Value builtin_issubclass(const CallArgs& c) {
    unpack_args("issubclass", c, 2, 2);
    return Value::boolean(issubclass_check(c.args[0], c.args[1]));
}

Value builtin_format(const CallArgs& c) {
    Value args[2];
    bind_args({"format", {"value", "format_spec"}, 1, 2}, c, args, 0);
    if (!args[1].empty() && !is_str(args[1])) {
        raise_type_error("format() argument 2 must be str, not " + type_name(args[1]));
    }
    return format(args[0], args[1].empty() ? Value(intern("")) : args[1]);
}

// ---- iteration ----

Value builtin_iter(const CallArgs& c) {
    unpack_args("iter", c, 1, 2);
    if (c.nargs == 1) return get_iter(c.args[0]);
    if (!is_callable(c.args[0])) raise_type_error("iter(v, w): v must be callable");
    return make_callable_iterator(c.args[0], c.args[1]);
}

Value builtin_next(const CallArgs& c) {
    unpack_args("next", c, 1, 2);
    TypeObject* t = type_of(c.args[0]);
    if (!t->iternext && !t->lookup(names().__next__)) {
        raise_type_error("'" + t->name + "' object is not an iterator");
    }
    if (c.nargs == 1 && !t->iternext) return call(bind_descriptor(*t->lookup(names().__next__), c.args[0], t), {});
    Value out, ret;
    if (next(c.args[0], out, &ret)) return out;
    if (c.nargs == 2) return c.args[1];
    raise_stop_iteration(ret);
}

Value builtin_any(const CallArgs& c) {
    exact_one_arg("any", c);
    Value it = get_iter(c.args[0]);
    Value x;
    while (next(it, x)) {
        if (truthy(x)) return Value::boolean(true);
    }
    return Value::boolean(false);
}

Value builtin_all(const CallArgs& c) {
    exact_one_arg("all", c);
    Value it = get_iter(c.args[0]);
    Value x;
    while (next(it, x)) {
        if (!truthy(x)) return Value::boolean(false);
    }
    return Value::boolean(true);
}

Value builtin_sorted(const CallArgs& c) {
    if (c.nargs != 1) raise_type_error("sorted expected 1 argument, got " + std::to_string(c.nargs));
    Value key, reverse;
    for (size_t i = 0; i < c.nkw; ++i) {
        std::string_view k = kw_str(c, i)->view();
        if (k == "key") key = c.kwvalues[i];
        else if (k == "reverse") reverse = c.kwvalues[i];
        else raise_type_error("sort() got an unexpected keyword argument '" + std::string(k) + "'");
    }
    std::vector<Value> items = to_vector(c.args[0]);
    sort_values(items, key, !reverse.empty() && truthy(reverse));
    return make_list(std::move(items));
}

// ---- aiter, anext ----

Value builtin_aiter(const CallArgs& c) {
    exact_one_arg("aiter", c);
    Value hook = lookup_special(c.args[0], names().__aiter__);
    if (hook.empty()) raise_type_error("'" + type_name(c.args[0]) + "' object is not an async iterable");
    return call(bind_descriptor(hook, c.args[0], type_of(c.args[0])), {});
}

// anext(it, default): an awaitable that delegates to it.__anext__() and turns its
// StopAsyncIteration into the default value.
struct AnextAwaitableObject : Object {
    void clear_references() override { wrapped = Value(); dflt = Value(); inner = Value(); }
    Value wrapped, dflt, inner;
};

Value anext_delegate(const CallArgs& c, StrObject* method, std::vector<Value> args) {
    auto* a = static_cast<AnextAwaitableObject*>(c.args[0].as_obj());
    if (a->inner.empty()) {
        Value w = a->wrapped;
        a->inner = type_of(w) == types().coroutine ? w : call_method(w, names().__await__, {});
    }
    try {
        if (method == names().__next__) {
            Value out, ret;
            if (next(a->inner, out, &ret)) return out;
            raise_stop_iteration(ret);
        }
        Value fn = getattr(a->inner, method);
        return call(fn, CallArgs{args.data(), args.size()});
    } catch (const PyException& e) {
        if (!exception_matches(e.exc, types().StopAsyncIteration)) throw;
        raise_stop_iteration(a->dflt);
    }
}

Value anext_next(const CallArgs& c) { return anext_delegate(c, names().__next__, {}); }
Value anext_send(const CallArgs& c) {
    unpack_args("send", c, 1, 1, 1);
    return anext_delegate(c, names().send, {c.args[1]});
}
Value anext_throw(const CallArgs& c) {
    return anext_delegate(c, names().throw_, std::vector<Value>(c.args + 1, c.args + c.nargs));
}
Value anext_close(const CallArgs& c) {
    auto* a = static_cast<AnextAwaitableObject*>(c.args[0].as_obj());
    if (!a->inner.empty()) {
        Value fn = getattr_or_empty(a->inner, names().close);
        if (!fn.empty()) call(fn, {});
    }
    return Value::none();
}

// Created after the Interp registered the builtin types by name: not a builtins name.
TypeObject* make_anext_type() {
    TypeObject* t = make_builtin_type("anext_awaitable", types().object, Layout::Native, false).get();
    add_method(t, "__await__", iter_self_method);
    add_method(t, "__iter__", iter_self_method);
    add_method(t, "__next__", anext_next);
    add_method(t, "send", anext_send);
    add_method(t, "throw", anext_throw);
    add_method(t, "close", anext_close);
    return t;
}

Value builtin_anext(const CallArgs& c) {
    unpack_args("anext", c, 1, 2);
    Value hook = lookup_special(c.args[0], names().__anext__);
    if (hook.empty()) raise_type_error("'" + type_name(c.args[0]) + "' object is not an async iterator");
    Value awaitable = call(bind_descriptor(hook, c.args[0], type_of(c.args[0])), {});
    if (c.nargs == 1) return awaitable;
    Ref<AnextAwaitableObject> a = make<AnextAwaitableObject>(extra_types().anext_awaitable);
    a->wrapped = awaitable;
    a->dflt = c.args[1];
    return a;
}

Value builtin_exit(const CallArgs& c) {
    unpack_args("exit", c, 0, 1);
    raise_value(call(Value::borrowed(types().SystemExit), c.nargs ? std::initializer_list<Value>{c.args[0]}
                                                                   : std::initializer_list<Value>{}));
}

}  // namespace

void install_builtins_core(Interp& in) {
    struct Entry {
        const char* name;
        NativeFn fn;
    };
    const Entry functions[] = {
        {"print", builtin_print}, {"input", builtin_input}, {"len", builtin_len}, {"repr", builtin_repr},
        {"ascii", builtin_ascii}, {"hash", builtin_hash}, {"id", builtin_id}, {"callable", builtin_callable},
        {"getattr", builtin_getattr}, {"setattr", builtin_setattr}, {"hasattr", builtin_hasattr},
        {"delattr", builtin_delattr}, {"vars", builtin_vars}, {"dir", builtin_dir},
        {"isinstance", builtin_isinstance}, {"issubclass", builtin_issubclass}, {"format", builtin_format},
        {"iter", builtin_iter}, {"next", builtin_next}, {"any", builtin_any}, {"all", builtin_all},
        {"sorted", builtin_sorted}, {"aiter", builtin_aiter}, {"anext", builtin_anext},
        {"exit", builtin_exit}, {"quit", builtin_exit},
    };
    for (const Entry& e : functions) {
        in.builtins->set_str(in.intern(e.name).get(), Value(make_native_function(e.name, e.fn)));
    }
    extra_types().anext_awaitable = make_anext_type();
}

void install_builtins_module(Interp& in) {
    // The Interp registers every builtin type by name; the traceback type is not a builtin name.
    in.builtins->erase(Value(in.intern("traceback")));
    install_builtins_core(in);
    install_builtins_numeric(in);
}

}  // namespace loopscope::vm
