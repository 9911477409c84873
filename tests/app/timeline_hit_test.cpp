// Hit-testing a built frame: bars, folded blocks, the gap between lanes, headers, markers,
// arrow ends; and the frame builder's culling.
#include "model/timeline_hit.h"

#include <gtest/gtest.h>

#include "timeline_test_data.h"

namespace loopscope::app {
namespace {

using testing::task_info;
using testing::Tables;
using testing::uniform_segments;

constexpr float kHeader = 100, kAxis = 20, kLane = 20;

// Loop lane (empty), task 1 with 10 wide segments of 100 ns, task 2 (child of 1) with 10000
// segments of 0.1 ns-ish (1 ns each over 1000 ns... folded at this zoom).
Tables two_tasks() {
    Tables t;
    t.tasks = {task_info(1, 0, "main"), task_info(2, 1, "worker")};
    t.segs = {uniform_segments(1, 10, 100), uniform_segments(2, 1000, 1)};
    trace::Marker m;
    m.kind = trace::Marker::Kind::Created;
    m.task = 2;
    m.t_ns = 500;
    t.markers = {m};
    trace::Arrow a;
    a.kind = trace::ArrowKind::Create;
    a.from_task = 1;
    a.to_task = 2;
    a.from_ns = 200;
    a.to_ns = 800;
    t.arrows = {a};
    t.end_ns = 1000;
    return t;
}

TimelineFrame build(const Tables& t, TimelineView v = {}, float height = 200) {
    if (!v.fitted) {
        v.t0_ns = 0;
        v.t1_ns = 1000;  // track 1000 px wide: 1 ns per px
    }
    v.lane_height = kLane;
    FrameGeometry g;
    g.width = kHeader + 1000;
    g.height = height;
    g.header_width = kHeader;
    g.axis_height = kAxis;
    TimelineFrame frame;
    build_timeline_frame(t.source(), v, g, 1, frame);
    return frame;
}

// Canvas y of the middle of lane i's bar.
float lane_mid(int i) { return kAxis + kLane * float(i) + kLane / 2; }

TEST(TimelineHit, SegmentInsideALane) {
    auto t = two_tasks();
    auto frame = build(t);
    auto hit = hit_test(frame, kHeader + 350, lane_mid(1));  // task 1, segment 3
    EXPECT_EQ(hit.kind, HitKind::Segment);
    EXPECT_EQ(hit.task, 1u);
    EXPECT_EQ(hit.segment, 3u);
    EXPECT_EQ(hit.count, 1u);
    EXPECT_NEAR(hit.t_ns, 350, 1e-6);
}

TEST(TimelineHit, FoldedBlock) {
    auto t = two_tasks();
    auto frame = build(t);
    auto hit = hit_test(frame, kHeader + 100.5f, lane_mid(2));  // task 2: 1 ns = 1 px -> folded
    EXPECT_EQ(hit.kind, HitKind::Folded);
    EXPECT_EQ(hit.task, 2u);
    EXPECT_GT(hit.count, 1u);
    EXPECT_LE(hit.segment, 100u);
    EXPECT_GE(hit.segment + hit.count, 101u);  // the block covers the segment under x
}

TEST(TimelineHit, BetweenLanesAndOutside) {
    auto t = two_tasks();
    auto frame = build(t);
    // The last px of lane 1 is in the gap under its bars.
    EXPECT_EQ(hit_test(frame, kHeader + 350, kAxis + 2 * kLane - 1).kind, HitKind::None);
    EXPECT_EQ(hit_test(frame, kHeader + 350, lane_mid(5)).kind, HitKind::None);  // below lanes
    EXPECT_EQ(hit_test(frame, -1, lane_mid(1)).kind, HitKind::None);
    EXPECT_EQ(hit_test(frame, kHeader + 350, 5).kind, HitKind::Axis);
    EXPECT_EQ(hit_test(frame, kHeader + 350, lane_mid(0)).kind, HitKind::Track);  // empty loop lane
}

TEST(TimelineHit, LaneHeaderSelectsTheTask) {
    auto t = two_tasks();
    auto frame = build(t);
    auto hit = hit_test(frame, 10, lane_mid(2));
    EXPECT_EQ(hit.kind, HitKind::LaneHeader);
    EXPECT_EQ(hit.task, 2u);
    EXPECT_EQ(hit_test(frame, 10, lane_mid(0)).task, 0u);
}

TEST(TimelineHit, MarkerAndArrowEndWinOverBars) {
    auto t = two_tasks();
    auto frame = build(t);
    ASSERT_EQ(frame.markers.size(), 1u);
    auto hit = hit_test(frame, kHeader + 502, lane_mid(2));
    EXPECT_EQ(hit.kind, HitKind::Marker);
    EXPECT_EQ(hit.marker, 0u);
    ASSERT_EQ(frame.arrows.size(), 1u);
    EXPECT_TRUE(frame.arrows[0].strong);  // selected task 1 is its source
    hit = hit_test(frame, kHeader + 800, lane_mid(2));
    EXPECT_EQ(hit.kind, HitKind::ArrowEnd);
    EXPECT_EQ(hit.arrow, 0u);
}

TEST(TimelineHit, ScrolledLanesMoveUp) {
    auto t = two_tasks();
    TimelineView v;
    v.t0_ns = 0;
    v.t1_ns = 1000;
    v.fitted = true;
    v.scroll_y = kLane;  // the loop lane scrolls out of sight
    auto frame = build(t, v, kAxis + 2 * kLane);  // room for 2 of the 3 lanes
    auto hit = hit_test(frame, 10, lane_mid(0));
    EXPECT_EQ(hit.task, 1u);
    EXPECT_EQ(frame.visible.front().lane, 1u);
}

TEST(TimelineFrame, OnlyLanesInSightGetRecords) {
    Tables t;
    for (uint32_t id = 1; id <= 1000; ++id) {
        t.tasks.push_back(task_info(id, id == 1 ? 0 : 1, "t"));
        t.segs.push_back(uniform_segments(id, 10, 100));
    }
    t.end_ns = 1000;
    auto frame = build(t, {}, kAxis + 5 * kLane);
    EXPECT_EQ(frame.lanes.size(), 1001u);
    EXPECT_EQ(frame.visible.size(), 5u);
    EXPECT_EQ(frame.records.size(), 4u * 10u);  // loop lane empty, 4 task lanes
    EXPECT_FLOAT_EQ(max_scroll(frame), 1001 * kLane - 5 * kLane);
}

TEST(TimelineFrame, CollapsedChildHasNoLaneAndNoArrows) {
    auto t = two_tasks();
    TimelineView v;
    v.t0_ns = 0;
    v.t1_ns = 1000;
    v.fitted = true;
    v.collapsed = {1};
    auto frame = build(t, v);
    EXPECT_EQ(frame.lanes.size(), 2u);
    EXPECT_TRUE(frame.arrows.empty());
    EXPECT_TRUE(frame.markers.empty());
}

}  // namespace
}  // namespace loopscope::app
