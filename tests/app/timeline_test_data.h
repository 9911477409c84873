// Hand-made timeline data for the timeline tests (no TraceModel needed).
#pragma once

#include <cstdint>
#include <vector>

#include "model/timeline_frame.h"
#include "trace/trace_model.h"

namespace loopscope::app::testing {

inline trace::TaskInfo task_info(uint32_t id, uint32_t parent, const char* name) {
    trace::TaskInfo t;
    t.id = id;
    t.parent = parent;
    t.name = name;
    return t;
}

// Contiguous segments of `task`: segment i spans [bounds[i], bounds[i+1]) with states cycling
// Running, Suspended, Ready.
inline std::vector<trace::Segment> contiguous_segments(uint32_t task,
                                                       const std::vector<uint64_t>& bounds) {
    static constexpr trace::TaskState kCycle[] = {trace::TaskState::Running,
                                                  trace::TaskState::Suspended,
                                                  trace::TaskState::Ready};
    std::vector<trace::Segment> out;
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
        trace::Segment s;
        s.task = task;
        s.state = kCycle[i % 3];
        s.begin_seq = i;
        s.end_seq = i + 1;
        s.begin_ns = bounds[i];
        s.end_ns = bounds[i + 1];
        s.label = "seg" + std::to_string(i);
        out.push_back(s);
    }
    return out;
}

// `n` segments of `width_ns` each, starting at `start_ns`.
inline std::vector<trace::Segment> uniform_segments(uint32_t task, size_t n, uint64_t width_ns,
                                                    uint64_t start_ns = 0) {
    std::vector<uint64_t> bounds(n + 1);
    for (size_t i = 0; i <= n; ++i) bounds[i] = start_ns + i * width_ns;
    return contiguous_segments(task, bounds);
}

using Tables = TimelineTables;

}  // namespace loopscope::app::testing
