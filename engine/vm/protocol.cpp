#include "vm/cost_model.h"
#include "vm/protocol.h"

#include <cmath>

#include "vm/descriptors.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/float_ops.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/native_args.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

// Implemented with the builtin numeric types (int_ops.cpp, float_ops.cpp).
Value int_binary_op(BinOp op, const Value& a, const Value& b);
Value float_binary_op(BinOp op, double a, double b);
bool int_compare(CmpOp op, const Value& a, const Value& b);

namespace {

bool is_type_object(const Value& v) {
    return v.is_obj() && v.as_obj()->type->is_subtype_of(types().type);
}
bool is_exact(const Value& v, TypeObject* t) { return v.is_obj() && v.as_obj()->type == t; }
StrObject* as_str(const Value& v) { return static_cast<StrObject*>(v.as_obj()); }
bool is_not_implemented(const Value& v) { return same(v, interp().not_implemented); }

// A data descriptor wins over the instance dict (property, getset, or __set__/__delete__).
bool is_data_descriptor(const Value& attr) {
    if (!attr.is_obj()) return false;
    TypeObject* t = attr.as_obj()->type;
    if (t == types().property || t == types().getset) return true;
    if (t->is_builtin) return false;
    return t->lookup(names().__set__) || t->lookup(names().__delete__);
}

// Calls `fn` with `self` prepended to the arguments of `call`.
Value call_with_self(const Value& fn, const Value& self, const CallArgs& a) {
    constexpr size_t kInline = 8;
    Value inline_buf[kInline + 1];
    std::vector<Value> heap_buf;
    Value* buf = inline_buf;
    if (a.nargs + 1 > kInline + 1) {
        heap_buf.resize(a.nargs + 1);
        buf = heap_buf.data();
    }
    buf[0] = self;
    for (size_t i = 0; i < a.nargs; ++i) buf[i + 1] = a.args[i];
    CallArgs b{buf, a.nargs + 1, a.kwnames, a.kwvalues, a.nkw};
    return call(fn, b);
}

struct OpNames {
    StrObject* forward;
    StrObject* reflected;
    StrObject* inplace;
};

OpNames op_names(BinOp op) {
    Names& n = names();
    switch (op) {
        case BinOp::Add: return {n.__add__, n.__radd__, n.__iadd__};
        case BinOp::Sub: return {n.__sub__, n.__rsub__, n.__isub__};
        case BinOp::Mul: return {n.__mul__, n.__rmul__, n.__imul__};
        case BinOp::MatMul: return {n.__matmul__, n.__rmatmul__, n.__imatmul__};
        case BinOp::TrueDiv: return {n.__truediv__, n.__rtruediv__, n.__itruediv__};
        case BinOp::FloorDiv: return {n.__floordiv__, n.__rfloordiv__, n.__ifloordiv__};
        case BinOp::Mod: return {n.__mod__, n.__rmod__, n.__imod__};
        case BinOp::Pow: return {n.__pow__, n.__rpow__, n.__ipow__};
        case BinOp::LShift: return {n.__lshift__, n.__rlshift__, n.__ilshift__};
        case BinOp::RShift: return {n.__rshift__, n.__rrshift__, n.__irshift__};
        case BinOp::And: return {n.__and__, n.__rand__, n.__iand__};
        case BinOp::Or: return {n.__or__, n.__ror__, n.__ior__};
        case BinOp::Xor: return {n.__xor__, n.__rxor__, n.__ixor__};
    }
    return {};
}

bool is_number(const Value& v) {
    return v.is_small_int() || v.is_bool() || v.is_float() || is_exact_int(v);
}

bool is_sequence_for_concat(const Value& v) {
    Types& t = types();
    return isinstance(v, t.str) || isinstance(v, t.list) || isinstance(v, t.tuple)
           || isinstance(v, t.bytes) || isinstance(v, t.bytearray);
}

[[noreturn]] void raise_unsupported(BinOp op, const Value& a, const Value& b, bool inplace) {
    if (op == BinOp::Add && is_sequence_for_concat(a) && !inplace) {
        raise_type_error("can only concatenate " + type_name(a) + " (not \"" + type_name(b)
                         + "\") to " + type_name(a));
    }
    if (op == BinOp::Mul && (is_sequence_for_concat(a) || is_sequence_for_concat(b))) {
        const Value& other = is_sequence_for_concat(a) ? b : a;
        raise_type_error("can't multiply sequence by non-int of type '" + type_name(other) + "'");
    }
    std::string sym = binop_symbol(op);
    if (op == BinOp::Pow) sym = inplace ? "**=" : "** or pow()";
    else if (inplace) sym += "=";
    raise_type_error("unsupported operand type(s) for " + sym + ": '" + type_name(a) + "' and '"
                     + type_name(b) + "'");
}

// Tries `method` of type(self) called as method(self, other); Empty if absent or NotImplemented.
Value try_binary_method(const Value& self, StrObject* method, const Value& other) {
    Value fn = lookup_special(self, method);
    if (fn.empty() || fn.is_none()) return Value();
    Value r = call(bind_descriptor(fn, self, type_of(self)), {other});
    return is_not_implemented(r) ? Value() : r;
}

bool overrides(TypeObject* sub, TypeObject* base, StrObject* name) {
    Value* s = sub->lookup(name);
    Value* b = base->lookup(name);
    return s && (!b || !same(*s, *b));
}

Value generic_binary(BinOp op, const Value& a, const Value& b) {
    OpNames on = op_names(op);
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    bool b_first = ta != tb && tb->is_subtype_of(ta) && overrides(tb, ta, on.reflected);
    if (b_first) {
        Value r = try_binary_method(b, on.reflected, a);
        if (!r.empty()) return r;
    }
    Value r = try_binary_method(a, on.forward, b);
    if (!r.empty()) return r;
    if (ta != tb && !b_first) {
        r = try_binary_method(b, on.reflected, a);
        if (!r.empty()) return r;
    }
    return Value();
}

CmpOp reflect(CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return CmpOp::Gt;
        case CmpOp::Le: return CmpOp::Ge;
        case CmpOp::Gt: return CmpOp::Lt;
        case CmpOp::Ge: return CmpOp::Le;
        default: return op;
    }
}

