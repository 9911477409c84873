// The async generators an event loop iterates (CPython's loop._asyncgens, a WeakSet): the
// loop's firstiter hook adds one, its finalizer hook (or the generator dying) removes it,
// and shutdown_asyncgens() closes whatever is left — in the order they started.
#pragma once

#include <vector>

#include "vm/object.h"

namespace loopscope::aio {

struct EventLoopObject;

void track_asyncgen(EventLoopObject* loop, const vm::Value& agen);
void forget_asyncgen(EventLoopObject* loop, const vm::Value& agen);
// Removes and returns the loop's live async generators (strong references now).
std::vector<vm::Value> take_asyncgens(EventLoopObject* loop);
// A loop is being destroyed: drop its entries.
void forget_loop_asyncgens(EventLoopObject* loop);
void install_asyncgen_registry();

}  // namespace loopscope::aio
