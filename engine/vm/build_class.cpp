// The class statement (builtins.__build_class__) and super().
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/interp.h"
#include "vm/interpreter.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

bool is_type(const Value& v) { return v.is_obj() && v.as_obj()->type->is_subtype_of(types().type); }
TypeObject* as_type(const Value& v) { return static_cast<TypeObject*>(v.as_obj()); }

// The most derived metaclass of `meta` and the bases' metaclasses (CPython's
// _PyType_CalculateMetaclass).
TypeObject* calculate_metaclass(TypeObject* meta, const std::vector<Value>& bases) {
    TypeObject* winner = meta;
    for (const Value& b : bases) {
        TypeObject* bt = type_of(b);
        if (winner->is_subtype_of(bt)) continue;
        if (bt->is_subtype_of(winner)) {
            winner = bt;
            continue;
        }
        raise_type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                         "of the metaclasses of all its bases");
    }
    return winner;
}

// Bases that are not classes may stand for some (PEP 560's __mro_entries__).
std::vector<Value> resolve_bases(const std::vector<Value>& bases, bool& changed) {
    std::vector<Value> out;
    changed = false;
    for (const Value& b : bases) {
        if (is_type(b)) {
            out.push_back(b);
            continue;
        }
        Value entries = getattr_or_empty(b, intern("__mro_entries__").get());
        if (entries.empty()) {
            out.push_back(b);
            continue;
        }
        Value r = call(entries, {Value(make_tuple(bases))});
        if (!(r.is_obj() && r.as_obj()->type == types().tuple)) raise_type_error("__mro_entries__ must return a tuple");
        for (const Value& e : static_cast<TupleObject*>(r.as_obj())->items) out.push_back(e);
        changed = true;
    }
    return out;
}

// Runs the class body function with `ns` as its locals; returns the __class__ cell or None.
Value run_class_body(FunctionObject* body, const Value& ns) {
    CodeObject* code = body->code.get();
    Frame* frame = allocate_frame(code, Value::borrowed(body), body->globals.get(), body->builtins.get(), false);
    struct Release {
        Frame* f;
        ~Release() { release_frame(f); }
    } release{frame};
    frame->locals = ns;
    initialize_cells(frame, body);
    FrameExit how;
    return run_frame(frame, how);
}

Value build_class(const CallArgs& a) {
    if (a.nargs < 2) raise_type_error("__build_class__: not enough arguments");
    if (!(a[0].is_obj() && a[0].as_obj()->type == types().function)) {
        raise_type_error("__build_class__: func must be a function");
    }
    if (!isinstance(a[1], types().str)) raise_type_error("__build_class__: name is not a string");
    auto* body = static_cast<FunctionObject*>(a[0].as_obj());
    std::vector<Value> orig_bases(a.args + 2, a.args + a.nargs);
    bool bases_changed;
    std::vector<Value> bases = resolve_bases(orig_bases, bases_changed);

    Value meta;
    std::vector<Value> kwnames, kwvalues;
    for (size_t i = 0; i < a.nkw; ++i) {
        if (static_cast<StrObject*>(a.kwnames[i].as_obj())->utf8() == "metaclass") {
            meta = a.kwvalues[i];
        } else {
            kwnames.push_back(a.kwnames[i]);
            kwvalues.push_back(a.kwvalues[i]);
        }
    }
    bool is_class = true;
    if (meta.empty()) {
        meta = bases.empty() ? Value::borrowed(types().type) : Value::borrowed(type_of(bases[0]));
    } else {
        is_class = is_type(meta);
    }
    if (is_class) meta = Value::borrowed(calculate_metaclass(as_type(meta), bases));

    Value name = a[1];
    Value bases_tuple = Value(make_tuple(bases));
    Value ns;
    Value prepare = getattr_or_empty(meta, names().__prepare__);
    if (prepare.empty() || (is_class && as_type(meta)->is_builtin)) {
        ns = Value(make_dict());
    } else {
        std::vector<Value> args = {name, bases_tuple};
        ns = call(prepare, CallArgs{args.data(), args.size(), kwnames.data(), kwvalues.data(), kwnames.size()});
        if (!ns.is_obj() || getattr_or_empty(ns, names().__getitem__).empty()) {
            raise_type_error((is_class ? as_type(meta)->name : std::string("<metaclass>")) +
                             ".__prepare__() must return a mapping, not " + type_name(ns));
        }
    }
    Value cell = run_class_body(body, ns);
    if (bases_changed) setitem(ns, Value(intern("__orig_bases__")), Value(make_tuple(orig_bases)));

    std::vector<Value> args = {name, bases_tuple, ns};
    Value cls = call(meta, CallArgs{args.data(), args.size(), kwnames.data(), kwvalues.data(), kwnames.size()});

    // Zero-argument super() reads the class from the __class__ cell the body created.
    if (is_type(cls) && cell.is_obj() && cell.as_obj()->type == types().cell) {
        auto* c = static_cast<CellObject*>(cell.as_obj());
        TypeObject* t = as_type(cls);
        if (t->dict->erase(Value(intern("__classcell__")))) ++t->version;
        if (c->contents.empty()) c->contents = cls;
        if (!same(c->contents, cls)) {
            raise(types().TypeError, "__class__ set to " + repr_string(c->contents) + " defining " +
                                         str_string(name) + " as " + repr_string(cls));
        }
    }
    return cls;
}

// ---- super ----

