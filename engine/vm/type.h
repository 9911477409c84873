// type: classes, builtin and user-defined. Attribute lookup walks `mro` (C3 linearization,
// mro[0] == this) through each class's `dict`.
#pragma once

#include <string>
#include <vector>

#include "vm/dict.h"
#include "vm/object.h"

namespace loopscope::vm {

struct StrObject;
struct CallArgs;

// Which C++ struct instances of a type are made of. A user class inherits the layout of its
// builtin base ("solid base"): class E(Exception) makes ExceptionObjects, class L(list)
// ListObjects. Two bases with different non-Instance layouts cannot be combined
// ("multiple bases have instance lay-out conflict").
enum class Layout : uint8_t {
    Instance,   // InstanceObject: plain objects of user classes (and `object()`)
    None, Bool, Int, Float, Str, Bytes, List, Tuple, Dict, Set, Type, Exception,
    Function, Native,  // everything else builtin: not subclassable from Python
};

struct TypeObject : Object {
    void clear_references() override;
    size_t footprint() const override { return sizeof(TypeObject); }
    DictObject* attribute_dict(bool) override { return dict.get(); }

    // MRO lookup of `name` in the classes' own dicts (no instance dict, no descriptors).
    // Returns nullptr when absent.
    Value* lookup(StrObject* name) const;
    bool is_subtype_of(const TypeObject* other) const;

    std::string name;       // __name__
    std::string qualname;   // __qualname__
    std::string module;     // __module__ ("builtins" for builtin types)
    std::vector<Ref<TypeObject>> bases;
    std::vector<TypeObject*> mro;  // borrowed: bases keep them alive; mro[0] == this
    Ref<DictObject> dict;
    Layout layout = Layout::Instance;
    bool is_builtin = false;
    bool subclassable = true;
    // Set when the class (or a base) defines these in Python: the generic paths check them.
    bool has_getattr_hook = false;     // __getattr__
    bool has_getattribute_hook = false;
    bool has_setattr_hook = false;
    // __slots__ without "__dict__" here and in every user base: instances have no __dict__
    // and accept only the names in `slots` (all slot names along the MRO; their values live
    // in the instance's hidden attribute dict).
    bool slots_only = false;
    std::vector<Value> slots;  // interned str
    // Bumped whenever this class's dict changes; lookup caches compare it.
    uint64_t version = 0;
    // Creates a bare instance (what object.__new__(cls) returns) for user classes with this
    // solid layout. Builtin types without it construct only through their __new__.
    Value (*alloc)(TypeObject* cls) = nullptr;
    // Fast iteration for builtin iterator types: stores the next item in `out` and returns
    // true, or returns false when exhausted (no StopIteration object is created). A Python
    // `__next__` defined on a user class is called through the dict instead.
    bool (*iternext)(Object* self, Value& out) = nullptr;
};

// Plain instance of a user class.
struct InstanceObject : Object {
    void clear_references() override { dict.reset(); }
    size_t footprint() const override { return sizeof(InstanceObject); }
    DictObject* attribute_dict(bool create) override;
    Ref<DictObject> dict;  // __dict__, created on first attribute store
};

// A new builtin type named `name` with `base` (nullptr: object), registered in the Interp.
Ref<TypeObject> make_builtin_type(const char* name, TypeObject* base, Layout layout,
                                  bool subclassable = true);
// type(name, bases, ns) as the class statement does it: C3 MRO, layout check, __set_name__,
// __init_subclass__ (given the class statement's keywords, `class A(B, flag=1)`). Raises
// TypeError for inconsistent MROs ("Cannot create a consistent method resolution order (MRO)
// for bases A, B").
Ref<TypeObject> make_class(const std::string& name, std::vector<Ref<TypeObject>> bases,
                           Ref<DictObject> ns, TypeObject* metatype,
                           const Value* kwnames = nullptr, const Value* kwvalues = nullptr,
                           size_t nkw = 0);
// The instance dict of any object that has one (user-class instances, functions, modules,
// exceptions, subclass instances of list/dict/...), creating it when `create` is set.
DictObject* instance_dict(const Value& obj, bool create);
// Where an instance of a user subclass of a builtin keeps its __dict__: `slot` is created on
// demand; plain builtin instances (type->is_builtin) have none.
DictObject* subclass_instance_dict(Object* self, Ref<DictObject>& slot, bool create);

}  // namespace loopscope::vm