StrObject* cmp_name(CmpOp op) {
    Names& n = names();
    switch (op) {
        case CmpOp::Lt: return n.__lt__;
        case CmpOp::Le: return n.__le__;
        case CmpOp::Eq: return n.__eq__;
        case CmpOp::Ne: return n.__ne__;
        case CmpOp::Gt: return n.__gt__;
        case CmpOp::Ge: return n.__ge__;
    }
    return nullptr;
}

const char* cmp_symbol(CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return "<";
        case CmpOp::Le: return "<=";
        case CmpOp::Eq: return "==";
        case CmpOp::Ne: return "!=";
        case CmpOp::Gt: return ">";
        case CmpOp::Ge: return ">=";
    }
    return "?";
}

template <class T>
bool apply_cmp(CmpOp op, const T& a, const T& b) {
    switch (op) {
        case CmpOp::Lt: return a < b;
        case CmpOp::Le: return a <= b;
        case CmpOp::Eq: return a == b;
        case CmpOp::Ne: return a != b;
        case CmpOp::Gt: return a > b;
        case CmpOp::Ge: return a >= b;
    }
    return false;
}

// int vs float compared exactly (CPython never rounds the int to a double for this).
bool compare_int_float(CmpOp op, const Value& i, double f) {
    if (std::isnan(f)) return op == CmpOp::Ne;
    if (std::isinf(f)) return apply_cmp(op, 0.0, f > 0 ? 1.0 : -1.0);
    int c = mpz_cmp_d(to_mpz(i).get_mpz_t(), f);
    return apply_cmp(op, c, 0);
}

std::string default_object_repr(const Value& v);

}  // namespace

// ---------------------------------------------------------------- types

TypeObject* type_of(const Value& v) {
    Types& t = types();
    switch (v.tag()) {
        case Tag::None: return t.none_type;
        case Tag::Bool: return t.bool_;
        case Tag::Int: return t.int_;
        case Tag::Float: return t.float_;
        case Tag::Obj: return v.as_obj()->type;
        case Tag::Empty: break;
    }
    raise(types().SystemError, "loopscope internal error: empty value used");
}

const std::string& type_name(const Value& v) { return type_of(v)->name; }

bool isinstance(const Value& v, const TypeObject* t) { return type_of(v)->is_subtype_of(t); }

// ---------------------------------------------------------------- attributes

Value lookup_special(const Value& obj, StrObject* name) {
    Value* v = type_of(obj)->lookup(name);
    return v ? *v : Value();
}

Value bind_descriptor(const Value& attr, const Value& obj, TypeObject* owner) {
    if (!attr.is_obj()) return attr;
    Types& t = types();
    TypeObject* at = attr.as_obj()->type;
    bool on_class = obj.empty();
    if (at == t.function) {
        return on_class ? attr : Value(make<BoundMethodObject>(t.method, attr, obj));
    }
    if (at == t.builtin_function) {
        auto* nf = static_cast<NativeFunctionObject*>(attr.as_obj());
        switch (nf->kind) {
            case NativeKind::Method:
                if (on_class || !nf->self.empty()) return attr;
                return make<BoundMethodObject>(t.method, attr, obj);
            case NativeKind::ClassMethod:
                if (!nf->self.empty()) return attr;
                return make<BoundMethodObject>(t.method, attr, Value::borrowed(owner));
            case NativeKind::StaticMethod:
            case NativeKind::Function:
                return attr;
        }
    }
    if (at == t.classmethod) {
        Value func = static_cast<ClassMethodObject*>(attr.as_obj())->func;
        return make<BoundMethodObject>(t.method, func, Value::borrowed(owner));
    }
    if (at == t.staticmethod) return static_cast<StaticMethodObject*>(attr.as_obj())->func;
    if (at == t.property) {
        if (on_class) return attr;
        auto* p = static_cast<PropertyObject*>(attr.as_obj());
        if (p->fget.empty() || p->fget.is_none()) {
            std::string pname = p->name.empty() || p->name.is_none() ? std::string() : str_string(p->name);
            raise(t.AttributeError, "property '" + pname + "' of '" + type_name(obj)
                                        + "' object has no getter");
        }
        return call(p->fget, {obj});
    }
    if (at == t.getset) {
        if (on_class) return attr;
        return static_cast<GetSetObject*>(attr.as_obj())->get(obj);
    }
    if (!at->is_builtin) {
        if (Value* get = at->lookup(names().__get__)) {
            Value owner_v = Value::borrowed(owner);
            return call(bind_descriptor(*get, attr, at), {on_class ? Value::none() : obj, owner_v});
        }
    }
    return attr;
}

