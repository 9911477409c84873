// The Python-visible side of property, staticmethod and classmethod (descriptors.h). Binding
// on attribute access lives in protocol.cpp; these are the constructors, the getter/setter/
// deleter copies, and explicit __get__/__set__/__delete__ calls.
#include "vm/descriptors.h"

#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

DictObject* StaticMethodObject::attribute_dict(bool create) {
    if (!dict && create) dict = make_dict();
    return dict.get();
}

DictObject* ClassMethodObject::attribute_dict(bool create) {
    if (!dict && create) dict = make_dict();
    return dict.get();
}

namespace {

PropertyObject* self_property(const CallArgs& c) { return static_cast<PropertyObject*>(c.args[0].as_obj()); }

Value or_none(const Value& v) { return v.empty() ? Value::none() : v; }

std::string property_name(const PropertyObject* p) {
    return p->name.empty() || p->name.is_none() ? std::string() : str_string(p->name);
}

// ---- property ----

Value property_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    Ref<PropertyObject> p = make<PropertyObject>(cls);
    p->fget = p->fset = p->fdel = p->doc = Value::none();
    return p;
}

Value property_init(const CallArgs& c) {
    Value args[4];
    bind_args({"property", {"fget", "fset", "fdel", "doc"}, 0}, c, args, 1);
    PropertyObject* p = self_property(c);
    p->fget = or_none(args[0]);
    p->fset = or_none(args[1]);
    p->fdel = or_none(args[2]);
    p->doc = or_none(args[3]);
    if (p->doc.is_none() && !p->fget.is_none()) {
        Value d = getattr_or_empty(p->fget, names().__doc__);
        if (!d.empty()) p->doc = d;
    }
    if (!p->fget.is_none()) {
        Value n = getattr_or_empty(p->fget, names().__name__);
        if (!n.empty()) p->name = n;
    }
    return Value::none();
}

// A copy of the property with one accessor replaced (what @x.setter returns).
Value property_copy(const CallArgs& c, const char* display, int which) {
    exact_one_arg(display, c, 1);
    PropertyObject* p = self_property(c);
    Ref<PropertyObject> q = make<PropertyObject>(p->type);
    q->fget = which == 0 ? c.args[1] : p->fget;
    q->fset = which == 1 ? c.args[1] : p->fset;
    q->fdel = which == 2 ? c.args[1] : p->fdel;
    q->doc = p->doc;
    q->name = p->name;
    if (which == 0 && (q->doc.is_none() || q->doc.empty())) {
        Value d = getattr_or_empty(q->fget, names().__doc__);
        if (!d.empty()) q->doc = d;
    }
    return q;
}

Value property_getter(const CallArgs& c) { return property_copy(c, "property.getter", 0); }
Value property_setter(const CallArgs& c) { return property_copy(c, "property.setter", 1); }
Value property_deleter(const CallArgs& c) { return property_copy(c, "property.deleter", 2); }

Value property_get(const CallArgs& c) {
    unpack_args("__get__", c, 1, 2, 1);
    PropertyObject* p = self_property(c);
    const Value& obj = c.args[1];
    if (obj.is_none()) return c.args[0];
    if (p->fget.is_none() || p->fget.empty()) {
        raise(types().AttributeError,
              "property '" + property_name(p) + "' of '" + type_name(obj) + "' object has no getter");
    }
    return call(p->fget, {obj});
}

Value property_set(const CallArgs& c) {
    slot_args(c, 2);
    PropertyObject* p = self_property(c);
    if (p->fset.is_none() || p->fset.empty()) {
        raise(types().AttributeError,
              "property '" + property_name(p) + "' of '" + type_name(c.args[1]) + "' object has no setter");
    }
    call(p->fset, {c.args[1], c.args[2]});
    return Value::none();
}

Value property_delete(const CallArgs& c) {
    slot_args(c, 1);
    PropertyObject* p = self_property(c);
    if (p->fdel.is_none() || p->fdel.empty()) {
        raise(types().AttributeError,
              "property '" + property_name(p) + "' of '" + type_name(c.args[1]) + "' object has no deleter");
    }
    call(p->fdel, {c.args[1]});
    return Value::none();
}

Value property_set_name(const CallArgs& c) {
    unpack_args("__set_name__", c, 2, 2, 1);
    self_property(c)->name = c.args[2];
    return Value::none();
}

