// Calling convention shared by every callable, and the objects wrapping C++ functions:
// builtin functions, methods of builtin types, and getset descriptors (int.real, e.args).
#pragma once

#include <cstddef>
#include <string>

#include "vm/object.h"

namespace loopscope::vm {

struct StrObject;

// Positional arguments in args[0..nargs), then keyword arguments: kwnames[i] (a str Value,
// interned) names kwvalues[i]. For methods of builtin types args[0] is self.
struct CallArgs {
    const Value* args = nullptr;
    size_t nargs = 0;
    const Value* kwnames = nullptr;
    const Value* kwvalues = nullptr;
    size_t nkw = 0;

    const Value& operator[](size_t i) const { return args[i]; }
    bool has_kwargs() const { return nkw != 0; }
};

using NativeFn = Value (*)(const CallArgs& call);

enum class NativeKind : uint8_t {
    Function,     // builtin function: len, print, math.sqrt
    Method,       // method of a builtin type: binds self like a Python function does
    ClassMethod,  // dict.fromkeys, int.from_bytes: binds the class
    StaticMethod, // str.maketrans
};

struct NativeFunctionObject : Object {
    NativeFunctionObject(std::string n, NativeFn f, NativeKind k) : name(std::move(n)), fn(f), kind(k) {}
    void clear_references() override { self.~Value(); new (&self) Value(); }
    std::string name;      // __name__
    std::string owner;     // type name for methods ("str"), module for functions
    // For methods of builtin types: the type whose instances `self` (args[0]) must be.
    // Calling an unbound method with a wrong receiver (str.upper(1)) must raise TypeError
    // "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object" before `fn` runs:
    // native methods cast args[0] without checking.
    struct TypeObject* owner_type = nullptr;
    NativeFn fn;
    NativeKind kind;
    Value self;            // bound receiver for builtin methods obtained from an instance
};

// A data descriptor implemented in C++: attribute `name` on instances of its type.
struct GetSetObject : Object {
    using Getter = Value (*)(const Value& self);
    using Setter = void (*)(const Value& self, const Value& value);  // nullptr: read-only
    GetSetObject(std::string n, Getter g, Setter s) : name(std::move(n)), get(g), set(s) {}
    std::string name;
    Getter get;
    Setter set;
};

// A Python function or any callable bound to a receiver: obj.method.
struct BoundMethodObject : Object {
    BoundMethodObject(Value f, Value s) : func(std::move(f)), self(std::move(s)) {}
    void clear_references() override { func = Value(); self = Value(); }
    Value func;
    Value self;
};

// Registers `fn` as `name` in a type's dict (kind Method unless told otherwise).
void add_method(struct TypeObject* type, const char* name, NativeFn fn,
                NativeKind kind = NativeKind::Method);
void add_getset(struct TypeObject* type, const char* name, GetSetObject::Getter get,
                GetSetObject::Setter set = nullptr);
Ref<NativeFunctionObject> make_native_function(const char* name, NativeFn fn,
                                               NativeKind kind = NativeKind::Function);

// Argument checking with CPython's messages.
// "len() takes exactly one argument (2 given)", "expected at most 2 arguments, got 3", ...
void check_no_kwargs(const char* fname, const CallArgs& call);
void check_arg_count(const char* fname, const CallArgs& call, size_t min, size_t max);
// Finds keyword `name` (or nullptr). Raises TypeError for keywords not in `allowed` (nullptr-terminated).
const Value* find_kwarg(const CallArgs& call, const char* name);
void check_kwargs_allowed(const char* fname, const CallArgs& call, const char* const* allowed);

}  // namespace loopscope::vm
