// The short texts the timeline writes inside a bar ("sleep 1.0", "await Task-3", "gather (3)")
// and the longer ones for tooltips, derived from the events' `what` and `detail` fields
// (docs/trace-format.md lists the await kinds). Pure string functions, no state.
#pragma once

#include <string>
#include <string_view>

namespace loopscope::trace {

// A suspended task's bar label, from step_suspend's `what` (await kind) and `detail`.
// `awaited_task_name` is the name of the awaited task when the awaited future is a task
// (empty otherwise); it wins over the detail's text.
std::string suspend_label(std::string_view what, std::string_view detail, std::string_view awaited_task_name);

// A finished task's label, from task_done's `what`: "done", "cancelled", "failed".
std::string done_label(std::string_view outcome);

}  // namespace loopscope::trace
