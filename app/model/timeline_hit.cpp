#include "model/timeline_hit.h"

#include <algorithm>
#include <cmath>

namespace loopscope::app {
namespace {

const LaneRecords* visible_lane_at(const TimelineFrame& frame, float y) {
    for (const LaneRecords& lane : frame.visible) {
        const Lane& l = frame.lanes[lane.lane];
        if (y >= lane.top && y < lane.top + l.height) return &lane;
    }
    return nullptr;
}

bool hit_marker(const TimelineFrame& frame, float tx, float y, TimelineHit& hit) {
    for (const MarkerRecord& m : frame.markers) {
        if (std::fabs(m.x - tx) <= kMarkerHitPx && std::fabs(m.y - y) <= kMarkerHitPx) {
            hit.kind = HitKind::Marker;
            hit.marker = m.marker;
            hit.lane = static_cast<int>(m.lane);
            hit.task = frame.lanes[m.lane].task;
            return true;
        }
    }
    return false;
}

bool hit_arrow_end(const TimelineFrame& frame, float tx, float y, TimelineHit& hit) {
    for (const ArrowRecord& a : frame.arrows) {
        if (std::fabs(a.x1 - tx) <= kArrowHitPx && std::fabs(a.y1 - y) <= kArrowHitPx) {
            hit.kind = HitKind::ArrowEnd;
            hit.arrow = a.arrow;
            return true;
        }
    }
    return false;
}

// The record under track x in `lane`: the one containing x, else the nearest within the slop.
const DrawRecord* record_at(const TimelineFrame& frame, const LaneRecords& lane, float tx) {
    const DrawRecord* begin = frame.records.data() + lane.begin;
    const DrawRecord* end = frame.records.data() + lane.end;
    // First record whose right edge reaches x.
    const DrawRecord* it = std::lower_bound(begin, end, tx,
                                            [](const DrawRecord& r, float v) { return r.x1 < v; });
    const DrawRecord* best = nullptr;
    float best_distance = kBarSlopPx;
    for (const DrawRecord* c : {it == begin ? nullptr : it - 1, it == end ? nullptr : it}) {
        if (!c) continue;
        const float distance = tx < c->x0 ? c->x0 - tx : tx > c->x1 ? tx - c->x1 : 0;
        if (distance <= best_distance) {
            if (distance == 0 && best && best_distance == 0) continue;  // keep the earlier one
            best = c;
            best_distance = distance;
        }
    }
    return best;
}

}  // namespace

TimelineHit hit_test(const TimelineFrame& frame, float x, float y) {
    TimelineHit hit;
    const FrameGeometry& g = frame.geometry;
    if (x < 0 || y < 0 || x >= g.width || y >= g.height) return hit;
    if (y < g.axis_height) {
        hit.kind = x >= g.header_width ? HitKind::Axis : HitKind::None;
        hit.t_ns = frame.ctx.t0_ns + double(x - g.header_width) * frame.ctx.ns_per_px();
        return hit;
    }
    const float tx = x - g.header_width;
    if (tx >= 0) {
        hit.t_ns = frame.ctx.t0_ns + double(tx) * frame.ctx.ns_per_px();
        if (hit_marker(frame, tx, y, hit) || hit_arrow_end(frame, tx, y, hit)) return hit;
    }
    const LaneRecords* lane = visible_lane_at(frame, y);
    if (!lane) return hit;
    hit.lane = static_cast<int>(lane->lane);
    hit.task = frame.lanes[lane->lane].task;
    if (tx < 0) {
        hit.kind = HitKind::LaneHeader;
        return hit;
    }
    if (y < lane->bar_y0 || y >= lane->bar_y1) {
        hit.kind = HitKind::None;  // the gap between two lanes' bars
        return hit;
    }
    hit.kind = HitKind::Track;
    if (const DrawRecord* r = record_at(frame, *lane, tx)) {
        hit.kind = r->folded() ? HitKind::Folded : HitKind::Segment;
        hit.record = static_cast<uint32_t>(r - frame.records.data());
        hit.segment = r->first;
        hit.count = r->count;
    }
    return hit;
}

}  // namespace loopscope::app
