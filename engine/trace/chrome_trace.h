// A TraceModel as a Chrome Trace Event Format document (the JSON that Perfetto
// (ui.perfetto.dev) and chrome://tracing open). docs/trace-format.md says what goes where:
//
//   pid 1, one thread per task (tid = task id), tid 0 = the event loop / main program;
//   M   process_name, thread_name, thread_sort_index (a task right after its parent);
//   X   one slice per segment: running steps, each await (named by its label), ready waits;
//       on tid 0 the whole program, callbacks and loop-blocking sleeps;
//   i   prints, stderr, warnings, cancel requests/deliveries, exceptions (scope "t");
//   s/f flows for the create and wake arrows ("bp":"e" on f), each inside a slice of its tid.
//
// Times are microseconds, exact: ts = ns / 1000 printed with up to three decimals.
#pragma once

#include <string>

#include "trace/trace_model.h"

namespace loopscope::trace {

// The whole document, deterministic (same model, same bytes).
std::string to_chrome_trace(const TraceModel& model);

}  // namespace loopscope::trace
