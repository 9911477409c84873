// Time axis: nice steps, tick positions and labels; duration texts.
#include "model/timeline_axis.h"

#include <gtest/gtest.h>

namespace loopscope::app {
namespace {

TEST(TimelineAxis, NiceStepsAreOneTwoFiveTimesAPowerOfTen) {
    EXPECT_DOUBLE_EQ(nice_tick_step(3e9, 1000, 100), 5e8);   // wanted 3e8 -> 5e8
    EXPECT_DOUBLE_EQ(nice_tick_step(1e9, 1000, 100), 1e8);   // exactly 1e8
    EXPECT_DOUBLE_EQ(nice_tick_step(1.5e9, 1000, 100), 2e8);
    EXPECT_DOUBLE_EQ(nice_tick_step(1000, 1000, 100), 100);
    EXPECT_DOUBLE_EQ(nice_tick_step(10, 1000, 100), 1);      // never below 1 ns
    EXPECT_DOUBLE_EQ(nice_tick_step(0, 1000, 100), 1);       // degenerate input
    for (double span : {1e3, 7.7e6, 3.3e9, 1e12}) {
        const double step = nice_tick_step(span, 800, 90);
        EXPECT_GE(step / span * 800, 90 - 1e-9) << span;      // ticks at least min_px apart
        EXPECT_LT(step / span * 800, 90 * 2.5 + 1e-9) << span;  // and not much more
    }
}

TEST(TimelineAxis, TicksCoverTheWindowAtMultiplesOfTheStep) {
    auto ticks = axis_ticks(0.25e9, 3.1e9, 1000, 100);  // step 5e8
    ASSERT_EQ(ticks.size(), 6u);
    EXPECT_DOUBLE_EQ(ticks[0].t_ns, 0.5e9);
    EXPECT_EQ(ticks[0].label, "0.5 s");
    EXPECT_EQ(ticks[1].label, "1.0 s");
    EXPECT_EQ(ticks.back().label, "3.0 s");
    EXPECT_NEAR(ticks[0].x, (0.5e9 - 0.25e9) / (2.85e9 / 1000), 1e-3);
    for (const auto& t : ticks) {
        EXPECT_GE(t.x, 0);
        EXPECT_LE(t.x, 1000);
    }
    EXPECT_TRUE(axis_ticks(1, 1, 100).empty());
    EXPECT_TRUE(axis_ticks(0, 1e9, 0).empty());
}

TEST(TimelineAxis, LabelsHaveTheDecimalsTheStepNeeds) {
    EXPECT_EQ(format_tick(2e9, 1e9), "2 s");
    EXPECT_EQ(format_tick(1.5e9, 5e8), "1.5 s");
    EXPECT_EQ(format_tick(1.02e9, 2e7), "1.02 s");
    EXPECT_EQ(format_tick(1000, 1000), "0.000001 s");
    EXPECT_EQ(format_tick(-1e-3, 1e9), "0 s");
}

TEST(TimelineAxis, Durations) {
    EXPECT_EQ(format_duration(3e9), "3.00 s");
    EXPECT_EQ(format_duration(1.234e9), "1.23 s");
    EXPECT_EQ(format_duration(250e6), "250 ms");
    EXPECT_EQ(format_duration(12.5e3), "12.5 µs");
    EXPECT_EQ(format_duration(40), "40 ns");
    EXPECT_EQ(format_duration(0), "0 ns");
}

}  // namespace
}  // namespace loopscope::app
