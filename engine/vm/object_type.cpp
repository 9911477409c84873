// The methods of `object` and `type`: instance creation and initialization with CPython's
// argument checks, default repr/str/eq/hash/format, generic attribute access (what
// super().__setattr__ reaches), and the class attributes every class has (__name__, __mro__...).
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

TypeObject* as_type(const Value& v) { return static_cast<TypeObject*>(v.as_obj()); }
StrObject* as_str(const Value& v) { return static_cast<StrObject*>(v.as_obj()); }

bool is_type(const Value& v) { return v.is_obj() && v.as_obj()->type->is_subtype_of(types().type); }

const Value& object_attr(const char* name) {
    return *types().object->dict->find_str(interp().intern(name).get());
}

bool overrides_object(TypeObject* cls, StrObject* name) {
    Value* v = cls->lookup(name);
    return v && !same(*v, *types().object->dict->find_str(name));
}

StrObject* name_arg(const Value& v, const char* fname) {
    if (!isinstance(v, types().str)) {
        raise_type_error(std::string("attribute name must be string, not '") + type_name(v) + "'");
    }
    (void)fname;
    return as_str(v);
}

Value object_new(const CallArgs& a) {
    if (a.nargs < 1 || !is_type(a[0])) raise_type_error("object.__new__(X): X is not a type object");
    TypeObject* cls = as_type(a[0]);
    bool excess = a.nargs > 1 || a.nkw > 0;
    if (excess) {
        if (overrides_object(cls, names().__new__)) {
            raise_type_error("object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (!overrides_object(cls, names().__init__)) raise_type_error(cls->name + "() takes no arguments");
    }
    if (!cls->alloc) raise_type_error("cannot create '" + cls->name + "' instances");
    return cls->alloc(cls);
}

Value object_init(const CallArgs& a) {
    bool excess = a.nargs > 1 || a.nkw > 0;
    if (excess) {
        TypeObject* cls = type_of(a[0]);
        if (overrides_object(cls, names().__init__)) {
            raise_type_error("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (!overrides_object(cls, names().__new__)) {
            raise_type_error(cls->name + ".__init__() takes exactly one argument (the instance to initialize)");
        }
    }
    return Value::none();
}

Value object_repr(const CallArgs& a) { return make_str(object_default_repr(a[0])); }
Value object_str(const CallArgs& a) { return repr(a[0]); }

Value object_eq(const CallArgs& a) {
    check_arg_count("__eq__", a, 2, 2);
    return same(a[0], a[1]) ? Value::boolean(true) : interp().not_implemented;
}

Value object_ne(const CallArgs& a) {
    check_arg_count("__ne__", a, 2, 2);
    Value* eq = type_of(a[0])->lookup(names().__eq__);
    if (!eq) return interp().not_implemented;
    Value r = call(bind_descriptor(*eq, a[0], type_of(a[0])), {a[1]});
    if (same(r, interp().not_implemented)) return r;
    return Value::boolean(!truthy(r));
}

Value object_not_implemented(const CallArgs&) { return interp().not_implemented; }

Value object_hash(const CallArgs& a) {
    // CPython hashes by address; we hash by the deterministic serial (see Object::serial).
    if (!a[0].is_obj()) return Value::small_int(hash(a[0]));
    return Value::small_int(int64_t(object_serial(a[0].as_obj())));
}

Value object_format(const CallArgs& a) {
    check_arg_count("__format__", a, 2, 2);
    if (!isinstance(a[1], types().str)) {
        raise_type_error("__format__() argument must be str, not " + type_name(a[1]));
    }
    if (as_str(a[1])->length() != 0) {
        raise_type_error("unsupported format string passed to " + type_name(a[0]) + ".__format__");
    }
    return str(a[0]);
}

Value object_getattribute(const CallArgs& a) {
    check_arg_count("__getattribute__", a, 2, 2);
    return object_generic_getattr(a[0], name_arg(a[1], "__getattribute__"));
}

Value object_setattr(const CallArgs& a) {
    check_arg_count("__setattr__", a, 3, 3);
    object_generic_setattr(a[0], name_arg(a[1], "__setattr__"), a[2], false);
    return Value::none();
}

Value object_delattr(const CallArgs& a) {
    check_arg_count("__delattr__", a, 2, 2);
    object_generic_setattr(a[0], name_arg(a[1], "__delattr__"), Value(), true);
    return Value::none();
}

// object.__init_subclass__: the end of the chain, so any keyword left over is an error.
Value object_init_subclass(const CallArgs& a) {
    if (a.nkw > 0 || a.nargs > 1) {
        std::string name = a.nargs > 0 && is_type(a[0]) ? as_type(a[0])->qualname : "object";
        raise_type_error(name + ".__init_subclass__() takes no keyword arguments");
    }
    return Value::none();
}

Value object_dir(const CallArgs& a) {
    Ref<DictObject> seen = make_dict();
    if (DictObject* d = instance_dict(a[0], false)) {
        for (const DictEntry& e : d->entries) if (!e.key.empty()) seen->set(e.key, e.hash, Value::none());
    }
    for (TypeObject* t : type_of(a[0])->mro) {
        for (const DictEntry& e : t->dict->entries) if (!e.key.empty()) seen->set(e.key, e.hash, Value::none());
    }
    seen->set(Value::borrowed(names().__class__), Value::none());
    std::vector<Value> keys;
    for (const DictEntry& e : seen->entries) if (!e.key.empty()) keys.push_back(e.key);
    return make_list(std::move(keys));
}

// dir(cls): the names in the class and its bases — not the metaclass's (CPython's type.__dir__).
Value type_dir(const CallArgs& a) {
    Ref<DictObject> seen = make_dict();
    for (TypeObject* t : as_type(a[0])->mro) {
        for (const DictEntry& e : t->dict->entries) if (!e.key.empty()) seen->set(e.key, e.hash, Value::none());
    }
    std::vector<Value> keys;
    for (const DictEntry& e : seen->entries) if (!e.key.empty()) keys.push_back(e.key);
    return make_list(std::move(keys));
}

Value object_sizeof(const CallArgs& a) {
    return Value::small_int(a[0].is_obj() ? int64_t(a[0].as_obj()->footprint()) : 24);
}

// ---- type ----

Value type_new(const CallArgs& a) {
    // type.__new__(metatype, name, bases, namespace); type(x) is handled by call_type.
    if (a.nargs == 2) return Value::borrowed(type_of(a[1]));
    if (a.nargs != 4) raise_type_error("type() takes 1 or 3 arguments");
    if (!is_type(a[0])) raise_type_error("type.__new__(X): X is not a type object");
    if (!isinstance(a[1], types().str)) {
        raise_type_error("type.__new__() argument 1 must be str, not " + type_name(a[1]));
    }
    if (!isinstance(a[2], types().tuple)) {
        raise_type_error("type.__new__() argument 2 must be tuple, not " + type_name(a[2]));
    }
    if (!isinstance(a[3], types().dict)) {
        raise_type_error("type.__new__() argument 3 must be dict, not " + type_name(a[3]));
    }
    std::vector<Ref<TypeObject>> bases;
    for (const Value& b : static_cast<TupleObject*>(a[2].as_obj())->items) {
        if (!is_type(b)) raise_type_error("bases must be types");
        bases.push_back(Ref<TypeObject>(as_type(b)));
    }
    Ref<DictObject> ns(static_cast<DictObject*>(a[3].as_obj()));
    return make_class(as_str(a[1])->utf8(), std::move(bases), ns, as_type(a[0]), a.kwnames,
                      a.kwvalues, a.nkw);
}

Value type_init(const CallArgs&) { return Value::none(); }

Value type_call(const CallArgs& a) {
    if (a.nargs < 1 || !is_type(a[0])) raise_type_error("descriptor '__call__' requires a 'type' object");
    CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames, a.kwvalues, a.nkw};
    return call_type(as_type(a[0]), rest);
}

std::string class_label(TypeObject* t) {
    if (t->module == "builtins") return t->qualname;
    return t->module + "." + t->qualname;
}

Value type_repr(const CallArgs& a) { return make_str("<class '" + class_label(as_type(a[0])) + "'>"); }

Value type_mro(const CallArgs& a) {
    std::vector<Value> items;
    for (TypeObject* t : as_type(a[0])->mro) items.push_back(Value::borrowed(t));
    return make_list(std::move(items));
}

// `int | None`, `None | int`: a types.UnionType, built by the embedded _generic_alias module
// (NotImplemented for operands that cannot be in a union, so `int | 3` raises TypeError).
Value union_of(const Value& left, const Value& right) {
    Value module = import_module("_generic_alias");
    return call(getattr(module, intern("union").get()), {left, right});
}
Value type_or(const CallArgs& a) {
    slot_args(a, 1);
    return union_of(a[0], a[1]);
}
Value type_ror(const CallArgs& a) {
    slot_args(a, 1);
    return union_of(a[1], a[0]);
}

Value get_name(const Value& self) { return make_str(as_type(self)->name); }
void set_name(const Value& self, const Value& v) {
    if (!isinstance(v, types().str)) {
        raise_type_error("can only assign string to " + as_type(self)->name + ".__name__, not '"
                         + type_name(v) + "'");
    }
    as_type(self)->name = as_str(v)->utf8();
}
Value get_qualname(const Value& self) { return make_str(as_type(self)->qualname); }
void set_qualname(const Value& self, const Value& v) { as_type(self)->qualname = str_string(v); }
Value get_module(const Value& self) {
    TypeObject* t = as_type(self);
    if (!t->is_builtin) {
        if (Value* m = t->dict->find_str(names().__module__)) return *m;
    }
    return make_str(t->module);
}
void set_module(const Value& self, const Value& v) {
    TypeObject* t = as_type(self);
    t->module = str_string(v);
    t->dict->set_str(names().__module__, v);
}
Value get_mro(const Value& self) {
    std::vector<Value> items;
    for (TypeObject* t : as_type(self)->mro) items.push_back(Value::borrowed(t));
    return make_tuple(std::move(items));
}
Value get_bases(const Value& self) {
    std::vector<Value> items;
    for (const Ref<TypeObject>& t : as_type(self)->bases) items.push_back(Value(t));
    return make_tuple(std::move(items));
}
Value get_base(const Value& self) {
    TypeObject* t = as_type(self);
    return t->bases.empty() ? Value::none() : Value(t->bases[0]);
}
Value get_dict(const Value& self) { return Value(as_type(self)->dict); }
Value get_doc(const Value& self) {
    Value* d = as_type(self)->dict->find_str(names().__doc__);
    return d ? *d : Value::none();
}

}  // namespace

void install_object_and_type_methods(Interp& in) {
    TypeObject* o = in.types.object;
    add_method(o, "__new__", object_new, NativeKind::StaticMethod);
    add_method(o, "__init__", object_init);
    add_method(o, "__repr__", object_repr);
    add_method(o, "__str__", object_str);
    add_method(o, "__eq__", object_eq);
    add_method(o, "__ne__", object_ne);
    add_method(o, "__lt__", object_not_implemented);
    add_method(o, "__le__", object_not_implemented);
    add_method(o, "__gt__", object_not_implemented);
    add_method(o, "__ge__", object_not_implemented);
    add_method(o, "__hash__", object_hash);
    add_method(o, "__format__", object_format);
    add_method(o, "__getattribute__", object_getattribute);
    add_method(o, "__setattr__", object_setattr);
    add_method(o, "__delattr__", object_delattr);
    add_method(o, "__init_subclass__", object_init_subclass, NativeKind::ClassMethod);
    add_method(o, "__dir__", object_dir);
    add_method(o, "__sizeof__", object_sizeof);
    o->dict->set_str(in.names.__doc__, make_str("The base class of the class hierarchy."));

    TypeObject* t = in.types.type;
    add_method(t, "__new__", type_new, NativeKind::StaticMethod);
    add_method(t, "__init__", type_init);
    add_method(t, "__call__", type_call);
    add_method(t, "__repr__", type_repr);
    add_method(t, "mro", type_mro);
    add_method(t, "__dir__", type_dir);
    add_method(t, "__or__", type_or);
    add_method(t, "__ror__", type_ror);
    add_getset(t, "__name__", get_name, set_name);
    add_getset(t, "__qualname__", get_qualname, set_qualname);
    add_getset(t, "__module__", get_module, set_module);
    add_getset(t, "__mro__", get_mro);
    add_getset(t, "__bases__", get_bases);
    add_getset(t, "__base__", get_base);
    add_getset(t, "__dict__", get_dict);
    add_getset(t, "__doc__", get_doc);
    (void)object_attr;
}

}  // namespace loopscope::vm
