// Modules (type `module`) and the import machinery. Every importable module is built into
// the engine: interp().builtin_modules maps a name to the function that creates it, and
// sys.modules (interp().modules) caches what was imported. There is no file system import.
#pragma once

#include <string>
#include <string_view>

#include "vm/dict.h"
#include "vm/object.h"

namespace loopscope::vm {

struct ModuleObject : Object {
    void clear_references() override { dict.reset(); }
    DictObject* attribute_dict(bool) override { return dict.get(); }
    size_t footprint() const override { return sizeof(ModuleObject); }

    Ref<DictObject> dict;  // the module's namespace (its globals); never null
};

// A module named `name` with __name__, __doc__ (None), __package__, __loader__, __spec__
// set, and __builtins__ pointing at the builtins dict. Not registered in sys.modules.
Ref<ModuleObject> make_module(std::string_view name);

// The `__main__` module for running `filename`, registered in sys.modules.
Ref<ModuleObject> make_main_module(const std::string& filename);

// `import name` (dotted names import each parent first). Returns the module `name` names.
// ModuleNotFoundError "No module named 'x'" when no builtin module has that name.
Value import_module(std::string_view name);
// The IMPORT_NAME instruction: __import__(name, globals, fromlist, level). Without a fromlist
// returns the top-level package of a dotted name (what `import a.b` binds to `a`). Relative
// imports (level > 0) resolve against globals' __package__ (or __name__).
Value import_name(std::string_view name, const Value& fromlist, int level, DictObject* globals);
// IMPORT_FROM: `from module import name` (falls back to the submodule module.name).
Value import_from(const Value& module, struct StrObject* name);
// IMPORT_STAR: copies module.__all__ (or every name not starting with '_') into `locals`.
void import_star(const Value& module, const Value& locals);

// What CPython does to a module's namespace at interpreter shutdown (_PyModule_ClearDict):
// names starting with a single underscore are set to None first, then every other name but
// __builtins__. Objects dying then finalize (generators close, never-awaited coroutines warn
// "<sys>:0: RuntimeWarning: ..."). Run it on __main__ when the program ends.
void finalize_module(ModuleObject* module);

// The `module` type's behaviour (repr, __dict__, attribute access goes through the dict).
void install_module_type();

}  // namespace loopscope::vm
