// TimelineView: fit, zoom about an anchor, pan, clamp keep t0 < t1 and the anchor fixed.
#include "model/timeline_view.h"

#include <gtest/gtest.h>

#include <limits>

namespace loopscope::app {
namespace {

TEST(TimelineView, FitShowsTheWholeTrace) {
    TimelineView v;
    fit(v, 3'000'000'000);
    EXPECT_LE(v.t0_ns, 0);
    EXPECT_GT(v.t0_ns, -0.05 * 3e9);  // a small margin, not a shrunken picture
    EXPECT_GE(v.t1_ns, 3e9);
    EXPECT_LT(v.t1_ns, 1.05 * 3e9);
    EXPECT_TRUE(v.fitted);
    fit(v, 0);  // empty trace: still a window
    EXPECT_LT(v.t0_ns, v.t1_ns);
}

TEST(TimelineView, ZoomKeepsTheAnchorUnderTheMouse) {
    TimelineView v;
    v.t0_ns = 0;
    v.t1_ns = 1e9;
    const float width = 1000, mouse_x = 250;
    const double anchor = time_at_x(v, mouse_x, width);
    zoom_at(v, anchor, 2.0);
    EXPECT_NEAR(time_at_x(v, mouse_x, width), anchor, 1e-3);
    EXPECT_NEAR(view_span(v), 5e8, 1e-3);
    zoom_at(v, anchor, 0.25);  // zoom out
    EXPECT_NEAR(time_at_x(v, mouse_x, width), anchor, 1e-3);
    EXPECT_NEAR(view_span(v), 2e9, 1e-3);
}

TEST(TimelineView, ZoomInStopsAtTheMinimumSpan) {
    TimelineView v;
    for (int i = 0; i < 200; ++i) zoom_at(v, 123456, 10);
    EXPECT_GE(view_span(v), kMinSpanNs);
    EXPECT_LT(v.t0_ns, v.t1_ns);
    zoom_at(v, 0, 0);  // nonsense factors are ignored
    zoom_at(v, 0, std::numeric_limits<double>::infinity());
    EXPECT_LT(v.t0_ns, v.t1_ns);
}

TEST(TimelineView, PanMovesByAFractionOfTheSpan) {
    TimelineView v;
    v.t0_ns = 1000;
    v.t1_ns = 2000;
    pan(v, 0.5);
    EXPECT_DOUBLE_EQ(v.t0_ns, 1500);
    EXPECT_DOUBLE_EQ(v.t1_ns, 2500);
    pan_px(v, 100, 1000);  // dragging right shows earlier times
    EXPECT_DOUBLE_EQ(v.t0_ns, 1400);
}

TEST(TimelineView, ClampKeepsTheTraceInSight) {
    const uint64_t total = 10'000'000'000;
    TimelineView v;
    v.t0_ns = 1e12;  // far past the end
    v.t1_ns = 1e12 + 1e9;
    clamp(v, total);
    EXPECT_LT(v.t0_ns, double(total));
    EXPECT_LT(v.t0_ns, v.t1_ns);
    v.t0_ns = -1e12;
    v.t1_ns = 1e12;  // wider than allowed
    clamp(v, total);
    EXPECT_LE(view_span(v), max_span_ns(total));
    EXPECT_LE(v.t0_ns, 0);
    EXPECT_GT(v.t1_ns, 0);
    v.t0_ns = 5;
    v.t1_ns = 5;  // empty window
    clamp(v, total);
    EXPECT_LT(v.t0_ns, v.t1_ns);
    v.t0_ns = std::numeric_limits<double>::quiet_NaN();
    clamp(v, total);
    EXPECT_LT(v.t0_ns, v.t1_ns);
    v.scroll_y = -5;
    clamp(v, total);
    EXPECT_EQ(v.scroll_y, 0);
}

TEST(TimelineView, CollapseToggles) {
    TimelineView v;
    toggle_collapsed(v, 5);
    toggle_collapsed(v, 2);
    EXPECT_TRUE(is_collapsed(v, 5));
    EXPECT_TRUE(is_collapsed(v, 2));
    EXPECT_EQ(v.collapsed, (std::vector<uint32_t>{2, 5}));
    toggle_collapsed(v, 5);
    EXPECT_FALSE(is_collapsed(v, 5));
}

}  // namespace
}  // namespace loopscope::app
