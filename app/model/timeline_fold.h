// Level of detail for one lane (Tracy's approach): find the visible window by binary search,
// clamp each rectangle to the view, and fold runs of consecutive segments narrower than
// `min_px` into one counted record, so a lane never yields more than ~2 records per `min_px`
// of width however many segments it has. A million events cost what a thousand do.
//
// Records are in local track pixels: x = 0 at the view's t0, x = width at t1.
// Invariants (tested): records are ordered and do not overlap; the counts add up to the number
// of segments in the visible window; a record narrower than min_px is the last one, or is
// followed by a single wide segment, or by a gap (loop spans are not contiguous), and no
// record bridges a gap wider than min_px.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "model/timeline_palette.h"
#include "trace/trace_model.h"

namespace loopscope::app {

// The per-frame context: which time window maps onto which pixels.
struct FoldContext {
    double t0_ns = 0, t1_ns = 1;  // visible window
    float width = 1;              // px; ns_per_px = (t1 - t0) / width
    float min_px = 3;             // narrower segments fold
    double ns_per_px() const { return (t1_ns - t0_ns) / (width > 0 ? width : 1); }
};

struct DrawRecord {
    float x0 = 0, x1 = 0;   // clamped to [0, width]
    uint32_t first = 0;     // index of the first segment (or loop span) in the record
    uint32_t count = 1;     // segments folded in; 1: a single segment, labelled by `first`
    Paint paint = Paint::Ready;  // count > 1: the state covering most of the block's time
    bool folded() const { return count > 1; }
};

// Index range [first, last) of the segments that touch the window [t0, t1] (closed, so
// zero-length segments exactly at an edge count). Needs begin_ns and end_ns non-decreasing.
struct IndexRange {
    size_t first = 0, last = 0;
};
IndexRange visible_segments(std::span<const trace::Segment> segments, double t0_ns, double t1_ns);
IndexRange visible_spans(std::span<const trace::LoopSpan> spans, double t0_ns, double t1_ns);

// Appends the lane's records to `out`.
void fold_segments(std::span<const trace::Segment> segments, const FoldContext& ctx,
                   std::vector<DrawRecord>& out);
void fold_loop_spans(std::span<const trace::LoopSpan> spans, const FoldContext& ctx,
                     std::vector<DrawRecord>& out);

Paint paint_of(const trace::LoopSpan& span);

}  // namespace loopscope::app
