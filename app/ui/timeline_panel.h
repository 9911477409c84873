// The timeline panel (ImGui drawing): one lane per task under the loop lane, state segments,
// labels, markers, arrows, the time axis and the playhead. Layout, folding and hit-testing are
// plain functions in app/model/timeline_*.h; this file only turns their records into draw calls
// and ImGui input into TimelineView changes.
#pragma once

#include <span>
#include <string>

#include <imgui.h>

#include "model/timeline_frame.h"
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

// Compare view: several runs on one shared time axis; per run its title, a bar of its total
// virtual time with the number, and its lanes (titled, at a readable height) — scrolled
// vertically when they do not fit. Hover shows the timeline's tooltips.
struct CompareEntry {
    std::string title;                  // already translated
    const trace::TraceModel* model = nullptr;
    uint64_t cursor_seq = 0;            // its playhead (trace::kNoSeq: none)
    uint32_t selected_task = 0;
};
// A click on a run's lanes: `run` indexes the entries, `timeline` says what was clicked there.
struct CompareFrameResult {
    int run = -1;  // -1: no click this frame
    TimelineFrameResult timeline;
};
CompareFrameResult draw_compare(std::span<const CompareEntry> entries, TimelineView& shared_view);

// ---- Shared by the timeline and the compare view (app/ui/compare_panel.cpp) ----------------

// True when the current ImGui style is a light one (window background luminance > 0.5).
bool timeline_light_theme();

struct TimelineCanvasStyle {
    bool light = false;
    bool headers = true;      // lane labels in the header column
    bool axis = true;         // tick labels in the axis row
    bool labels = true;       // text inside wide bars
    uint64_t cursor_seq = trace::kNoSeq;  // the playhead; kNoSeq: none
    uint32_t selected_task = 0;
};
// Draws a built frame with its top-left canvas corner at screen (x, y), clipped to it.
void draw_timeline_frame(const trace::TraceModel& model, const TimelineFrame& frame, float x,
                         float y, const TimelineCanvasStyle& style);

// The mouse over a drawn frame whose canvas corner is at screen `origin`: outlines the bar under
// it, shows its tooltip, and on `clicked` says what to seek/select (a lane header's triangle
// folds that task in `view`).
TimelineFrameResult timeline_pointer(const trace::TraceModel& model, const TimelineFrame& frame,
                                     TimelineView& view, ImVec2 origin, bool light, bool clicked);

// Applies the timeline's keys and mouse to `view` while the canvas item just submitted is
// hovered (wheel zoom at the mouse, drag pan, W/S, A/D, F). `mouse_track_x` is the mouse's x in
// track pixels. Returns true when the mouse was dragged (a release then is not a click).
bool handle_timeline_input(TimelineView& view, float mouse_track_x, float track_width,
                           uint64_t total_ns, float max_scroll_y);

}  // namespace loopscope::app
