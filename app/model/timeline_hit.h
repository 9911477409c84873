// Hit-testing a built TimelineFrame: what is under canvas point (x, y)? Used for hover
// tooltips and for click-to-select / click-to-seek. Priority, most specific first: a marker,
// an arrow's end, a bar (a single segment or a folded block), the lane header, the lane's
// empty track, the axis.
#pragma once

#include <cstdint>

#include "model/timeline_frame.h"

namespace loopscope::app {

enum class HitKind : uint8_t {
    None,        // outside everything, or between two lanes' bars
    Axis,        // the time axis row
    LaneHeader,  // a lane's label
    Track,       // a lane's track where no bar is
    Segment,     // a single segment (or loop span on the loop lane)
    Folded,      // a folded block of `count` segments
    Marker,
    ArrowEnd,    // the head (to) end of an arrow
};

struct TimelineHit {
    HitKind kind = HitKind::None;
    int lane = -1;           // index into frame.lanes (LaneHeader, Track, Segment, Folded, Marker)
    uint32_t task = 0;       // the lane's task (0 = loop lane)
    uint32_t record = 0;     // Segment/Folded: index into frame.records
    uint32_t segment = 0;    // Segment/Folded: first segment (loop span on the loop lane)
    uint32_t count = 0;      // Segment: 1; Folded: segments in the block
    uint32_t marker = 0;     // Marker: index into TimelineSource::markers
    uint32_t arrow = 0;      // ArrowEnd: index into TimelineSource::arrows
    double t_ns = 0;         // the time under x (track points only)
};

inline constexpr float kMarkerHitPx = 5;  // a marker is hit within this many px of its centre
inline constexpr float kArrowHitPx = 4;
inline constexpr float kBarSlopPx = 2;    // a thin bar is hit within this many px

TimelineHit hit_test(const TimelineFrame& frame, float x, float y);

}  // namespace loopscope::app