struct SuperObject : Object {
    void clear_references() override { thisclass = obj = obj_type = Value(); }
    Value thisclass; // the class super() starts after (__thisclass__)
    Value obj;       // the instance or class bound (__self__), or Empty
    Value obj_type;  // type(obj) or obj when obj is a class (__self_class__)
};

SuperObject* as_super(const Value& v) { return static_cast<SuperObject*>(v.as_obj()); }

// CPython's supercheck: the type whose MRO super() walks for `obj`.
Value super_check(TypeObject* type, const Value& obj) {
    if (is_type(obj) && as_type(obj)->is_subtype_of(type)) return obj;
    if (type_of(obj)->is_subtype_of(type)) return Value::borrowed(type_of(obj));
    Value cls = getattr_or_empty(obj, names().__class__);
    if (is_type(cls) && as_type(cls)->is_subtype_of(type)) return cls;
    raise_type_error("super(type, obj): obj must be an instance or subtype of type");
}

// super() without arguments: the calling method's class (its __class__ cell) and first argument.
void super_from_frame(Value& type, Value& obj) {
    Frame* f = current_frame();
    while (f && (f->code->flags & kCoInlinedComprehension)) f = f->previous;
    if (!f) raise(types().RuntimeError, "super(): no current frame");
    const CodeObject& co = *f->code;
    if (co.argcount == 0) raise(types().RuntimeError, "super(): no arguments");
    Value* fast = f->localsplus();
    Value* cells = fast + co.nlocals();
    obj = fast[0];
    for (size_t i = 0; i < co.cellvars.size(); ++i) {
        if (co.cell_from_arg[i] == 0) obj = static_cast<CellObject*>(cells[i].as_obj())->contents;
    }
    if (obj.empty()) raise(types().RuntimeError, "super(): arg[0] deleted");
    for (size_t j = 0; j < co.freevars.size(); ++j) {
        if (co.freevars[j]->utf8() != "__class__") continue;
        const Value& cls = static_cast<CellObject*>(cells[co.cellvars.size() + j].as_obj())->contents;
        if (cls.empty()) raise(types().RuntimeError, "super(): empty __class__ cell");
        if (!is_type(cls)) raise(types().RuntimeError, "super(): __class__ is not a type (" + type_name(cls) + ")");
        type = cls;
        return;
    }
    raise(types().RuntimeError, "super(): __class__ cell not found");
}

Value super_new(const CallArgs& a) {
    check_no_kwargs("super", a);
    if (a.nargs > 3) raise_type_error("super() expected at most 2 arguments, got " + std::to_string(a.nargs - 1));
    Value type, obj;
    if (a.nargs == 1) {
        super_from_frame(type, obj);
    } else {
        type = a[1];
        if (a.nargs == 3 && !a[2].is_none()) obj = a[2];
    }
    if (!is_type(type)) raise_type_error("super() argument 1 must be a type, not " + type_name(type));
    Ref<SuperObject> s = make<SuperObject>(types().super_);
    s->thisclass = type;
    if (!obj.empty()) {
        s->obj_type = super_check(as_type(type), obj);
        s->obj = obj;
    }
    return Value(s);
}

Value super_init(const CallArgs&) { return Value::none(); }

Value super_getattribute(const CallArgs& a) {
    SuperObject* s = as_super(a[0]);
    if (a.nargs != 2 || !isinstance(a[1], types().str)) raise_type_error("attribute name must be string");
    StrObject* name = interp().intern(static_cast<StrObject*>(a[1].as_obj())->view()).get();
    if (!s->obj_type.empty() && name != names().__class__) {
        TypeObject* start = as_type(s->obj_type);
        const auto& mro = start->mro;
        size_t i = 0;
        while (i < mro.size() && mro[i] != s->thisclass.as_obj()) ++i;
        for (++i; i < mro.size(); ++i) {
            if (Value* v = mro[i]->dict->find_str(name)) {
                bool on_class = same(s->obj, s->obj_type);
                return bind_descriptor(*v, on_class ? Value() : s->obj, start);
            }
        }
    }
    return object_generic_getattr(a[0], name);
}

Value super_repr(const CallArgs& a) {
    SuperObject* s = as_super(a[0]);
    std::string type_text = "<class '" + as_type(s->thisclass)->name + "'>";
    if (s->obj_type.empty()) return make_str("<super: " + type_text + ", NULL>");
    return make_str("<super: " + type_text + ", <" + as_type(s->obj_type)->name + " object>>");
}

Value or_none(const Value& v) { return v.empty() ? Value::none() : v; }

}  // namespace

void install_build_class() {
    Interp& in = interp();
    in.builtins->set_str(intern("__build_class__").get(), Value(make_native_function("__build_class__", build_class)));
    TypeObject* t = in.types.super_;
    add_method(t, "__new__", super_new, NativeKind::StaticMethod);
    add_method(t, "__init__", super_init);
    add_method(t, "__getattribute__", super_getattribute);
    add_method(t, "__repr__", super_repr);
    t->has_getattribute_hook = true;
    add_getset(t, "__thisclass__", [](const Value& s) { return or_none(as_super(s)->thisclass); });
    add_getset(t, "__self__", [](const Value& s) { return or_none(as_super(s)->obj); });
    add_getset(t, "__self_class__", [](const Value& s) { return or_none(as_super(s)->obj_type); });
}

}  // namespace loopscope::vm