namespace {

Value type_getattr(const Value& cls_v, StrObject* name, bool raise_missing) {
    auto* cls = static_cast<TypeObject*>(cls_v.as_obj());
    TypeObject* meta = cls->type;
    Value* meta_attr = meta->lookup(name);
    if (meta_attr && is_data_descriptor(*meta_attr)) return bind_descriptor(*meta_attr, cls_v, meta);
    if (Value* v = cls->lookup(name)) return bind_descriptor(*v, Value(), cls);
    if (meta_attr) return bind_descriptor(*meta_attr, cls_v, meta);
    if (raise_missing) raise_attribute_error(cls_v, name);
    return Value();
}

Value generic_getattr(const Value& obj, StrObject* name, bool raise_missing) {
    if (is_type_object(obj)) return type_getattr(obj, name, raise_missing);
    TypeObject* tp = type_of(obj);
    Names& n = names();
    if (name == n.__class__) return Value::borrowed(tp);
    Value* cls_attr = tp->lookup(name);
    if (cls_attr && is_data_descriptor(*cls_attr)) return bind_descriptor(*cls_attr, obj, tp);
    if (name == n.__dict__ && tp->slots_only) {
        if (raise_missing) raise_attribute_error(obj, name);
        return Value();
    }
    if (DictObject* d = instance_dict(obj, false)) {
        if (Value* v = d->find_str(name)) return *v;
    }
    if (name == n.__dict__) {
        if (DictObject* d = instance_dict(obj, true)) return Value::borrowed(d);
    }
    if (cls_attr) return bind_descriptor(*cls_attr, obj, tp);
    if (raise_missing) raise_attribute_error(obj, name);
    return Value();
}

Value getattr_with_hooks(const Value& obj, StrObject* name, bool raise_missing) {
    TypeObject* tp = type_of(obj);
    if (!tp->has_getattribute_hook && !tp->has_getattr_hook) {
        return generic_getattr(obj, name, raise_missing);
    }
    try {
        if (tp->has_getattribute_hook) {
            return call(bind_descriptor(*tp->lookup(names().__getattribute__), obj, tp),
                        {Value::borrowed(name)});
        }
        return generic_getattr(obj, name, true);
    } catch (const PyException& e) {
        if (!exception_matches(e.exc, types().AttributeError)) throw;
        if (tp->has_getattr_hook) {
            Value hook = *tp->lookup(names().__getattr__);
            if (!raise_missing) {
                try {
                    return call(bind_descriptor(hook, obj, tp), {Value::borrowed(name)});
                } catch (const PyException& e2) {
                    if (exception_matches(e2.exc, types().AttributeError)) return Value();
                    throw;
                }
            }
            return call(bind_descriptor(hook, obj, tp), {Value::borrowed(name)});
        }
        if (!raise_missing) return Value();
        throw;
    }
}

StrObject* as_attr_name(StrObject* name) { return name->interned ? name : interp().intern(name->view()).get(); }

}  // namespace

Value getattr(const Value& obj, StrObject* name) {
    return getattr_with_hooks(obj, as_attr_name(name), true);
}

Value getattr_or_empty(const Value& obj, StrObject* name) {
    return getattr_with_hooks(obj, as_attr_name(name), false);
}

// object.__getattribute__ / object.__setattr__ without the class's hooks (super() calls these).
Value object_generic_getattr(const Value& obj, StrObject* name) { return generic_getattr(obj, as_attr_name(name), true); }

namespace {
bool is_slot_name(const TypeObject* tp, StrObject* name) {
    for (const Value& slot : tp->slots) {
        if (slot.as_obj() == name || static_cast<StrObject*>(slot.as_obj())->view() == name->view()) return true;
    }
    return false;
}
}  // namespace

void object_generic_setattr(const Value& obj, StrObject* name, Value value, bool is_delete) {
    name = as_attr_name(name);
    TypeObject* tp = type_of(obj);
    Types& t = types();
    if (is_type_object(obj)) {
        auto* cls = static_cast<TypeObject*>(obj.as_obj());
        if (cls->is_builtin) {
            raise_type_error("cannot set '" + name->utf8() + "' attribute of immutable type '" + cls->name + "'");
        }
        Value* meta_attr = tp->lookup(name);
        if (meta_attr && is_data_descriptor(*meta_attr) && meta_attr->as_obj()->type == t.getset) {
            auto* gs = static_cast<GetSetObject*>(meta_attr->as_obj());
            if (!gs->set) raise(t.AttributeError, "readonly attribute");
            gs->set(obj, value);
            return;
        }
        if (is_delete) {
            if (!cls->dict->erase(Value::borrowed(name))) raise_attribute_error(obj, name);
        } else {
            cls->dict->set_str(name, std::move(value));
        }
        Names& n = names();
        if (name == n.__getattr__ || name == n.__getattribute__ || name == n.__setattr__ || name == n.__delattr__) {
            // A hook assigned after class creation (dataclass(frozen=True) sets __setattr__)
            // must take effect: recompute the flags make_class computed.
            auto in_python = [cls](StrObject* hook) {
                for (TypeObject* k : cls->mro) {
                    if (k->dict->find_str(hook)) return !k->is_builtin;
                }
                return false;
            };
            cls->has_getattr_hook = in_python(n.__getattr__);
            cls->has_getattribute_hook = in_python(n.__getattribute__);
            cls->has_setattr_hook = in_python(n.__setattr__) || in_python(n.__delattr__);
        }
        ++cls->version;
        ++interp().type_epoch;
        return;
    }
    Value* cls_attr = tp->lookup(name);
    if (cls_attr && is_data_descriptor(*cls_attr)) {
        TypeObject* at = cls_attr->as_obj()->type;
        if (at == t.property) {
            auto* p = static_cast<PropertyObject*>(cls_attr->as_obj());
            const Value& fn = is_delete ? p->fdel : p->fset;
            if (fn.empty() || fn.is_none()) {
                std::string pname = p->name.empty() || p->name.is_none() ? std::string() : str_string(p->name);
                raise(t.AttributeError, "property '" + pname + "' of '" + tp->name + "' object has no "
                                            + (is_delete ? "deleter" : "setter"));
            }
            if (is_delete) call(fn, {obj});
            else call(fn, {obj, value});
            return;
        }
        if (at == t.getset) {
            auto* gs = static_cast<GetSetObject*>(cls_attr->as_obj());
            if (!gs->set || is_delete) {
                raise(t.AttributeError, "attribute '" + name->utf8() + "' of '" + tp->name
                                            + "' objects is not writable");
            }
            gs->set(obj, value);
            return;
        }
        StrObject* hook = is_delete ? names().__delete__ : names().__set__;
        if (Value* fn = at->lookup(hook)) {
            if (is_delete) call(bind_descriptor(*fn, *cls_attr, at), {obj});
            else call(bind_descriptor(*fn, *cls_attr, at), {obj, value});
            return;
        }
    }
    if (tp->slots_only && !is_slot_name(tp, name)) {
        raise(t.AttributeError, "'" + tp->name + "' object has no attribute '" + name->utf8()
                                    + "' and no __dict__ for setting new attributes");
    }
    DictObject* d = instance_dict(obj, !is_delete);
    if (!d) {
        if (cls_attr) {
            raise(t.AttributeError, "'" + tp->name + "' object attribute '" + name->utf8() + "' is read-only");
        }
        raise(t.AttributeError, "'" + tp->name + "' object has no attribute '" + name->utf8()
                                    + (is_delete ? "'" : "' and no __dict__ for setting new attributes"));
    }
    if (is_delete) {
        if (!d->erase(Value::borrowed(name))) raise_attribute_error(obj, name);
    } else {
        d->set_str(name, std::move(value));
    }
}

