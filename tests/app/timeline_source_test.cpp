// The timeline over a real recorded run (TraceModel through timeline_source): lane order
// follows the task tree, and the folded records of every lane account for exactly the
// segments in the view, fitted and zoomed.
#include <gtest/gtest.h>

#include "api/run.h"
#include "model/timeline_frame.h"
#include "model/timeline_hit.h"

namespace loopscope::app {
namespace {

trace::TraceModel record(const char* source) {
    RunOptions options;
    options.record_trace = true;
    RunResult run = run_program(source, options);
    EXPECT_EQ(run.exit_code, 0) << run.stderr_text;
    return trace::TraceModel(std::move(run.trace));
}

constexpr const char* kProgram =
    "import asyncio\n"
    "async def leaf(i):\n"
    "    for k in range(50):\n"
    "        await asyncio.sleep(0.001 * (i + 1))\n"
    "async def parent(i):\n"
    "    await asyncio.gather(leaf(i), leaf(i + 1))\n"
    "async def main():\n"
    "    await asyncio.gather(parent(0), parent(2))\n"
    "asyncio.run(main())\n";

TEST(TimelineSource, LanesFollowTheTaskTree) {
    const trace::TraceModel model = record(kProgram);
    const TimelineSource source = timeline_source(model);
    const auto lanes = layout_lanes(source.tasks, {}, 20);
    ASSERT_EQ(lanes.size(), model.tasks().size() + 1);
    EXPECT_EQ(lanes[1].task, 1u);  // the main task right under the loop lane
    for (size_t i = 1; i < lanes.size(); ++i) {
        const trace::TaskInfo* info = model.task(lanes[i].task);
        ASSERT_NE(info, nullptr);
        if (info->parent == 0) continue;
        // The parent's lane is above, and every lane between them is deeper than the parent.
        size_t p = i;
        while (p > 0 && lanes[p].task != info->parent) --p;
        ASSERT_GT(p, 0u) << "parent lane of task " << info->id << " not above it";
        EXPECT_EQ(lanes[i].depth, lanes[p].depth + 1);
        for (size_t k = p + 1; k < i; ++k) EXPECT_GT(lanes[k].depth, lanes[p].depth);
    }
}

TEST(TimelineSource, RecordsAccountForEveryVisibleSegment) {
    const trace::TraceModel model = record(kProgram);
    const TimelineSource source = timeline_source(model);
    TimelineView view;
    fit(view, model.end_ns());
    for (double zoom : {1.0, 7.0, 300.0}) {
        TimelineView v = view;
        zoom_at(v, double(model.end_ns()) / 3, zoom);
        FrameGeometry g;
        g.width = 900;
        g.height = 2000;  // every lane in sight
        TimelineFrame frame;
        build_timeline_frame(source, v, g, 1, frame);
        ASSERT_EQ(frame.visible.size(), frame.lanes.size());
        for (const LaneRecords& lane : frame.visible) {
            const uint32_t task = frame.lanes[lane.lane].task;
            size_t counted = 0;
            for (uint32_t r = lane.begin; r < lane.end; ++r) counted += frame.records[r].count;
            const IndexRange range =
                task == 0 ? visible_spans(source.loop_spans, v.t0_ns, v.t1_ns)
                          : visible_segments(source.segments(task), v.t0_ns, v.t1_ns);
            EXPECT_EQ(counted, range.last - range.first) << "task " << task << " zoom " << zoom;
        }
    }
}

TEST(TimelineSource, ClickTargetOfASegmentIsItsTask) {
    const trace::TraceModel model = record(kProgram);
    TimelineView view;
    fit(view, model.end_ns());
    FrameGeometry g;
    g.width = 1000;
    g.height = 600;
    TimelineFrame frame;
    build_timeline_frame(timeline_source(model), view, g, 0, frame);
    // Every single-segment record hit in its middle names its own lane's task and segment.
    size_t checked = 0;
    for (const LaneRecords& lane : frame.visible) {
        for (uint32_t r = lane.begin; r < lane.end; ++r) {
            const DrawRecord& rec = frame.records[r];
            if (rec.folded() || rec.x1 - rec.x0 < 12) continue;
            const float mid_y = (lane.bar_y0 + lane.bar_y1) / 2;
            const TimelineHit hit = hit_test(frame, g.header_width + (rec.x0 + rec.x1) / 2, mid_y);
            if (hit.kind == HitKind::Marker || hit.kind == HitKind::ArrowEnd) continue;
            EXPECT_EQ(hit.kind, HitKind::Segment);
            EXPECT_EQ(hit.task, frame.lanes[lane.lane].task);
            EXPECT_EQ(hit.segment, rec.first);
            ++checked;
        }
    }
    EXPECT_GT(checked, 5u);
}

// A damaged trace whose times go back and forth (hand-edited, or cut and pasted): every
// record still lies inside the track, as DrawRecord promises. Before the model sorted times,
// a segment could begin 10^11 px right of the view, which the PNG export then converted to
// int (undefined behaviour).
TEST(TimelineSource, RecordsOfATraceWhoseTimesGoBackStayInsideTheTrack) {
    trace::Trace t;
    auto add = [&](trace::EventKind kind, uint64_t t_ns, const char* what = "") {
        trace::Event e;
        e.kind = kind;
        e.task = 1;
        e.handle = 1;
        e.t_ns = t_ns;
        e.what = what;
        t.events.push_back(e);
    };
    add(trace::EventKind::TaskCreated, 0);
    add(trace::EventKind::StepBegin, 900'000'000'000'000);
    add(trace::EventKind::StepSuspend, 10, "sleep");
    add(trace::EventKind::HandleScheduled, 20, "wakeup");
    add(trace::EventKind::StepBegin, 30);
    add(trace::EventKind::TaskDone, 40, "result");
    const trace::TraceModel model(t);
    const TimelineSource source = timeline_source(model);
    TimelineView view;
    view.t0_ns = 0;
    view.t1_ns = 1000;
    FrameGeometry geometry;
    TimelineFrame frame;
    build_timeline_frame(source, view, geometry, 0, frame);
    ASSERT_FALSE(frame.visible.empty());
    for (const DrawRecord& r : frame.records) {
        EXPECT_GE(r.x0, 0.0f);
        EXPECT_LE(r.x1, geometry.track_width());
        EXPECT_LE(r.x0, r.x1);
    }
}

}  // namespace
}  // namespace loopscope::app
