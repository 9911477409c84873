// property, staticmethod and classmethod: the descriptor objects decorators create.
// Their binding behaviour lives in protocol.cpp (bind_descriptor, setattr) so attribute
// access has one implementation; their Python-visible methods (getter/setter/__get__ ...)
// are installed with the other builtin types.
#pragma once

#include <string>

#include "vm/dict.h"
#include "vm/object.h"

namespace loopscope::vm {

struct DictObject;

struct PropertyObject : Object {
    void clear_references() override { fget = fset = fdel = doc = Value(); name = Value(); }
    Value fget, fset, fdel, doc;  // Empty or None when absent
    Value name;                   // set by __set_name__: used in error messages
};

struct StaticMethodObject : Object {
    void clear_references() override { func = Value(); dict.reset(); }
    DictObject* attribute_dict(bool create) override;
    Value func;
    Ref<DictObject> dict;
};

struct ClassMethodObject : Object {
    void clear_references() override { func = Value(); dict.reset(); }
    DictObject* attribute_dict(bool create) override;
    Value func;
    Ref<DictObject> dict;
};

}  // namespace loopscope::vm
