// Glue between the asyncio runtime and the trace recorder: builds Events stamped with the
// virtual time, the running task and the student's source line. Callers test
// trace::active_recorder() first, so none of this runs when tracing is off.
#pragma once

#include <string>
#include <string_view>

#include "trace/event.h"
#include "trace/recorder.h"
#include "vm/object.h"

namespace loopscope::aio {

// True for the embedded library's files ("<stdlib>/asyncio/tasks.py"): not the student's code.
bool is_library_file(const std::string& filename);
// The innermost frame of the student's program (frames of the embedded library are skipped):
// where a create_task, cancel or sleep was written.
bool user_location(std::string& filename, int& line);
// True when the innermost frame of the student's code runs in module __main__.
bool user_frame_is_main();
// A Print event for text the program wrote to stdout (called by the run's stdout sink).
void record_print(std::string_view text);
// An event for text written to stderr by anything but the asyncio runtime's own logging
// (which records its warnings itself): a Warning for the VM's "coroutine ... was never
// awaited", a Stderr event for everything else (tracebacks, sys.stderr.write, budget messages).
void record_stderr(std::string_view text);
// An event of `kind` at the current virtual time, by the running task, at the user location.
trace::Event make_event(trace::EventKind kind);
// Like make_event but positioned at `filename`:`line` (e.g. a coroutine's suspension line).
trace::Event make_event_at(trace::EventKind kind, const std::string& filename, int line);
// The id of the task whose step is running (0: none).
uint32_t running_task_id();
// A float the way Python's repr prints it ("1.0", "0.30000000000000004").
std::string format_seconds(double seconds);
// repr(v) for the trace, shortened to about `limit` characters. Runs no Python code (a user
// __repr__ would charge virtual CPU time, and tracing must not change what a run does):
// builtin values print as repr() does, instances of user classes as <Name object>.
std::string trace_repr(const vm::Value& v, size_t limit = 200);

}  // namespace loopscope::aio
