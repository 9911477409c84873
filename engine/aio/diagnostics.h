// What the runtime tells the student when something is wrong: warnings on stderr (also
// recorded in the trace) and the deadlock report that ends a run whose event loop can never
// make progress again.
#pragma once

#include <string>

namespace loopscope::aio {

struct EventLoopObject;

// Writes `text` to stderr as CPython's logging would, and records a Warning event of `kind`
// ("exception", "slow_callback", "never_retrieved", "destroyed_pending", ...).
void log_warning(const std::string& kind, const std::string& text);

// The loop has nothing ready and no timer, yet it must go on (the main task is not done):
// CPython would block in select() forever. Ends the run (RunAborted) with a message naming
// every pending task and what it waits for.
[[noreturn]] void report_deadlock(EventLoopObject* loop);
// Interpreter shutdown: CPython's final garbage collection destroys every task still alive,
// logging "Task was destroyed but it is pending!" for pending ones and "Task exception was
// never retrieved" for failed ones nobody asked. loopscope frees reference cycles without
// finalizers, so it reports those tasks here instead (creation order).
void report_leftover_tasks();
// The message report_deadlock uses (exposed for tests).
std::string deadlock_message(EventLoopObject* loop);

}  // namespace loopscope::aio