void setattr(const Value& obj, StrObject* name, Value value) {
    TypeObject* tp = type_of(obj);
    if (tp->has_setattr_hook) {
        if (Value* hook = tp->lookup(names().__setattr__)) {
            call(bind_descriptor(*hook, obj, tp), {Value::borrowed(as_attr_name(name)), value});
            return;
        }
    }
    object_generic_setattr(obj, name, std::move(value), false);
}

void delattr(const Value& obj, StrObject* name) {
    TypeObject* tp = type_of(obj);
    if (tp->has_setattr_hook) {
        if (Value* hook = tp->lookup(names().__delattr__)) {
            call(bind_descriptor(*hook, obj, tp), {Value::borrowed(as_attr_name(name))});
            return;
        }
    }
    object_generic_setattr(obj, name, Value(), true);
}

Value load_method(const Value& obj, StrObject* name, Value& self_out) {
    TypeObject* tp = type_of(obj);
    if (!tp->has_getattribute_hook && !is_type_object(obj)) {
        name = as_attr_name(name);
        if (Value* attr = tp->lookup(name)) {
            const Value& a = *attr;
            bool is_method = a.is_obj() && (a.as_obj()->type == types().function
                                            || (a.as_obj()->type == types().builtin_function
                                                && static_cast<NativeFunctionObject*>(a.as_obj())->kind
                                                       == NativeKind::Method
                                                && static_cast<NativeFunctionObject*>(a.as_obj())->self.empty()));
            if (is_method) {
                DictObject* d = instance_dict(obj, false);
                if (!d || !d->find_str(name)) {
                    self_out = obj;
                    return a;
                }
            }
        }
    }
    self_out = Value();
    return getattr(obj, name);
}

// ---------------------------------------------------------------- calls

Value call(const Value& callable, const CallArgs& args) {
    if (!callable.is_obj()) raise_type_error("'" + type_name(callable) + "' object is not callable");
    Object* o = callable.as_obj();
    Types& t = types();
    TypeObject* tp = o->type;
    if (tp == t.function) return call_python_function(o, args);
    if (tp == t.builtin_function) {
        auto* nf = static_cast<NativeFunctionObject*>(o);
        if (!nf->self.empty()) return call_with_self(Value(), nf->self, args);  // never: see bind
        // Unbound builtin methods cast args[0]: str.upper(1) must raise, not crash.
        if (nf->owner_type && nf->kind == NativeKind::Method) check_receiver(*nf, args);
        return nf->fn(args);
    }
    if (tp == t.method) {
        auto* bm = static_cast<BoundMethodObject*>(o);
        return call_with_self(bm->func, bm->self, args);
    }
    if (tp->is_subtype_of(t.type)) {
        // A metaclass defining __call__ in Python intercepts instantiation.
        if (!tp->is_builtin) {
            Value* meta_call = tp->lookup(names().__call__);
            if (meta_call && !tp->is_builtin && !(meta_call->is_obj() && meta_call->as_obj()->type == t.builtin_function)) {
                return call_with_self(*meta_call, callable, args);
            }
        }
        return call_type(static_cast<TypeObject*>(o), args);
    }
    if (Value* c = tp->lookup(names().__call__)) return call_with_self(*c, callable, args);
    raise_type_error("'" + tp->name + "' object is not callable");
}

Value call(const Value& callable, std::initializer_list<Value> positional) {
    CallArgs a{positional.begin(), positional.size()};
    return call(callable, a);
}

Value call_method(const Value& obj, StrObject* name, std::initializer_list<Value> positional) {
    Value self;
    Value fn = load_method(obj, name, self);
    if (self.empty()) return call(fn, positional);
    return call_with_self(fn, self, CallArgs{positional.begin(), positional.size()});
}

