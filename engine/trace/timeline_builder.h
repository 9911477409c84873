// The per-task part of TraceModel, computed in one pass over the events: task infos, state
// segments, arrows, markers, the loop lane's spans, the console and each task's event index.
// (The loop's ready queue and timer heap are replayed on demand instead: loop_replay.h.)
#pragma once

#include <cstdint>
#include <vector>

#include "trace/event.h"
#include "trace/trace_model.h"

namespace loopscope::trace {

struct Timeline {
    std::vector<TaskInfo> tasks;                 // index = id - 1
    std::vector<std::vector<Segment>> segments;  // index = id - 1
    std::vector<std::vector<uint64_t>> events_of;  // index = id - 1
    std::vector<Arrow> arrows;                   // by to_seq
    std::vector<LoopSpan> loop_spans;            // by begin_seq
    std::vector<Marker> markers;                 // by seq
    std::vector<ConsoleEntry> console;           // by seq
};

// O(events). Never throws on odd event sequences: what does not fit is skipped.
Timeline build_timeline(const std::vector<Event>& events);

}  // namespace loopscope::trace
