#include "vm/type.h"

#include "vm/descriptors.h"
#include "vm/exception.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/protocol.h"
#include "vm/set.h"
#include "vm/str.h"

namespace loopscope::vm {

namespace {

Value alloc_plain_instance(TypeObject* cls) { return make<InstanceObject>(cls); }

// C3 linearization: the head of the first list that appears in no other list's tail.
std::vector<TypeObject*> c3_merge(std::vector<std::vector<TypeObject*>> seqs,
                                  const std::vector<Ref<TypeObject>>& bases) {
    std::vector<TypeObject*> result;
    for (;;) {
        std::erase_if(seqs, [](const auto& s) { return s.empty(); });
        if (seqs.empty()) return result;
        TypeObject* candidate = nullptr;
        for (const auto& seq : seqs) {
            TypeObject* head = seq.front();
            bool in_tail = false;
            for (const auto& other : seqs) {
                if (std::find(other.begin() + 1, other.end(), head) != other.end()) {
                    in_tail = true;
                    break;
                }
            }
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (!candidate) {
            std::string names;
            for (size_t i = 0; i < bases.size(); ++i) {
                names += (i ? ", " : "") + bases[i]->name;
            }
            raise_type_error("Cannot create a consistent method resolution order (MRO) for bases "
                             + names);
        }
        result.push_back(candidate);
        for (auto& seq : seqs) {
            if (!seq.empty() && seq.front() == candidate) seq.erase(seq.begin());
        }
    }
}

TypeObject* solid_base(const std::vector<Ref<TypeObject>>& bases) {
    TypeObject* solid = nullptr;
    for (const auto& b : bases) {
        if (b->layout == Layout::Instance) continue;
        if (solid && solid->layout != b->layout) {
            raise_type_error("multiple bases have instance lay-out conflict");
        }
        if (!solid || b->is_subtype_of(solid)) solid = b.get();
    }
    return solid;
}

bool defined_in_python(TypeObject* cls, StrObject* name) {
    for (TypeObject* t : cls->mro) {
        if (t->dict->find_str(name)) return !t->is_builtin;
    }
    return false;
}

bool is_python_function(const Value* v) {
    return v && v->is_obj() && v->as_obj()->type == types().function;
}

// What the class statement does implicitly: __new__ is a staticmethod, __init_subclass__ and
// __class_getitem__ are classmethods, and defining __eq__ without __hash__ makes instances
// unhashable (__hash__ = None).
void apply_implicit_decorators(DictObject& ns) {
    Interp& in = interp();
    if (Value* v = ns.find_str(in.names.__new__); is_python_function(v)) {
        auto sm = make<StaticMethodObject>(in.types.staticmethod);
        sm->func = *v;
        ns.set_str(in.names.__new__, sm);
    }
    for (StrObject* name : {in.names.__init_subclass__, in.names.__class_getitem__}) {
        if (Value* v = ns.find_str(name); is_python_function(v)) {
            auto cm = make<ClassMethodObject>(in.types.classmethod);
            cm->func = *v;
            ns.set_str(name, cm);
        }
    }
    if (ns.find_str(in.names.__eq__) && !ns.find_str(in.names.__hash__)) {
        ns.set_str(in.names.__hash__, Value::none());
    }
}

}  // namespace

void TypeObject::clear_references() {
    bases.clear();
    mro.clear();
    dict.reset();
}

Value* TypeObject::lookup(StrObject* name) const {
    for (TypeObject* t : mro) {
        if (Value* v = t->dict->find_str(name)) return v;
    }
    return nullptr;
}

bool TypeObject::is_subtype_of(const TypeObject* other) const {
    if (this == other) return true;
    for (TypeObject* t : mro) {
        if (t == other) return true;
    }
    return false;
}

DictObject* InstanceObject::attribute_dict(bool create) {
    if (type->is_builtin) return nullptr;  // object() has no __dict__
    if (!dict && create) dict = make_dict();
    return dict.get();
}

DictObject* subclass_instance_dict(Object* self, Ref<DictObject>& slot, bool create) {
    if (self->type->is_builtin) return nullptr;
    if (!slot && create) slot = make_dict();
    return slot.get();
}

DictObject* ListObject::attribute_dict(bool create) {
    return subclass_instance_dict(this, instance_dict, create);
}
DictObject* StrObject::attribute_dict(bool create) {
    return subclass_instance_dict(this, instance_dict, create);
}
DictObject* BigIntObject::attribute_dict(bool create) {
    return subclass_instance_dict(this, instance_dict, create);
}
DictObject* TupleObject::attribute_dict(bool create) {
    return subclass_instance_dict(this, instance_dict, create);
}
DictObject* DictObject::attribute_dict(bool create) {
    return subclass_instance_dict(this, instance_dict, create);
}
DictObject* SetObject::attribute_dict(bool create) {
    return subclass_instance_dict(this, instance_dict, create);
}

DictObject* instance_dict(const Value& obj, bool create) {
    if (!obj.is_obj()) return nullptr;
    return obj.as_obj()->attribute_dict(create);
}

Ref<TypeObject> make_builtin_type(const char* name, TypeObject* base, Layout layout, bool subclassable) {
    Interp& in = interp();
    auto* t = new TypeObject();
    t->type = in.types.type;  // nullptr while `type` itself is being made; fixed up then
    heap_register(t, sizeof(TypeObject));
    Ref<TypeObject> ref(t);
    t->name = name;
    t->qualname = name;
    t->module = "builtins";
    t->dict = make_dict();
    t->layout = layout;
    t->is_builtin = true;
    t->subclassable = subclassable;
    t->mro.push_back(t);
    if (base) {
        t->bases.push_back(Ref<TypeObject>(base));
        for (TypeObject* m : base->mro) t->mro.push_back(m);
        t->alloc = base->alloc;
    }
    if (layout == Layout::Instance) t->alloc = alloc_plain_instance;
    in.all_builtin_types.push_back(ref);
    return ref;
}

namespace {

// __slots__ = "a" or an iterable of names: which attributes instances may have, and whether
// they keep a __dict__ (only when "__dict__" is listed or some user base has no __slots__).
void compute_slots(TypeObject* t) {
    Value* declared = t->dict->find_str(interp().intern("__slots__").get());
    for (size_t i = 1; i < t->mro.size(); ++i) {
        for (const Value& inherited : t->mro[i]->slots) t->slots.push_back(inherited);
    }
    if (!declared) return;
    std::vector<Value> names = isinstance(*declared, types().str) ? std::vector<Value>{*declared}
                                                                  : to_vector(*declared);
    bool wants_dict = false;
    for (const Value& n : names) {
        if (!isinstance(n, types().str)) {
            raise_type_error("__slots__ items must be strings, not '" + type_of(n)->name + "'");
        }
        std::string text = static_cast<StrObject*>(n.as_obj())->utf8();
        if (text == "__dict__") {
            wants_dict = true;
        } else if (text != "__weakref__") {
            t->slots.push_back(Value(interp().intern(text)));
        }
    }
    bool bases_slotted = true;
    for (size_t i = 1; i < t->mro.size(); ++i) {
        if (!t->mro[i]->is_builtin && !t->mro[i]->slots_only) bases_slotted = false;
    }
    t->slots_only = !wants_dict && bases_slotted;
}

}  // namespace

Ref<TypeObject> make_class(const std::string& name, std::vector<Ref<TypeObject>> bases,
                           Ref<DictObject> ns, TypeObject* metatype, const Value* kwnames,
                           const Value* kwvalues, size_t nkw) {
    Interp& in = interp();
    if (bases.empty()) bases.push_back(Ref<TypeObject>(in.types.object));
    for (const auto& b : bases) {
        if (!b->subclassable) {
            raise_type_error("type '" + b->name + "' is not an acceptable base type");
        }
    }
    TypeObject* solid = solid_base(bases);

    auto* t = new TypeObject();
    t->type = metatype ? metatype : in.types.type;
    heap_register(t, sizeof(TypeObject));
    Ref<TypeObject> ref(t);
    t->name = name;
    t->qualname = name;
    t->bases = bases;
    t->layout = solid ? solid->layout : Layout::Instance;
    t->alloc = solid ? solid->alloc : alloc_plain_instance;
    t->is_builtin = false;

    // The class namespace becomes the class dict (a copy, as type() makes one).
    t->dict = make_dict();
    for (const DictEntry& e : ns->entries) {
        if (!e.key.empty()) t->dict->set(e.key, e.hash, e.value);
    }
    if (Value* q = t->dict->find_str(in.names.__qualname__)) {
        if (q->is_obj() && q->as_obj()->type == in.types.str) {
            t->qualname = static_cast<StrObject*>(q->as_obj())->utf8();
        }
        t->dict->erase(Value::borrowed(in.names.__qualname__));
    }
    if (Value* m = t->dict->find_str(in.names.__module__)) {
        if (m->is_obj() && m->as_obj()->type == in.types.str) {
            t->module = static_cast<StrObject*>(m->as_obj())->utf8();
        }
    }
    if (!t->dict->find_str(in.names.__doc__)) t->dict->set_str(in.names.__doc__, Value::none());
    apply_implicit_decorators(*t->dict);

    std::vector<std::vector<TypeObject*>> seqs;
    for (const auto& b : bases) seqs.push_back(b->mro);
    std::vector<TypeObject*> base_list;
    for (const auto& b : bases) base_list.push_back(b.get());
    seqs.push_back(base_list);
    t->mro.push_back(t);
    for (TypeObject* m : c3_merge(seqs, bases)) t->mro.push_back(m);

    t->has_getattr_hook = defined_in_python(t, in.names.__getattr__);
    t->has_getattribute_hook = defined_in_python(t, in.names.__getattribute__);
    t->has_setattr_hook = defined_in_python(t, in.names.__setattr__)
                          || defined_in_python(t, in.names.__delattr__);

    compute_slots(t);

    // User classes live until the run ends (instances borrow their type pointer).
    in.user_types.push_back(ref);

    // __set_name__ on attributes that define it, then the parent's __init_subclass__.
    Value cls_value = Value(ref);
    std::vector<DictEntry> attrs = t->dict->entries;
    for (const DictEntry& e : attrs) {
        if (e.key.empty()) continue;
        Value hook = lookup_special(e.value, in.names.__set_name__);
        if (!hook.empty()) call(bind_descriptor(hook, e.value, type_of(e.value)), {cls_value, e.key});
    }
    if (t->mro.size() > 1) {
        // super(cls, cls).__init_subclass__(): look past the class itself.
        for (size_t i = 1; i < t->mro.size(); ++i) {
            if (Value* hook = t->mro[i]->dict->find_str(in.names.__init_subclass__)) {
                Value bound = bind_descriptor(*hook, cls_value, t);
                call(bound, CallArgs{nullptr, 0, kwnames, kwvalues, nkw});
                break;
            }
        }
    }
    return ref;
}

}  // namespace loopscope::vm
