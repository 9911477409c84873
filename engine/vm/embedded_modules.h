// Modules written in Python that ship inside the engine (engine/stdlib/**.py, embedded at
// build time — the engine never reads files at run time, so runs stay deterministic and a
// student's program cannot shadow them). `asyncio` and much of the standard library the
// lessons use live here: teachers can read them, and they run on the same interpreter (and
// appear in the same traces) as the student's code.
#pragma once

#include <string>
#include <string_view>

#include "vm/object.h"

namespace loopscope::vm {

struct EmbeddedModuleSource {
    const char* name;      // import name: "asyncio", "asyncio.tasks"
    const char* filename;  // shown in tracebacks: "<loopscope>/asyncio/tasks.py"
    const char* source;
    bool is_package;       // from an __init__.py: has __path__, may have submodules
};

// Generated at build time from engine/stdlib (engine/embed_stdlib.cmake).
extern const EmbeddedModuleSource kEmbeddedModules[];
extern const size_t kEmbeddedModuleCount;

// The embedded module called `name`, or nullptr.
const EmbeddedModuleSource* find_embedded_module(std::string_view name);

// Creates the module, registers it in sys.modules (before running its body, so circular
// imports inside a package work, as in CPython), runs the body, and returns it. On an
// exception in the body the module is removed from sys.modules and the exception propagates.
Value load_embedded_module(const EmbeddedModuleSource& m);

// True when `import name` can find a module (builtin or embedded) not yet imported.
bool module_exists(std::string_view name);

}  // namespace loopscope::vm
