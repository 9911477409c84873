// BaseExceptionGroup / ExceptionGroup: construction rules (which class you get, what may be
// nested), str, derive, split and subgroup, as CPython's exceptions.c implements them.
#include "vm/builtins_module.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/str_ops.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

ExceptionObject* exc_of(const Value& v) { return static_cast<ExceptionObject*>(v.as_obj()); }

bool is_group(const Value& v) {
    return is_exception_instance(v) && type_of(v)->is_subtype_of(types().BaseExceptionGroup) &&
           exc_of(v)->eg_exceptions;
}

Value group_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    if (c.nkw) raise_type_error(cls->name + "() takes no keyword arguments");
    if (c.nargs != 3) {
        raise_type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(c.nargs - 1) +
                         " given)");
    }
    const Value& message = c.args[1];
    const Value& excs = c.args[2];
    if (!is_str(message)) {
        raise_type_error("BaseExceptionGroup.__new__() argument 1 must be str, not " + type_name(message));
    }
    TypeObject* et = type_of(excs);
    if (!et->lookup(names().__getitem__) || et->is_subtype_of(types().dict)) {
        raise_type_error("second argument (exceptions) must be a sequence");
    }
    std::vector<Value> items = to_vector(excs);
    if (items.empty()) raise_value_error("second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!is_exception_instance(items[i])) {
            raise_value_error("Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
        }
        if (!exception_matches(items[i], types().Exception)) nested_base = true;
    }
    if (cls == types().ExceptionGroup) {
        if (nested_base) raise_type_error("Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (cls == types().BaseExceptionGroup) {
        if (!nested_base) cls = types().ExceptionGroup;
    } else if (nested_base && cls->is_subtype_of(types().Exception)) {
        raise_type_error("Cannot nest BaseExceptions in '" + cls->name + "'");
    }
    Value v = cls->alloc(cls);
    ExceptionObject* e = exc_of(v);
    e->args = make_tuple({message, excs});
    e->eg_message = message;
    e->eg_exceptions = make_tuple(std::move(items));
    return v;
}

Value group_init(const CallArgs& c) {
    exc_of(c.args[0])->args = make_tuple(std::vector<Value>(c.args + 1, c.args + c.nargs));
    return Value::none();
}

Value group_str(const CallArgs& c) {
    slot_args(c, 0);
    ExceptionObject* e = exc_of(c.args[0]);
    size_t n = e->eg_exceptions ? e->eg_exceptions->items.size() : 0;
    std::string msg = e->eg_message.empty() ? "" : str_string(e->eg_message);
    return make_str(msg + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
}

Value group_derive(const CallArgs& c) {
    exact_one_arg("BaseExceptionGroup.derive", c, 1);
    return call(Value::borrowed(types().BaseExceptionGroup), {exc_of(c.args[0])->eg_message, c.args[1]});
}

Value get_message(const Value& self) { return exc_of(self)->eg_message; }
Value get_exceptions(const Value& self) {
    ExceptionObject* e = exc_of(self);
    return e->eg_exceptions ? Value(e->eg_exceptions) : Value(empty_tuple());
}

// ---- split / subgroup ----

enum class Matcher { ByType, Predicate };

Matcher matcher_kind(const Value& m) {
    bool is_class = m.is_obj() && m.as_obj()->type->is_subtype_of(types().type);
    if (is_class && static_cast<TypeObject*>(m.as_obj())->is_subtype_of(types().BaseException)) return Matcher::ByType;
    if (m.is_obj() && m.as_obj()->type == types().tuple) {
        for (const Value& t : as<TupleObject>(m)->items) {
            bool ok = t.is_obj() && t.as_obj()->type->is_subtype_of(types().type) &&
                      static_cast<TypeObject*>(t.as_obj())->is_subtype_of(types().BaseException);
            if (!ok) {
                raise_type_error(
                    "expected an exception type, a tuple of exception types, or a callable (other than a class)");
            }
        }
        return Matcher::ByType;
    }
    if (!is_class && is_callable(m)) return Matcher::Predicate;
    raise_type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)");
}

bool matches(const Value& exc, Matcher kind, const Value& m) {
    if (kind == Matcher::Predicate) return truthy(call(m, {exc}));
    if (isinstance(m, types().tuple)) {
        for (const Value& t : as<TupleObject>(m)->items) {
            if (exception_matches(exc, static_cast<TypeObject*>(t.as_obj()))) return true;
        }
        return false;
    }
    return exception_matches(exc, static_cast<TypeObject*>(m.as_obj()));
}

// orig.derive(excs) carrying orig's traceback, cause, context and a copy of its notes.
Value subset(const Value& orig, std::vector<Value> excs) {
    if (excs.empty()) return Value::none();
    Value eg = call_method(orig, intern("derive").get(), {Value(make_list(std::move(excs)))});
    if (!is_group(eg)) raise_type_error("derive must return an instance of BaseExceptionGroup");
    ExceptionObject* d = exc_of(eg);
    ExceptionObject* o = exc_of(orig);
    d->traceback = o->traceback;
    d->context = o->context;
    d->cause = o->cause;
    d->suppress_context = true;  // PyException_SetCause sets it
    Value notes = getattr_or_empty(orig, names().__notes__);
    if (!notes.empty() && type_of(notes)->lookup(names().__getitem__)) {
        setattr(eg, names().__notes__, make_list(to_vector(notes)));
    }
    return eg;
}

void split_recursive(const Value& exc, Matcher kind, const Value& m, bool want_rest, Value& match, Value& rest) {
    match = Value::none();
    rest = Value::none();
    if (matches(exc, kind, m)) {
        match = exc;
        return;
    }
    if (!is_group(exc)) {
        if (want_rest) rest = exc;
        return;
    }
    std::vector<Value> matched, rests;
    std::vector<Value> children = exc_of(exc)->eg_exceptions->items;
    for (const Value& child : children) {
        Value cm, cr;
        split_recursive(child, kind, m, want_rest, cm, cr);
        if (!cm.is_none()) matched.push_back(cm);
        if (!cr.is_none()) rests.push_back(cr);
    }
    match = subset(exc, std::move(matched));
    if (want_rest) rest = subset(exc, std::move(rests));
}

Value group_split(const CallArgs& c) {
    exact_one_arg("BaseExceptionGroup.split", c, 1);
    Matcher kind = matcher_kind(c.args[1]);
    Value match, rest;
    split_recursive(c.args[0], kind, c.args[1], true, match, rest);
    return make_tuple({match, rest});
}

Value group_subgroup(const CallArgs& c) {
    exact_one_arg("BaseExceptionGroup.subgroup", c, 1);
    Matcher kind = matcher_kind(c.args[1]);
    Value match, rest;
    split_recursive(c.args[0], kind, c.args[1], false, match, rest);
    return match;
}

}  // namespace

void install_exception_group_methods(Interp& in) {
    TypeObject* g = in.types.BaseExceptionGroup;
    add_method(g, "__new__", group_new, NativeKind::StaticMethod);
    add_method(g, "__init__", group_init);
    add_method(g, "__str__", group_str);
    add_method(g, "derive", group_derive);
    add_method(g, "split", group_split);
    add_method(g, "subgroup", group_subgroup);
    add_getset(g, "message", get_message);
    add_getset(g, "exceptions", get_exceptions);
}

}  // namespace loopscope::vm
