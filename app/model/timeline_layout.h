// Lane layout: which lanes the timeline shows, in which order, at which height.
//
// Order: the event-loop lane first, then the tasks as a tree — roots (tasks created outside any
// task, the main task first) in creation order, each task's children directly under it,
// depth-first by creation order. A collapsed task keeps its own lane and hides its descendants.
//
// Invariants: lanes[0] is the loop lane (task 0, depth 0); lane i's y is lanes[i-1].y +
// lanes[i-1].height (no gaps, starting at 0); every task appears at most once.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "trace/trace_model.h"

namespace loopscope::app {

struct Lane {
    uint32_t task = 0;          // 0: the event-loop lane
    uint32_t depth = 0;         // label indentation: children of a root are depth 1, ...
    bool has_children = false;
    bool collapsed = false;     // its descendants are hidden
    float y = 0;                // top, px from the top of the lane area (before scrolling)
    float height = 0;
};

// `tasks[i]` has id i + 1 (TraceModel::tasks()). A parent that is not an earlier task counts as
// no parent, so bad input can never make a cycle. `collapsed` is sorted (TimelineView).
std::vector<Lane> layout_lanes(std::span<const trace::TaskInfo> tasks,
                               std::span<const uint32_t> collapsed, float lane_height);

// The lane whose [y, y + height) holds `y`, or -1.
int lane_at_y(std::span<const Lane> lanes, float y);
// lane_of_task[id] = index of the task's lane, -1 when hidden (size tasks + 1; [0] = loop lane).
std::vector<int32_t> lane_index_by_task(std::span<const Lane> lanes, size_t task_count);
// Total height of all lanes.
float lanes_height(std::span<const Lane> lanes);

// A task lane's title: its name and the function its coroutine runs, "Task-2 · make" — so the
// tasks asyncio.run creates itself when it shuts down read "Task-5 · shutdown_asyncgens", not
// as a mystery Task-5. The class part of a method's qualname is dropped.
std::string lane_title(const trace::TaskInfo& task);

}  // namespace loopscope::app