Value call_type(TypeObject* type, const CallArgs& args) {
    Types& t = types();
    Names& n = names();
    if (type == t.type && args.nargs == 1 && args.nkw == 0) return Value::borrowed(type_of(args.args[0]));
    Value cls = Value::borrowed(type);
    Value* new_fn = type->lookup(n.__new__);
    if (!new_fn) raise_type_error("cannot create '" + type->name + "' instances");
    Value obj = call_with_self(bind_descriptor(*new_fn, Value(), type), cls, args);
    if (!isinstance(obj, type)) return obj;
    Value* init = type_of(obj)->lookup(n.__init__);
    if (init) {
        Value r = call_with_self(*init, obj, args);
        if (!r.is_none()) {
            raise_type_error("__init__() should return None, not '" + type_name(r) + "'");
        }
    }
    return obj;
}

// ---------------------------------------------------------------- operators

const char* binop_symbol(BinOp op) {
    switch (op) {
        case BinOp::Add: return "+";
        case BinOp::Sub: return "-";
        case BinOp::Mul: return "*";
        case BinOp::MatMul: return "@";
        case BinOp::TrueDiv: return "/";
        case BinOp::FloorDiv: return "//";
        case BinOp::Mod: return "%";
        case BinOp::Pow: return "**";
        case BinOp::LShift: return "<<";
        case BinOp::RShift: return ">>";
        case BinOp::And: return "&";
        case BinOp::Or: return "|";
        case BinOp::Xor: return "^";
    }
    return "?";
}

Value binary_op(BinOp op, const Value& a, const Value& b) {
    if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.as_int(), y = b.as_int(), r;
        switch (op) {
            case BinOp::Add: if (!__builtin_add_overflow(x, y, &r)) return Value::small_int(r); break;
            case BinOp::Sub: if (!__builtin_sub_overflow(x, y, &r)) return Value::small_int(r); break;
            case BinOp::Mul: if (!__builtin_mul_overflow(x, y, &r)) return Value::small_int(r); break;
            default: break;
        }
        return int_binary_op(op, a, b);
    }
    if (a.is_float() && b.is_float()) return float_binary_op(op, a.as_float(), b.as_float());
    bool a_int = a.is_small_int() || a.is_bool() || is_exact_int(a);
    bool b_int = b.is_small_int() || b.is_bool() || is_exact_int(b);
    if (a_int && b_int && (a.is_obj() ? a.as_obj()->type->is_builtin : true)
        && (b.is_obj() ? b.as_obj()->type->is_builtin : true)) {
        return int_binary_op(op, a, b);
    }
    bool float_op = op <= BinOp::Pow && op != BinOp::MatMul;  // no shifts or bitwise ops on floats
    if (float_op && ((a.is_float() && b_int && !b.is_obj()) || (b.is_float() && a_int && !a.is_obj()))) {
        return float_binary_op(op, to_double(a), to_double(b));
    }
    if (op == BinOp::Add && is_exact(a, types().str) && is_exact(b, types().str)) {
        return make_str(as_str(a)->utf8() + as_str(b)->utf8());
    }
    Value r = generic_binary(op, a, b);
    if (!r.empty()) return r;
    raise_unsupported(op, a, b, false);
}

Value inplace_op(BinOp op, const Value& a, const Value& b) {
    if (a.is_obj() && !is_number(a)) {
        Value r = try_binary_method(a, op_names(op).inplace, b);
        if (!r.empty()) return r;
        r = generic_binary(op, a, b);
        if (!r.empty()) return r;
        raise_unsupported(op, a, b, true);
    }
    try {
        return binary_op(op, a, b);
    } catch (const PyException& e) {
        throw;
    }
}

Value unary_op(UnaryOp op, const Value& a) {
    if (a.is_small_int() || a.is_bool()) {
        int64_t x = a.as_int();
        switch (op) {
            case UnaryOp::Neg:
                if (x != INT64_MIN) return Value::small_int(-x);
                return make_int(-to_mpz(a));
            case UnaryOp::Pos: return Value::small_int(x);
            case UnaryOp::Invert: return Value::small_int(~x);
        }
    }
    if (a.is_float()) {
        if (op == UnaryOp::Neg) return Value::real(-a.as_float());
        if (op == UnaryOp::Pos) return a;
    }
    Names& n = names();
    StrObject* name = op == UnaryOp::Neg ? n.__neg__ : op == UnaryOp::Pos ? n.__pos__ : n.__invert__;
    Value fn = lookup_special(a, name);
    if (!fn.empty()) return call(bind_descriptor(fn, a, type_of(a)), {});
    const char* sym = op == UnaryOp::Neg ? "-" : op == UnaryOp::Pos ? "+" : "~";
    raise_type_error(std::string("bad operand type for unary ") + sym + ": '" + type_name(a) + "'");
}

