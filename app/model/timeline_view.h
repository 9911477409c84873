// TimelineView: what part of a trace the timeline shows — the visible time window, the vertical
// scroll, the lane height and which tasks have their children folded away. Plain state plus
// plain functions (fit, zoom about an anchor, pan, clamp); the panel turns keys and the mouse
// into calls of these, the SVG/PNG exporters read it.
//
// Invariant (kept by every function here): t0_ns < t1_ns, and the span t1_ns - t0_ns lies in
// [kMinSpanNs, max_span_ns(total)] once clamp() has run.
#pragma once

#include <cstdint>
#include <vector>

namespace loopscope::app {

struct TimelineView {
    double t0_ns = 0;            // left edge of the visible window (virtual ns)
    double t1_ns = 1e9;          // right edge; always > t0_ns
    float scroll_y = 0;          // px scrolled down in the lane area, >= 0
    float lane_height = 22;      // px per lane (bar + gap)
    bool fitted = false;         // false until the first fit(): the panel fits on first draw
    std::vector<uint32_t> collapsed;  // sorted task ids whose descendants are hidden
};

inline constexpr double kMinSpanNs = 100;  // zoom-in limit: 100 ns across the whole width

double view_span(const TimelineView& view);
// Nanoseconds per pixel for a track `width_px` wide (width <= 0 counts as 1 px).
double ns_per_px(const TimelineView& view, float width_px);
// Time under local x (0 = left edge of the track) and back.
double time_at_x(const TimelineView& view, float x, float width_px);
float x_of_time(const TimelineView& view, double t_ns, float width_px);

// The widest span clamp() allows for a trace `total_ns` long.
double max_span_ns(uint64_t total_ns);

// Shows the whole trace [0, total_ns] with a small margin on either side.
void fit(TimelineView& view, uint64_t total_ns);
// Zooms by `factor` (> 1 zooms in) keeping the time `anchor_ns` at the same screen position.
void zoom_at(TimelineView& view, double anchor_ns, double factor);
// Moves the window by `fraction` of its span (positive: later in time).
void pan(TimelineView& view, double fraction);
// Moves the window by `dx_px` pixels of a track `width_px` wide (drag: content follows the mouse).
void pan_px(TimelineView& view, float dx_px, float width_px);
// Restores the invariant: span within [kMinSpanNs, max_span_ns], and some of [0, total] visible.
void clamp(TimelineView& view, uint64_t total_ns);

bool is_collapsed(const TimelineView& view, uint32_t task);
void toggle_collapsed(TimelineView& view, uint32_t task);

}  // namespace loopscope::app
