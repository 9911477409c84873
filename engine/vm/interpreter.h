// The bytecode interpreter: one dispatch loop (computed goto) that runs a frame and every
// Python frame it calls, switching frames in place rather than recursing in C++.
//
// Budgets: every instruction adds 1 to interp().steps and its cost (vm/cost_model.h) to
// interp().virtual_ns, counted in locals and flushed at calls, returns, yields and backward
// jumps, where the step budget (RunAborted) and, every 64K steps, the memory budget
// (MemoryError) are checked.
//
// Exceptions: a PyException thrown by anything the loop calls, or an exception raised by the
// bytecode itself, is looked up in the current frame's handler table; without a handler the
// frame is unwound (its traceback entry recorded) and the search continues in its caller.
#pragma once

#include "vm/code.h"
#include "vm/object.h"

namespace loopscope::vm {

struct Frame;
struct ModuleObject;
struct DictObject;

enum class FrameExit : uint8_t { Returned, Yielded };

// Runs `entry` (arguments already bound) until it returns or, for generator frames, yields;
// returns the returned or yielded value and says which in `how`. With `pending` set, the
// frame starts by raising that exception at its current instruction (generator.throw()).
// The caller owns `entry` and releases it. Python exceptions escaping the frame are thrown
// as PyException (with the frame's traceback entry added).
Value run_frame(Frame* entry, FrameExit& how, Value pending = Value());

// Runs `code` in a fresh frame without arguments and returns what it returns: module code
// (globals == locals == the module's dict), class bodies and exec() (explicit namespaces).
Value run_code(CodeObject* code, DictObject* globals, const Value& locals);
// Runs a compiled module as `module` (its dict is both globals and locals).
void run_module_code(CodeObject* code, ModuleObject* module);

// RecursionError when the native stack is nearly exhausted (native recursion: calls made
// from C++ code back into Python, nested repr(), ...).
void check_native_stack();

// Adds this run's not-yet-flushed costs and checks the budgets (used by native code that
// does work proportional to its input, and by the loop itself).
void check_budgets();

// The VM's Python-visible types (function, code, cell, generator, coroutine, async generator,
// module, super) and builtins it provides (__build_class__); once per Interp, after the
// builtin types exist.
void install_vm_types();

}  // namespace loopscope::vm
