#include "model/timeline_view.h"

#include <algorithm>
#include <cmath>

namespace loopscope::app {

double view_span(const TimelineView& view) { return view.t1_ns - view.t0_ns; }

double ns_per_px(const TimelineView& view, float width_px) {
    return view_span(view) / std::max(1.0, static_cast<double>(width_px));
}

double time_at_x(const TimelineView& view, float x, float width_px) {
    return view.t0_ns + static_cast<double>(x) * ns_per_px(view, width_px);
}

float x_of_time(const TimelineView& view, double t_ns, float width_px) {
    return static_cast<float>((t_ns - view.t0_ns) / ns_per_px(view, width_px));
}

double max_span_ns(uint64_t total_ns) {
    // An empty or tiny trace still gets a 1 ms window, so the axis has something to show.
    return std::max(static_cast<double>(total_ns), 1e6) * 2.0;
}

void fit(TimelineView& view, uint64_t total_ns) {
    const double total = std::max(static_cast<double>(total_ns), 1e6);
    // A 1% margin on the left and 2% on the right: the first label and the last segment's end
    // stay clear of the edges.
    view.t0_ns = -total * 0.01;
    view.t1_ns = total * 1.02;
    view.fitted = true;
}

void zoom_at(TimelineView& view, double anchor_ns, double factor) {
    if (!(factor > 0) || !std::isfinite(factor)) return;
    const double span = view_span(view);
    const double new_span = std::max(span / factor, kMinSpanNs);
    // The anchor keeps its fraction of the window, so it stays under the mouse.
    const double fraction = span > 0 ? (anchor_ns - view.t0_ns) / span : 0.5;
    view.t0_ns = anchor_ns - fraction * new_span;
    view.t1_ns = view.t0_ns + new_span;
}

void pan(TimelineView& view, double fraction) {
    const double shift = fraction * view_span(view);
    view.t0_ns += shift;
    view.t1_ns += shift;
}

void pan_px(TimelineView& view, float dx_px, float width_px) {
    const double shift = -static_cast<double>(dx_px) * ns_per_px(view, width_px);
    view.t0_ns += shift;
    view.t1_ns += shift;
}

void clamp(TimelineView& view, uint64_t total_ns) {
    if (!std::isfinite(view.t0_ns) || !std::isfinite(view.t1_ns) || !(view.t1_ns > view.t0_ns)) {
        fit(view, total_ns);
    }
    const double span = std::clamp(view_span(view), kMinSpanNs, max_span_ns(total_ns));
    const double center = (view.t0_ns + view.t1_ns) / 2;
    // Half the window may hang off either end of [0, total], never more: the trace never
    // scrolls out of sight.
    const double total = static_cast<double>(total_ns);
    const double lo = -span / 2, hi = std::max(lo, total - span / 2);
    view.t0_ns = std::clamp(center - span / 2, lo, hi);
    view.t1_ns = view.t0_ns + span;
    if (!(view.scroll_y >= 0)) view.scroll_y = 0;
    view.lane_height = std::clamp(view.lane_height, 8.0f, 80.0f);
}

bool is_collapsed(const TimelineView& view, uint32_t task) {
    return std::binary_search(view.collapsed.begin(), view.collapsed.end(), task);
}

void toggle_collapsed(TimelineView& view, uint32_t task) {
    auto it = std::lower_bound(view.collapsed.begin(), view.collapsed.end(), task);
    if (it != view.collapsed.end() && *it == task) {
        view.collapsed.erase(it);
    } else {
        view.collapsed.insert(it, task);
    }
}

}  // namespace loopscope::app
