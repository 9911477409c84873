#include "model/timeline_frame.h"

#include <algorithm>
#include <cmath>

#include "model/i18n.h"

namespace loopscope::app {
namespace {

constexpr float kBarGapTop = 2, kBarGapBottom = 3;  // px between a lane's edge and its bars

// Time -> track x, clamped far outside so float conversion stays sane at deep zoom.
float track_x(const FoldContext& ctx, double t_ns) {
    const double x = (t_ns - ctx.t0_ns) / ctx.ns_per_px();
    return static_cast<float>(std::clamp(x, -1e6, 1e6));
}

void add_lane_records(const TimelineSource& source, const TimelineFrame& frame, const Lane& lane,
                      std::vector<DrawRecord>& out) {
    if (lane.task == 0) {
        fold_loop_spans(source.loop_spans, frame.ctx, out);
    } else if (source.segments) {
        fold_segments(source.segments(lane.task), frame.ctx, out);
    }
}

void add_visible_lanes(const TimelineSource& source, TimelineFrame& frame) {
    const FrameGeometry& g = frame.geometry;
    // First lane whose bottom is below the axis row, by binary search (lanes are stacked).
    auto first = std::partition_point(frame.lanes.begin(), frame.lanes.end(), [&](const Lane& l) {
        return l.y + l.height - frame.scroll_y <= 0;
    });
    for (auto it = first; it != frame.lanes.end(); ++it) {
        const float top = g.axis_height + it->y - frame.scroll_y;
        if (top >= g.height) break;
        LaneRecords lane;
        lane.lane = static_cast<uint32_t>(it - frame.lanes.begin());
        lane.top = top;
        // Squeezed lanes (the compare view) keep most of their height for the bar.
        lane.bar_y0 = top + std::min(kBarGapTop, it->height / 8);
        lane.bar_y1 = std::max(lane.bar_y0 + 1, top + it->height - std::min(kBarGapBottom, it->height / 6));
        lane.begin = static_cast<uint32_t>(frame.records.size());
        add_lane_records(source, frame, *it, frame.records);
        lane.end = static_cast<uint32_t>(frame.records.size());
        frame.visible.push_back(lane);
    }
}

// Canvas y of the centre of task `task`'s bars, or NaN when its lane is hidden.
float lane_center(const TimelineFrame& frame, uint32_t task) {
    if (task >= frame.lane_of_task.size() || frame.lane_of_task[task] < 0) return NAN;
    const Lane& lane = frame.lanes[static_cast<size_t>(frame.lane_of_task[task])];
    return frame.geometry.axis_height + lane.y - frame.scroll_y + lane.height / 2;
}

bool y_in_sight(const TimelineFrame& frame, float y) {
    return y >= frame.geometry.axis_height - 1 && y <= frame.geometry.height + 1;
}

void add_markers(const TimelineSource& source, TimelineFrame& frame) {
    const auto& markers = source.markers;
    auto first = std::lower_bound(markers.begin(), markers.end(), frame.ctx.t0_ns,
                                  [](const trace::Marker& m, double t) { return double(m.t_ns) < t; });
    // Thinning: in one lane, a marker of the same kind within 2 px of the last one drawn adds
    // nothing to the picture.
    std::vector<float> last_x(frame.lanes.size(), -1e9f);
    std::vector<uint8_t> last_kind(frame.lanes.size(), 255);
    for (auto it = first; it != markers.end() && double(it->t_ns) <= frame.ctx.t1_ns; ++it) {
        const float y = lane_center(frame, it->task);
        if (std::isnan(y) || !y_in_sight(frame, y)) continue;
        const size_t lane = static_cast<size_t>(frame.lane_of_task[it->task]);
        const float x = track_x(frame.ctx, double(it->t_ns));
        if (last_kind[lane] == uint8_t(it->kind) && x - last_x[lane] < 2) continue;
        last_x[lane] = x;
        last_kind[lane] = uint8_t(it->kind);
        frame.markers.push_back({x, y, it->kind, static_cast<uint32_t>(it - markers.begin()),
                                 static_cast<uint32_t>(lane)});
    }
}

void add_arrows(const TimelineSource& source, uint32_t selected_task, TimelineFrame& frame) {
    const auto& arrows = source.arrows;
    auto to_before = [](const trace::Arrow& a, double t) { return double(a.to_ns) < t; };
    auto first = std::lower_bound(arrows.begin(), arrows.end(), frame.ctx.t0_ns, to_before);
    auto last = std::upper_bound(first, arrows.end(), frame.ctx.t1_ns,
                                 [](double t, const trace::Arrow& a) { return t < double(a.to_ns); });
    // More arrows than a quarter of the pixel columns is a smear: then only the selected
    // task's arrows are drawn.
    const size_t budget = static_cast<size_t>(frame.geometry.track_width() / 4) + 16;
    frame.arrows_thinned = static_cast<size_t>(last - first) > budget;
    for (auto it = first; it != last; ++it) {
        const bool strong = selected_task != 0 &&
                            (it->from_task == selected_task || it->to_task == selected_task);
        if (frame.arrows_thinned && !strong) continue;
        const float y0 = lane_center(frame, it->from_task), y1 = lane_center(frame, it->to_task);
        if (std::isnan(y0) || std::isnan(y1)) continue;
        const float top = frame.geometry.axis_height, bottom = frame.geometry.height;
        if ((y0 < top && y1 < top) || (y0 > bottom && y1 > bottom)) continue;
        frame.arrows.push_back({track_x(frame.ctx, double(it->from_ns)), y0,
                                track_x(frame.ctx, double(it->to_ns)), y1, it->kind, strong,
                                static_cast<uint32_t>(it - arrows.begin())});
    }
}

}  // namespace

void build_timeline_frame(const TimelineSource& source, const TimelineView& view,
                          const FrameGeometry& geometry, uint32_t selected_task,
                          TimelineFrame& frame) {
    frame.geometry = geometry;
    frame.ctx = FoldContext{view.t0_ns, std::max(view.t1_ns, view.t0_ns + kMinSpanNs),
                            geometry.track_width(), geometry.min_px};
    frame.lanes = layout_lanes(source.tasks, view.collapsed, view.lane_height);
    frame.lane_of_task = lane_index_by_task(frame.lanes, source.tasks.size());
    frame.content_height = lanes_height(frame.lanes);
    frame.scroll_y = std::clamp(view.scroll_y, 0.0f, max_scroll(frame));
    frame.visible.clear();
    frame.records.clear();
    frame.markers.clear();
    frame.arrows.clear();
    add_visible_lanes(source, frame);
    add_markers(source, frame);
    add_arrows(source, selected_task, frame);
}

std::string_view segment_text(const trace::Segment& segment) {
    switch (segment.state) {
        case trace::TaskState::Done:
        case trace::TaskState::Cancelled:
        case trace::TaskState::Failed:
            return tr(paint_key(paint_of(segment.state)));
        default:
            return segment.label;
    }
}

float max_scroll(const TimelineFrame& frame) {
    const float view_h = frame.geometry.height - frame.geometry.axis_height;
    return std::max(0.0f, frame.content_height - view_h);
}

}  // namespace loopscope::app
