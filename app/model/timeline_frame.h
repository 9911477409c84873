// One frame of the timeline, preprocessed (Tracy's first phase): the lane layout, and for the
// lanes in sight only, the folded draw records, markers and arrows, all in canvas pixels. The
// panel, the SVG export and the PNG export draw from this; hit-testing reads it back.
//
// Canvas coordinates: (0, 0) is the canvas' top-left corner. The lane header column is
// x in [0, header_width), the axis row y in [0, axis_height); the track (where time runs) starts
// at x = header_width. DrawRecord x and marker/arrow x are TRACK x (0 = view.t0_ns); all y are
// canvas y, already scrolled.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "model/timeline_fold.h"
#include "model/timeline_layout.h"
#include "model/timeline_view.h"
#include "trace/trace_model.h"

namespace loopscope::app {

// What the timeline reads: a TraceModel's tables, or hand-made ones in tests.
struct TimelineSource {
    std::span<const trace::TaskInfo> tasks;  // [id - 1]
    std::function<std::span<const trace::Segment>(uint32_t task)> segments;
    std::span<const trace::LoopSpan> loop_spans;
    std::span<const trace::Marker> markers;  // ordered by seq (so by time)
    std::span<const trace::Arrow> arrows;    // ordered by to_seq (so by to_ns)
    uint64_t end_ns = 0;
};
// The source for a trace model (the model must outlive the source).
TimelineSource timeline_source(const trace::TraceModel& model);

// Tables owned outside any TraceModel (tests, benchmarks): segs[id - 1] are task id's
// segments. source() borrows them, so the tables must outlive the source.
struct TimelineTables {
    std::vector<trace::TaskInfo> tasks;
    std::vector<std::vector<trace::Segment>> segs;
    std::vector<trace::LoopSpan> loop;
    std::vector<trace::Marker> markers;
    std::vector<trace::Arrow> arrows;
    uint64_t end_ns = 0;

    TimelineSource source() const {
        TimelineSource s;
        s.tasks = tasks;
        s.segments = [this](uint32_t task) {
            return task >= 1 && task <= segs.size() ? std::span<const trace::Segment>(segs[task - 1])
                                                    : std::span<const trace::Segment>();
        };
        s.loop_spans = loop;
        s.markers = markers;
        s.arrows = arrows;
        s.end_ns = end_ns;
        return s;
    }
};

struct FrameGeometry {
    float width = 800, height = 400;  // the whole canvas
    float header_width = 170;         // lane labels
    float axis_height = 26;
    float min_px = 3;                 // fold threshold
    float track_width() const { return width > header_width + 1 ? width - header_width : 1; }
};

struct LaneRecords {
    uint32_t lane = 0;       // index into TimelineFrame::lanes
    float top = 0;           // canvas y of the lane's top
    float bar_y0 = 0, bar_y1 = 0;  // the bars' vertical extent
    uint32_t begin = 0, end = 0;   // its records: TimelineFrame::records[begin, end)
};

struct MarkerRecord {
    float x = 0, y = 0;  // track x, canvas y (centre)
    trace::Marker::Kind kind = trace::Marker::Kind::Created;
    uint32_t marker = 0;  // index into TimelineSource::markers
    uint32_t lane = 0;
};

struct ArrowRecord {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // from -> to (track x, canvas y)
    trace::ArrowKind kind = trace::ArrowKind::Create;
    bool strong = false;   // touches the selected task
    uint32_t arrow = 0;    // index into TimelineSource::arrows
};

struct TimelineFrame {
    FrameGeometry geometry;
    FoldContext ctx;
    float scroll_y = 0;
    std::vector<Lane> lanes;               // every lane shown (collapsed children excluded)
    std::vector<int32_t> lane_of_task;     // task id -> lane index, -1 when hidden
    std::vector<LaneRecords> visible;      // the lanes in sight, top to bottom
    std::vector<DrawRecord> records;
    std::vector<MarkerRecord> markers;
    std::vector<ArrowRecord> arrows;
    bool arrows_thinned = false;           // too many in view: only the selected task's drawn
    float content_height = 0;              // all lanes, px (for the scrollbar)
};

// Rebuilds `frame` (its vectors are reused, so steady-state frames do not allocate much).
void build_timeline_frame(const TimelineSource& source, const TimelineView& view,
                          const FrameGeometry& geometry, uint32_t selected_task,
                          TimelineFrame& frame);

// The text drawn inside a segment's bar: its label, except for the terminal states, whose
// labels ("done", "failed", "cancelled") are shown in the current language.
std::string_view segment_text(const trace::Segment& segment);

// The largest scroll_y that still shows the last lane.
float max_scroll(const TimelineFrame& frame);

}  // namespace loopscope::app
