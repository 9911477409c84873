// contextvars' current Context, as the asyncio runtime sees it.
//
// The `contextvars` module (engine/stdlib/contextvars.py) keeps its Contexts in Python; the
// one that is current lives here so the loop can enter a handle's context without calling
// into Python. Until `contextvars` is imported there is no current Context (nullptr) and
// tasks and handles keep `context=None`, running in whatever is current — nothing can read
// or set a ContextVar before the module exists, so nothing can tell the difference.
#pragma once

#include "vm/object.h"

namespace loopscope::aio {

using vm::Value;

// The current Context (borrowed: whoever made it current keeps it alive — the module holds
// the root Context, Context.run its self, run_handle its handle), or nullptr.
vm::Object* current_context();
void set_current_context(vm::Object* context);

// A copy of the current Context for a new task or handle (CPython's copy_context() in
// Task.__init__ and Handle.__init__), or None before contextvars is imported.
Value copy_current_context();

// Runs `body` with `context` current (None: leaves the current one), restoring the previous
// one afterwards, also when `body` throws.
template <class F>
void run_in_context(const Value& context, F&& body) {
    if (context.is_none() || context.empty() || !context.is_obj()) {
        body();
        return;
    }
    vm::Object* previous = current_context();
    set_current_context(context.as_obj());
    try {
        body();
    } catch (...) {
        set_current_context(previous);
        throw;
    }
    set_current_context(previous);
}

}  // namespace loopscope::aio
