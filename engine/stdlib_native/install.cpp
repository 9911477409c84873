// The registry of C++ standard-library modules (see stdlib_native.h).
#include "stdlib_native/stdlib_native.h"

#include "vm/interp.h"
#include "vm/module.h"
#include "vm/str.h"

namespace loopscope::vm {

void module_set(DictObject* d, const char* name, Value v) { d->set_str(intern(name).get(), std::move(v)); }

void module_def(DictObject* d, const char* module, const char* name, NativeFn fn) {
    Ref<NativeFunctionObject> f = make_native_function(name, fn);
    f->owner = module;
    module_set(d, name, Value(f));
}

namespace {

// `import builtins`: the module whose dict is the builtins namespace itself, so
// `builtins.print = ...` is seen by every later lookup, as in CPython.
Value create_builtins_module(Interp& in) {
    Ref<ModuleObject> m = make_module("builtins");
    m->dict = in.builtins;
    return Value(m);
}

}  // namespace

void install_stdlib_modules(Interp& in) {
    in.builtin_modules["builtins"] = create_builtins_module;
    in.builtin_modules["math"] = create_math_module;  // replaces modules_core.cpp's subset
    in.builtin_modules["_random"] = create_random_core_module;
    in.builtin_modules["_loopscope"] = create_hooks_module;
    in.builtin_modules["hashlib"] = create_hashlib_module;
    in.builtin_modules["_functools"] = create_functools_native_module;
}

}  // namespace loopscope::vm
