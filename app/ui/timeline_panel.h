// The timeline panel (ImGui drawing): one lane per task under the loop lane, state segments,
// labels, markers, arrows, the time axis and the playhead. Layout, folding and hit-testing are
// plain functions in app/model/timeline_*.h; this file only turns their records into draw calls
// and ImGui input into TimelineView changes.
#pragma once

#include <span>
#include <string>

#include "model/timeline_view.h"
#include "trace/trace_model.h"

namespace loopscope::app {

struct TimelineFrameInput {
    uint64_t cursor_seq = 0;     // the playhead sits on this event
    uint32_t selected_task = 0;  // 0: none; its arrows are drawn strong
};

// What the user asked for this frame (the caller owns the cursor and the selection).
struct TimelineFrameResult {
    bool seek = false;      // clicked a segment/marker: move the cursor to seek_seq
    uint64_t seek_seq = 0;
    bool select = false;    // clicked a lane: select select_task (0 = the loop lane)
    uint32_t select_task = 0;
};

// Draws `model` into the rest of the current window (a child region of its own). Handles its
// own input while hovered: W/S zoom, A/D pan, wheel zoom at the mouse, drag pan, F fit.
TimelineFrameResult draw_timeline(const trace::TraceModel& model, TimelineView& view,
                                  const TimelineFrameInput& input);

// Compare view: several runs on one shared time axis, each with its lanes, and a bar per run
// showing its total virtual time.
struct CompareEntry {
    std::string title;                  // already translated
    const trace::TraceModel* model = nullptr;
    uint64_t cursor_seq = 0;
};
void draw_compare(std::span<const CompareEntry> entries, TimelineView& shared_view);

}  // namespace loopscope::app