Value get_fget(const Value& self) { return or_none(as<PropertyObject>(self)->fget); }
Value get_fset(const Value& self) { return or_none(as<PropertyObject>(self)->fset); }
Value get_fdel(const Value& self) { return or_none(as<PropertyObject>(self)->fdel); }
Value get_doc(const Value& self) { return or_none(as<PropertyObject>(self)->doc); }
void set_doc(const Value& self, const Value& v) { as<PropertyObject>(self)->doc = v; }
Value get_property_name(const Value& self) {
    PropertyObject* p = as<PropertyObject>(self);
    if (p->name.empty() || p->name.is_none()) {
        raise(types().AttributeError, "'property' object has no attribute '__name__'");
    }
    return p->name;
}
void set_property_name(const Value& self, const Value& v) { as<PropertyObject>(self)->name = v; }

// ---- staticmethod / classmethod ----

template <class T>
Value wrapper_new(const CallArgs& c) {
    TypeObject* cls = static_cast<TypeObject*>(c.args[0].as_obj());
    Ref<T> w = make<T>(cls);
    w->func = Value::none();
    return w;
}

template <class T>
Value wrapper_init(const CallArgs& c) {
    const char* name = std::is_same_v<T, StaticMethodObject> ? "staticmethod" : "classmethod";
    no_kwargs(name, c);
    unpack_args(name, c, 1, 1, 1);
    static_cast<T*>(c.args[0].as_obj())->func = c.args[1];
    return Value::none();
}

Value staticmethod_get(const CallArgs& c) {
    unpack_args("__get__", c, 1, 2, 1);
    return static_cast<StaticMethodObject*>(c.args[0].as_obj())->func;
}

Value staticmethod_call(const CallArgs& c) {
    const Value& func = static_cast<StaticMethodObject*>(c.args[0].as_obj())->func;
    CallArgs rest{c.args + 1, c.nargs - 1, c.kwnames, c.kwvalues, c.nkw};
    return call(func, rest);
}

Value classmethod_get(const CallArgs& c) {
    unpack_args("__get__", c, 1, 2, 1);
    const Value& func = static_cast<ClassMethodObject*>(c.args[0].as_obj())->func;
    Value owner = c.nargs > 2 && !c.args[2].is_none() ? c.args[2] : Value(Value::borrowed(type_of(c.args[1])));
    return make<BoundMethodObject>(types().method, func, owner);
}

Value get_static_func(const Value& self) { return static_cast<StaticMethodObject*>(self.as_obj())->func; }
Value get_class_func(const Value& self) { return static_cast<ClassMethodObject*>(self.as_obj())->func; }

}  // namespace

void install_descriptor_methods(Interp& in) {
    TypeObject* p = in.types.property;
    add_method(p, "__new__", property_new, NativeKind::StaticMethod);
    add_method(p, "__init__", property_init);
    add_method(p, "getter", property_getter);
    add_method(p, "setter", property_setter);
    add_method(p, "deleter", property_deleter);
    add_method(p, "__get__", property_get);
    add_method(p, "__set__", property_set);
    add_method(p, "__delete__", property_delete);
    add_method(p, "__set_name__", property_set_name);
    add_getset(p, "fget", get_fget);
    add_getset(p, "fset", get_fset);
    add_getset(p, "fdel", get_fdel);
    add_getset(p, "__doc__", get_doc, set_doc);
    add_getset(p, "__name__", get_property_name, set_property_name);

    TypeObject* s = in.types.staticmethod;
    add_method(s, "__new__", wrapper_new<StaticMethodObject>, NativeKind::StaticMethod);
    add_method(s, "__init__", wrapper_init<StaticMethodObject>);
    add_method(s, "__get__", staticmethod_get);
    add_method(s, "__call__", staticmethod_call);
    add_getset(s, "__func__", get_static_func);
    add_getset(s, "__wrapped__", get_static_func);

    TypeObject* k = in.types.classmethod;
    add_method(k, "__new__", wrapper_new<ClassMethodObject>, NativeKind::StaticMethod);
    add_method(k, "__init__", wrapper_init<ClassMethodObject>);
    add_method(k, "__get__", classmethod_get);
    add_getset(k, "__func__", get_class_func);
    add_getset(k, "__wrapped__", get_class_func);
}

}  // namespace loopscope::vm