Value compare(CmpOp op, const Value& a, const Value& b) {
    if (a.is_small_int() && b.is_small_int()) return Value::boolean(apply_cmp(op, a.as_int(), b.as_int()));
    if (a.is_float() && b.is_float()) return Value::boolean(apply_cmp(op, a.as_float(), b.as_float()));
    bool a_int = a.is_small_int() || a.is_bool() || is_exact_int(a);
    bool b_int = b.is_small_int() || b.is_bool() || is_exact_int(b);
    if (a_int && b_int) return Value::boolean(int_compare(op, a, b));
    if (a_int && b.is_float()) return Value::boolean(compare_int_float(op, a, b.as_float()));
    if (a.is_float() && b_int) return Value::boolean(compare_int_float(reflect(op), b, a.as_float()));
    if (is_exact(a, types().str) && is_exact(b, types().str)) {
        // UTF-8 byte order is code point order.
        return Value::boolean(apply_cmp(op, as_str(a)->text.compare(as_str(b)->text), 0));
    }
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    CmpOp rop = reflect(op);
    bool b_first = ta != tb && tb->is_subtype_of(ta) && overrides(tb, ta, cmp_name(rop));
    if (b_first) {
        Value r = try_binary_method(b, cmp_name(rop), a);
        if (!r.empty()) return r;
    }
    Value r = try_binary_method(a, cmp_name(op), b);
    if (!r.empty()) return r;
    if (!b_first) {
        r = try_binary_method(b, cmp_name(rop), a);
        if (!r.empty()) return r;
    }
    if (op == CmpOp::Eq) return Value::boolean(same(a, b));
    if (op == CmpOp::Ne) return Value::boolean(!same(a, b));
    raise_type_error(std::string("'") + cmp_symbol(op) + "' not supported between instances of '"
                     + ta->name + "' and '" + tb->name + "'");
}

bool compare_bool(CmpOp op, const Value& a, const Value& b) {
    if (a.is_small_int() && b.is_small_int()) return apply_cmp(op, a.as_int(), b.as_int());
    return truthy(compare(op, a, b));
}

bool equal(const Value& a, const Value& b) {
    if (same(a, b)) return true;
    if (a.is_small_int() && b.is_small_int()) return false;
    if (is_exact(a, types().str) && is_exact(b, types().str)) return str_equal(as_str(a), as_str(b));
    return truthy(compare(CmpOp::Eq, a, b));
}

bool truthy(const Value& v) {
    switch (v.tag()) {
        case Tag::None: return false;
        case Tag::Bool:
        case Tag::Int: return v.as_int() != 0;
        case Tag::Float: return v.as_float() != 0.0;
        case Tag::Empty: return false;
        case Tag::Obj: break;
    }
    Types& t = types();
    TypeObject* tp = v.as_obj()->type;
    if (tp == t.str) return as_str(v)->length() != 0;
    if (tp == t.list) return !static_cast<ListObject*>(v.as_obj())->items.empty();
    if (tp == t.tuple) return !static_cast<TupleObject*>(v.as_obj())->items.empty();
    if (tp == t.dict) return static_cast<DictObject*>(v.as_obj())->size() != 0;
    if (tp == t.int_) return true;  // a BigInt is never zero
    Names& n = names();
    if (Value* b = tp->lookup(n.__bool__)) {
        Value r = call(bind_descriptor(*b, v, tp), {});
        if (!r.is_bool()) raise_type_error("__bool__ should return bool, returned " + type_name(r));
        return r.as_bool();
    }
    if (tp->lookup(n.__len__)) return length(v) != 0;
    return true;
}

bool contains(const Value& container, const Value& item) {
    Types& t = types();
    TypeObject* tp = type_of(container);
    if (tp == t.list || tp == t.tuple) {
        const auto& items = tp == t.list ? static_cast<ListObject*>(container.as_obj())->items
                                         : static_cast<TupleObject*>(container.as_obj())->items;
        for (size_t i = 0; i < items.size(); ++i) {
            if (equal(items[i], item)) return true;
        }
        return false;
    }
    if (tp == t.dict) return static_cast<DictObject*>(container.as_obj())->find(item) != nullptr;
    if (Value* c = tp->lookup(names().__contains__)) {
        return truthy(call(bind_descriptor(*c, container, tp), {item}));
    }
    if (!tp->lookup(names().__iter__) && !tp->lookup(names().__getitem__)) {
        raise_type_error("argument of type '" + tp->name + "' is not iterable");
    }
    Value it = get_iter(container);
    Value x;
    while (next(it, x)) {
        if (equal(x, item)) return true;
    }
    return false;
}

// ---------------------------------------------------------------- containers

Value getitem(const Value& obj, const Value& key) {
    Types& t = types();
    TypeObject* tp = type_of(obj);
    if (tp == t.list && key.is_small_int()) {
        auto& items = static_cast<ListObject*>(obj.as_obj())->items;
        int64_t i = key.as_int();
        if (i < 0) i += int64_t(items.size());
        if (i < 0 || i >= int64_t(items.size())) raise_index_error("list index out of range");
        return items[size_t(i)];
    }
    if (tp == t.tuple && key.is_small_int()) {
        auto& items = static_cast<TupleObject*>(obj.as_obj())->items;
        int64_t i = key.as_int();
        if (i < 0) i += int64_t(items.size());
        if (i < 0 || i >= int64_t(items.size())) raise_index_error("tuple index out of range");
        return items[size_t(i)];
    }
    if (tp == t.dict) {
        if (Value* v = static_cast<DictObject*>(obj.as_obj())->find(key)) return *v;
        raise_key_error(key);
    }
    if (Value* g = tp->lookup(names().__getitem__)) return call(bind_descriptor(*g, obj, tp), {key});
    if (is_type_object(obj)) {
        auto* cls = static_cast<TypeObject*>(obj.as_obj());
        if (Value* cg = cls->lookup(names().__class_getitem__)) {
            return call(bind_descriptor(*cg, Value(), cls), {key});
        }
        // list[int], dict[str, int]: a types.GenericAlias, as CPython's builtin containers'
        // __class_getitem__ makes (built by the embedded _generic_alias module).
        Types& t = types();
        if (cls == t.list || cls == t.dict || cls == t.tuple || cls == t.set || cls == t.frozenset ||
            cls == t.type) {
            Value module = import_module("_generic_alias");
            return call(getattr(module, intern("alias").get()), {obj, key});
        }
        raise_type_error("type '" + cls->name + "' is not subscriptable");
    }
    raise_type_error("'" + tp->name + "' object is not subscriptable");
}

