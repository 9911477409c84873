#include "vm/exception.h"

#include "vm/interp.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

ExceptionObject* as_exc(const Value& v) { return static_cast<ExceptionObject*>(v.as_obj()); }

}  // namespace

void ExceptionObject::clear_references() {
    args.reset();
    cause = Value();
    context = Value();
    dict.reset();
    value = Value();
    eg_message = Value();
    eg_exceptions.reset();
}

DictObject* ExceptionObject::attribute_dict(bool create) {
    if (!dict && create) dict = make_dict();
    return dict.get();
}

Ref<ExceptionObject> new_exception(TypeObject* type, std::vector<Value> args) {
    Value v = type->alloc(type);
    Ref<ExceptionObject> exc(as_exc(v));
    exc->args = make_tuple(std::move(args));
    if (type->is_subtype_of(types().StopIteration) || type->is_subtype_of(types().StopAsyncIteration)) {
        exc->value = exc->args->items.empty() ? Value::none() : exc->args->items[0];
    }
    return exc;
}

bool is_exception_instance(const Value& v) {
    return v.is_obj() && v.as_obj()->type->is_subtype_of(types().BaseException);
}

bool exception_matches(const Value& exc, const TypeObject* type) {
    return type_of(exc)->is_subtype_of(type);
}

void attach_context(ExceptionObject* exc) {
    auto& handled = interp().handled_exceptions;
    if (handled.empty()) return;
    const Value& ctx = handled.back();
    if (ctx.empty() || ctx.is_none() || ctx.as_obj() == exc) return;
    // Break a cycle: if exc already appears in ctx's context chain, cut it there.
    ExceptionObject* o = as_exc(ctx);
    while (o) {
        if (o->context.empty() || o->context.is_none()) break;
        if (o->context.as_obj() == exc) {
            o->context = Value();
            break;
        }
        o = as_exc(o->context);
    }
    exc->context = ctx;
}

[[noreturn]] void raise_value(Value exc) {
    if (exc.is_obj() && exc.as_obj()->type->is_subtype_of(types().type)) {
        TypeObject* t = static_cast<TypeObject*>(exc.as_obj());
        if (t->is_subtype_of(types().BaseException)) exc = call(exc, {});
    }
    if (!is_exception_instance(exc)) raise_type_error("exceptions must derive from BaseException");
    attach_context(as_exc(exc));
    throw PyException{std::move(exc)};
}

[[noreturn]] void raise(TypeObject* type, const std::string& message) {
    raise_value(new_exception(type, {make_str(message)}));
}
[[noreturn]] void raise_no_args(TypeObject* type) { raise_value(new_exception(type, {})); }
[[noreturn]] void raise_type_error(const std::string& m) { raise(types().TypeError, m); }
[[noreturn]] void raise_value_error(const std::string& m) { raise(types().ValueError, m); }
[[noreturn]] void raise_index_error(const std::string& m) { raise(types().IndexError, m); }
[[noreturn]] void raise_zero_division(const std::string& m) { raise(types().ZeroDivisionError, m); }
[[noreturn]] void raise_overflow(const std::string& m) { raise(types().OverflowError, m); }
[[noreturn]] void raise_key_error(const Value& key) { raise_value(new_exception(types().KeyError, {key})); }
[[noreturn]] void raise_stop_iteration(Value value) {
    std::vector<Value> args;
    if (!value.empty() && !value.is_none()) args.push_back(value);
    auto exc = new_exception(types().StopIteration, std::move(args));
    exc->value = value.empty() ? Value::none() : value;
    raise_value(exc);
}

[[noreturn]] void raise_attribute_error(const Value& obj, const StrObject* name) {
    std::string msg;
    if (obj.is_obj() && obj.as_obj()->type->is_subtype_of(types().type)) {
        msg = "type object '" + static_cast<TypeObject*>(obj.as_obj())->name + "' has no attribute '"
              + name->utf8() + "'";
    } else if (obj.is_obj() && obj.as_obj()->type == types().module) {
        Value modname = getattr_or_empty(obj, interp().names.__name__);
        msg = "module '" + (modname.empty() ? std::string("?") : str_string(modname))
              + "' has no attribute '" + name->utf8() + "'";
    } else {
        msg = "'" + type_name(obj) + "' object has no attribute '" + name->utf8() + "'";
    }
    auto exc = new_exception(types().AttributeError, {make_str(msg)});
    DictObject* d = exc->attribute_dict(true);
    d->set_str(interp().intern("name").get(), Value::borrowed(const_cast<StrObject*>(name)));
    d->set_str(interp().intern("obj").get(), obj);
    raise_value(exc);
}

}  // namespace loopscope::vm
