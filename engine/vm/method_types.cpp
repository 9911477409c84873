// The callable wrapper types' Python-visible behaviour: bound methods (`method`), builtin
// functions and methods (`builtin_function_or_method`), and the Ellipsis / NotImplemented
// singletons' types. Attribute names and reprs are CPython's.
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/native.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

BoundMethodObject* as_bound(const Value& v) { return static_cast<BoundMethodObject*>(v.as_obj()); }
NativeFunctionObject* as_native(const Value& v) { return static_cast<NativeFunctionObject*>(v.as_obj()); }

// "0x7f..." of a default repr, for reprs that embed an address.
std::string address_of(const Value& v) {
    std::string r = object_default_repr(v);
    size_t at = r.rfind(" at ");
    return r.substr(at + 4, r.size() - at - 5);
}

std::string attr_or(const Value& obj, const char* name, const std::string& fallback) {
    Value v = getattr_or_empty(obj, interp().intern(name).get());
    return v.empty() || !isinstance(v, types().str) ? fallback : str_string(v);
}

// ---- method ----

Value method_repr(const CallArgs& a) {
    BoundMethodObject* m = as_bound(a[0]);
    std::string name = attr_or(m->func, "__qualname__", attr_or(m->func, "__name__", "?"));
    return make_str("<bound method " + name + " of " + repr_string(m->self) + ">");
}

Value method_eq(const CallArgs& a) {
    if (!isinstance(a[1], types().method)) return interp().not_implemented;
    BoundMethodObject* x = as_bound(a[0]);
    BoundMethodObject* y = as_bound(a[1]);
    return Value::boolean(same(x->self, y->self) && equal(x->func, y->func));
}

Value method_hash(const CallArgs& a) {
    BoundMethodObject* m = as_bound(a[0]);
    int64_t h = hash(m->func) ^ int64_t(m->self.is_obj() ? object_serial(m->self.as_obj()) : hash(m->self));
    return Value::small_int(h == -1 ? -2 : h);
}

// Attributes a bound method does not have itself come from its function (CPython's
// method_getattro), so __name__, __doc__, __wrapped__... read through.
Value method_getattribute(const CallArgs& a) {
    if (a.nargs != 2 || !isinstance(a[1], types().str)) raise_type_error("attribute name must be string");
    auto* name = static_cast<StrObject*>(a[1].as_obj());
    if (name->view() == "__class__") return Value::borrowed(types().method);
    Value own = type_of(a[0])->lookup(name) ? object_generic_getattr(a[0], name) : Value();
    if (!own.empty()) return own;
    return getattr(as_bound(a[0])->func, name);
}

Value method_get_self(const Value& self) { return as_bound(self)->self; }
Value method_get_func(const Value& self) { return as_bound(self)->func; }

// ---- builtin_function_or_method ----

bool is_unbound_method_descriptor(NativeFunctionObject* f) {
    return f->self.empty() && f->kind == NativeKind::Method;
}

Value native_repr(const CallArgs& a) {
    NativeFunctionObject* f = as_native(a[0]);
    if (is_unbound_method_descriptor(f)) {
        return make_str("<method '" + f->name + "' of '" + f->owner + "' objects>");
    }
    if (!f->self.empty()) {
        std::string of = isinstance(f->self, types().type)
                             ? "type object at " + address_of(f->self)
                             : type_name(f->self) + " object at " + address_of(f->self);
        return make_str("<built-in method " + f->name + " of " + of + ">");
    }
    return make_str("<built-in function " + f->name + ">");
}

Value native_get_name(const Value& self) { return make_str(as_native(self)->name); }
Value native_get_qualname(const Value& self) {
    NativeFunctionObject* f = as_native(self);
    bool method = f->kind != NativeKind::Function || !f->self.empty();
    return make_str(method && !f->owner.empty() ? f->owner + "." + f->name : f->name);
}
Value native_get_module(const Value& self) {
    NativeFunctionObject* f = as_native(self);
    if (f->kind != NativeKind::Function) return Value::none();
    return make_str(f->owner.empty() ? "builtins" : f->owner);
}
Value native_get_self(const Value& self) {
    NativeFunctionObject* f = as_native(self);
    return f->self.empty() ? Value::none() : f->self;
}
Value native_get_doc(const Value&) { return Value::none(); }

// ---- singletons ----

Value ellipsis_repr(const CallArgs&) { return make_str("Ellipsis"); }
Value not_implemented_repr(const CallArgs&) { return make_str("NotImplemented"); }
Value singleton_hash(const CallArgs& a) { return Value::small_int(int64_t(object_serial(a[0].as_obj()))); }

}  // namespace

void install_method_types(Interp& in) {
    TypeObject* m = in.types.method;
    add_method(m, "__repr__", method_repr);
    add_method(m, "__eq__", method_eq);
    add_method(m, "__hash__", method_hash);
    add_method(m, "__getattribute__", method_getattribute);
    m->has_getattribute_hook = true;
    add_getset(m, "__self__", method_get_self);
    add_getset(m, "__func__", method_get_func);

    TypeObject* b = in.types.builtin_function;
    add_method(b, "__repr__", native_repr);
    add_getset(b, "__name__", native_get_name);
    add_getset(b, "__qualname__", native_get_qualname);
    add_getset(b, "__module__", native_get_module);
    add_getset(b, "__self__", native_get_self);
    add_getset(b, "__doc__", native_get_doc);

    add_method(in.types.ellipsis, "__repr__", ellipsis_repr);
    add_method(in.types.ellipsis, "__hash__", singleton_hash);
    add_method(in.types.not_implemented, "__repr__", not_implemented_repr);
    add_method(in.types.not_implemented, "__hash__", singleton_hash);
}

}  // namespace loopscope::vm
