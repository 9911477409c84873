// What the code view marks at the cursor, from the trace alone: the line the running task is
// on, the lines where other tasks are suspended, and which event a clicked line selects.
// Lines are those of one source file of the trace (the program's, not asyncio's own).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "trace/trace_model.h"

namespace loopscope::app {

// Index of `filename` in the trace's files; 0 when it is not there (the program's own file is
// recorded first), -1 when the trace names no files.
int32_t file_index(const trace::TraceModel& model, const std::string& filename);

// The line the running task (or, between steps, the event at `seq`) is on in `file`; 0 if none.
int running_line_at(const trace::TraceModel& model, uint64_t seq, int32_t file);
// The task running at `seq` (0 = none: the loop itself, or the main program before the loop).
uint32_t running_task_at(const trace::TraceModel& model, uint64_t seq);

struct LineMark {
    int line = 0;
    uint32_t task = 0;
};
// Suspended tasks at `seq` whose await sits in `file`, ordered by line then task; at most
// `max_marks` (a 100k-task trace must not make the code view scan forever).
std::vector<LineMark> suspended_lines_at(const trace::TraceModel& model, uint64_t seq,
                                         int32_t file, size_t max_marks = 4096);

// The code view's gutter at `seq`: per line of `file`, the tasks other than `skip_task` (the
// running one, whose line is highlighted instead) that wait there, grouped by state —
// Suspended: awaiting at that line; Ready: woken, waiting for the loop to resume it at that line
// (a task created but never started waits in no line of its own, so it is not marked).
// Ordered by line, then state (Ready before Suspended); `names` lists the tasks' names,
// ", "-separated, cut with "…" after about `max_name_chars`. Looks at most `max_tasks` tasks.
struct GutterMark {
    int line = 0;
    trace::TaskState state = trace::TaskState::Suspended;
    int count = 0;
    std::string names;
};
std::vector<GutterMark> gutter_marks_at(const trace::TraceModel& model, uint64_t seq, int32_t file,
                                        uint32_t skip_task, size_t max_name_chars = 60,
                                        size_t max_tasks = 4096);

// The first event after `seq` on `line` of `file`, wrapping around to the start; kNoSeq if the
// line has no events.
uint64_t next_event_on_line(const trace::TraceModel& model, uint64_t seq, int32_t file, int line);

}  // namespace loopscope::app