void setitem(const Value& obj, const Value& key, Value value) {
    Types& t = types();
    TypeObject* tp = type_of(obj);
    if (tp == t.list && key.is_small_int()) {
        auto& items = static_cast<ListObject*>(obj.as_obj())->items;
        int64_t i = key.as_int();
        if (i < 0) i += int64_t(items.size());
        if (i < 0 || i >= int64_t(items.size())) raise_index_error("list assignment index out of range");
        items[size_t(i)] = std::move(value);
        return;
    }
    if (tp == t.dict) {
        static_cast<DictObject*>(obj.as_obj())->set(key, std::move(value));
        return;
    }
    if (Value* s = tp->lookup(names().__setitem__)) {
        call(bind_descriptor(*s, obj, tp), {key, value});
        return;
    }
    raise_type_error("'" + tp->name + "' object does not support item assignment");
}

void delitem(const Value& obj, const Value& key) {
    TypeObject* tp = type_of(obj);
    if (Value* d = tp->lookup(names().__delitem__)) {
        call(bind_descriptor(*d, obj, tp), {key});
        return;
    }
    if (tp->lookup(names().__getitem__)) {
        raise_type_error("'" + tp->name + "' object doesn't support item deletion");
    }
    raise_type_error("'" + tp->name + "' object does not support item deletion");
}

int64_t length(const Value& v) {
    Types& t = types();
    TypeObject* tp = type_of(v);
    if (tp == t.str) return int64_t(as_str(v)->length());
    if (tp == t.list) return int64_t(static_cast<ListObject*>(v.as_obj())->items.size());
    if (tp == t.tuple) return int64_t(static_cast<TupleObject*>(v.as_obj())->items.size());
    if (tp == t.dict) return int64_t(static_cast<DictObject*>(v.as_obj())->size());
    if (Value* l = tp->lookup(names().__len__)) {
        Value r = call(bind_descriptor(*l, v, tp), {});
        if (!is_int(r)) {
            raise_type_error("'" + type_name(r) + "' object cannot be interpreted as an integer");
        }
        int64_t n;
        if (!to_int64(r, n)) raise_overflow("cannot fit 'int' into an index-sized integer");
        if (n < 0) raise_value_error("__len__() should return >= 0");
        return n;
    }
    raise_type_error("object of type '" + tp->name + "' has no len()");
}

// ---------------------------------------------------------------- iteration

Value make_sequence_iterator(const Value& seq);  // iterators.cpp

Value get_iter(const Value& v) {
    TypeObject* tp = type_of(v);
    Names& n = names();
    if (Value* it = tp->lookup(n.__iter__)) {
        if (it->is_none()) raise_type_error("'" + tp->name + "' object is not iterable");
        Value r = call(bind_descriptor(*it, v, tp), {});
        TypeObject* rt = type_of(r);
        if (!rt->iternext && !rt->lookup(n.__next__)) {
            raise_type_error("iter() returned non-iterator of type '" + rt->name + "'");
        }
        return r;
    }
    if (tp->lookup(n.__getitem__) && !is_type_object(v)) return make_sequence_iterator(v);
    raise_type_error("'" + tp->name + "' object is not iterable");
}

bool next(const Value& iterator, Value& out, Value* ret_value) {
    TypeObject* tp = type_of(iterator);
    if (tp->iternext) {
        // A generator returning a value reports it as StopIteration(value) from its iternext
        // (the VM's generator.cpp); plain exhaustion returns false.
        try {
            return tp->iternext(iterator.as_obj(), out);
        } catch (const PyException& e) {
            if (!exception_matches(e.exc, types().StopIteration)) throw;
            if (ret_value) *ret_value = static_cast<ExceptionObject*>(e.exc.as_obj())->value;
            return false;
        }
    }
    Value* nx = tp->lookup(names().__next__);
    if (!nx) raise_type_error("'" + tp->name + "' object is not an iterator");
    try {
        out = call(bind_descriptor(*nx, iterator, tp), {});
        return true;
    } catch (const PyException& e) {
        if (!exception_matches(e.exc, types().StopIteration)) throw;
        if (ret_value) *ret_value = static_cast<ExceptionObject*>(e.exc.as_obj())->value;
        return false;
    }
}

std::vector<Value> to_vector(const Value& iterable) {
    Types& t = types();
    TypeObject* tp = type_of(iterable);
    if (tp == t.list) {
        auto& items = static_cast<ListObject*>(iterable.as_obj())->items;
        charge_work(Work::Element, items.size());
        return items;
    }
    if (tp == t.tuple) {
        auto& items = static_cast<TupleObject*>(iterable.as_obj())->items;
        charge_work(Work::Element, items.size());
        return items;
    }
    std::vector<Value> out;
    Value it = get_iter(iterable);
    Value x;
    while (next(it, x)) out.push_back(std::move(x));
    charge_work(Work::Element, out.size());
    return out;
}

// ---------------------------------------------------------------- hashing, text

uint32_t object_serial(Object* o) {
    if (o->serial == 0) o->serial = interp().next_serial++;
    return o->serial;
}

