// Standard-library modules written in C++ (engine/stdlib_native/): the ones that need exact
// bit-level arithmetic (random's Mersenne Twister, math), the virtual clock (time), or hooks
// into the engine that Python code cannot reach (_loopscope). Modules written in Python live in
// engine/stdlib/ and are embedded at build time; several of them sit on top of these.
//
// Each module is a `create_*` function registered by install_stdlib_modules: importing the
// module calls it once per run, so nothing here is a mutable global.
#pragma once

#include <string>
#include <string_view>

#include "vm/dict.h"
#include "vm/native.h"
#include "vm/object.h"

namespace loopscope::vm {

class Interp;

// Registers every module of this directory in interp().builtin_modules. Called once by the
// Interp constructor, after install_core_modules.
void install_stdlib_modules(Interp& in);

Value create_math_module(Interp& in);       // math.cpp, math_special.cpp
Value create_random_core_module(Interp& in); // random_core.cpp: `_random` (random.py builds on it)
Value create_hooks_module(Interp& in);      // hooks.cpp: `_loopscope`, engine services for stdlib/*.py
Value create_hashlib_module(Interp& in);    // hashlib.cpp
Value create_functools_native_module(Interp& in);  // functools_native.cpp: `_functools`

// What to add to "No module named 'x'" for a module loopscope does not have: why (for
// modules left out on purpose, e.g. os or threading) and where the list of supported
// modules is (docs/python-support.md). Starts with a separator, e.g. " (...)".
std::string missing_module_hint(std::string_view name);

// Helpers shared by the module files.
void module_set(DictObject* d, const char* name, Value v);
// Adds a builtin function `name` to a module dict; `module` becomes its __module__ / owner.
void module_def(DictObject* d, const char* module, const char* name, NativeFn fn);

}  // namespace loopscope::vm