int64_t hash(const Value& v) {
    switch (v.tag()) {
        case Tag::None: return 0xFCA86420;  // CPython 3.12+: a constant
        case Tag::Bool:
        case Tag::Int: return hash_int(v);
        case Tag::Float: return hash_float(v.as_float());
        default: break;
    }
    if (v.is_obj()) {
        TypeObject* tp = v.as_obj()->type;
        if (tp == types().str) return as_str(v)->hash();
        if (tp == types().int_) return hash_int(v);
    }
    TypeObject* tp = type_of(v);
    Value* h = tp->lookup(names().__hash__);
    if (!h || h->is_none()) raise_type_error("unhashable type: '" + tp->name + "'");
    Value r = call(bind_descriptor(*h, v, tp), {});
    if (!is_int(r)) raise_type_error("__hash__ method should return an integer");
    if (r.is_small_int()) {
        int64_t x = r.as_int();
        return x == -1 ? -2 : x;
    }
    return hash_int(r);
}

Ref<StrObject> repr(const Value& v) {
    switch (v.tag()) {
        case Tag::None: return interp().intern("None");
        case Tag::Bool: return interp().intern(v.as_bool() ? "True" : "False");
        case Tag::Int: return make_str(std::to_string(v.as_int()));
        case Tag::Float: return make_str(float_repr(v.as_float()));
        default: break;
    }
    TypeObject* tp = type_of(v);
    Value* r = tp->lookup(names().__repr__);
    if (!r) return make_str(default_object_repr(v));
    RecursionGuard guard(" while getting the repr of an object");
    Value s = call(bind_descriptor(*r, v, tp), {});
    if (!isinstance(s, types().str)) {
        raise_type_error("__repr__ returned non-string (type " + type_name(s) + ")");
    }
    return Ref<StrObject>(as_str(s));
}

Ref<StrObject> str(const Value& v) {
    if (is_exact(v, types().str)) return Ref<StrObject>(as_str(v));
    if (!v.is_obj()) return repr(v);
    TypeObject* tp = type_of(v);
    Value* s = tp->lookup(names().__str__);
    if (!s) return repr(v);
    RecursionGuard guard(" while getting the str of an object");
    Value r = call(bind_descriptor(*s, v, tp), {});
    if (!isinstance(r, types().str)) {
        raise_type_error("__str__ returned non-string (type " + type_name(r) + ")");
    }
    return Ref<StrObject>(as_str(r));
}

std::string repr_string(const Value& v) { return repr(v)->utf8(); }
std::string str_string(const Value& v) { return str(v)->utf8(); }

Ref<StrObject> format(const Value& v, const Value& spec) {
    TypeObject* tp = type_of(v);
    Value* f = tp->lookup(names().__format__);
    if (!f) raise_type_error("unsupported format string passed to " + tp->name + ".__format__");
    Value r = call(bind_descriptor(*f, v, tp), {spec});
    if (!isinstance(r, types().str)) {
        raise_type_error("__format__ must return a str, not " + type_name(r));
    }
    return Ref<StrObject>(as_str(r));
}

namespace {
std::string default_object_repr(const Value& v) {
    TypeObject* tp = type_of(v);
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx",
                  static_cast<unsigned long long>(0x7f0000000000ull + uint64_t(object_serial(v.as_obj())) * 16));
    std::string prefix = tp->module == "builtins" ? "" : tp->module + ".";
    return "<" + prefix + tp->qualname + " object at " + buf + ">";
}
}  // namespace

std::string object_default_repr(const Value& v) { return default_object_repr(v); }

// ---------------------------------------------------------------- numbers

int64_t index_value(const Value& v, const char* what) {
    if (v.is_small_int() || v.is_bool()) return v.as_int();
    if (is_exact_int(v)) {
        int64_t small;
        if (to_int64(v, small)) return small;  // an int subclass instance (IntEnum member)
        raise(types().IndexError, "cannot fit 'int' into an index-sized integer");
    }
    TypeObject* tp = type_of(v);
    if (Value* ix = tp->lookup(names().__index__)) {
        Value r = call(bind_descriptor(*ix, v, tp), {});
        if (!is_int(r)) raise_type_error("__index__ returned non-int (type " + type_name(r) + ")");
        int64_t out;
        if (!to_int64(r, out)) raise(types().IndexError, "cannot fit 'int' into an index-sized integer");
        return out;
    }
    if (what) raise_type_error(std::string(what) + tp->name);
    raise_type_error("'" + tp->name + "' object cannot be interpreted as an integer");
}

double to_double(const Value& v) {
    if (v.is_float()) return v.as_float();
    if (v.is_small_int() || v.is_bool()) return double(v.as_int());
    if (is_exact_int(v)) return int_to_double(v);
    TypeObject* tp = type_of(v);
    if (Value* f = tp->lookup(names().__float__)) {
        Value r = call(bind_descriptor(*f, v, tp), {});
        if (!r.is_float()) raise_type_error(tp->name + ".__float__ returned non-float (type " + type_name(r) + ")");
        return r.as_float();
    }
    if (Value* ix = tp->lookup(names().__index__)) {
        return to_double(call(bind_descriptor(*ix, v, tp), {}));
    }
    raise_type_error("must be real number, not " + tp->name);
}

RecursionGuard::RecursionGuard(const char* where) {
    Interp& in = interp();
    if (in.depth + 1 > in.limits.recursion_limit) {
        raise(types().RecursionError, std::string("maximum recursion depth exceeded") + where);
    }
    ++in.depth;
}

RecursionGuard::~RecursionGuard() { --interp().depth; }

}  // namespace loopscope::vm
