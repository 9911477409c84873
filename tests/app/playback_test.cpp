// The playback cursor on a real trace: stepping and clamping, jumps by task and by
// suspend/resume, jump to a time, and play: 1 virtual second per real second at speed 1,
// events at one virtual time shown one per min_event_dt.
#include "model/playback.h"

#include <gtest/gtest.h>

#include <cmath>

#include "api/run.h"

namespace loopscope::app {
namespace {

using trace::EventKind;

const char* kProgram = R"(import asyncio

async def worker(seconds):
    await asyncio.sleep(seconds)
    await asyncio.sleep(seconds)

async def main():
    a = asyncio.create_task(worker(1), name="a")
    b = asyncio.create_task(worker(1.5), name="b")
    await a
    await b

asyncio.run(main())
)";

class PlaybackTest : public ::testing::Test {
  protected:
    static trace::TraceModel record() {
        RunOptions options;
        options.filename = "prog.py";
        options.record_trace = true;
        RunResult r = run_program(kProgram, options);
        EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
        return trace::TraceModel(std::move(r.trace));
    }

    const std::vector<trace::Event>& events() const { return m.trace().events; }
    uint64_t last() const { return m.event_count() - 1; }
    uint32_t task_named(const std::string& name) const {
        for (const trace::TaskInfo& t : m.tasks())
            if (t.name == name) return t.id;
        return 0;
    }
    // The first event followed by a gap of at least `ns` (the loop jumping to a timer).
    uint64_t before_gap(uint64_t ns) const {
        for (uint64_t s = 0; s + 1 < m.event_count(); ++s)
            if (events()[s + 1].t_ns - events()[s].t_ns >= ns) return s;
        return trace::kNoSeq;
    }
    // The first event followed by two more at the same virtual time, from `from` on.
    uint64_t before_tie(uint64_t from) const {
        for (uint64_t s = from; s + 2 < m.event_count(); ++s)
            if (events()[s + 1].t_ns == events()[s].t_ns &&
                events()[s + 2].t_ns == events()[s].t_ns)
                return s;
        return trace::kNoSeq;
    }

    trace::TraceModel m = record();
    Playback p;
};

TEST_F(PlaybackTest, StepsOneEventAndClampsAtBothEnds) {
    ASSERT_GT(m.event_count(), 20u);
    step_back(p, m);
    EXPECT_EQ(p.seq, 0u);
    step_forward(p, m);
    step_forward(p, m);
    EXPECT_EQ(p.seq, 2u);
    EXPECT_EQ(p.virtual_pos_ns, static_cast<double>(events()[2].t_ns));
    step_back(p, m);
    EXPECT_EQ(p.seq, 1u);
    go_end(p, m);
    EXPECT_EQ(p.seq, last());
    step_forward(p, m);
    EXPECT_EQ(p.seq, last());
    go_home(p, m);
    EXPECT_EQ(p.seq, 0u);
}

TEST_F(PlaybackTest, AManualMoveStopsPlay) {
    toggle_play(p, m);
    ASSERT_TRUE(p.playing);
    step_forward(p, m);
    EXPECT_FALSE(p.playing);
}

TEST_F(PlaybackTest, NextAndPreviousStepOfATask) {
    const uint32_t a = task_named("a");
    ASSERT_NE(a, 0u);
    std::vector<uint64_t> begins;  // a's step_begin events
    for (const trace::Event& e : events())
        if (e.kind == EventKind::StepBegin && e.task == a) begins.push_back(e.seq);
    ASSERT_EQ(begins.size(), 3u);  // start, after the first sleep, after the second

    for (uint64_t want : begins) {
        next_step_of_task(p, m, a);
        EXPECT_EQ(p.seq, want);
    }
    next_step_of_task(p, m, a);  // none left: stays
    EXPECT_EQ(p.seq, begins.back());
    prev_step_of_task(p, m, a);
    EXPECT_EQ(p.seq, begins[1]);
    prev_step_of_task(p, m, a);
    prev_step_of_task(p, m, a);
    EXPECT_EQ(p.seq, begins[0]);
    go_home(p, m);
    prev_step_of_task(p, m, a);
    EXPECT_EQ(p.seq, 0u);
    next_step_of_task(p, m, 999);  // unknown task: stays
    EXPECT_EQ(p.seq, 0u);
}

TEST_F(PlaybackTest, NextAndPreviousSuspendOrResumeOfAnyTask) {
    std::vector<uint64_t> edges;
    for (const trace::Event& e : events())
        if (e.kind == EventKind::StepBegin || e.kind == EventKind::StepSuspend)
            edges.push_back(e.seq);
    ASSERT_GT(edges.size(), 6u);
    for (uint64_t want : edges) {
        next_suspend_or_resume(p, m);
        EXPECT_EQ(p.seq, want);
    }
    next_suspend_or_resume(p, m);
    EXPECT_EQ(p.seq, edges.back());
    go_end(p, m);
    for (size_t i = edges.size(); i-- > 0;) {
        prev_suspend_or_resume(p, m);
        EXPECT_EQ(p.seq, edges[i]);
    }
    prev_suspend_or_resume(p, m);
    EXPECT_EQ(p.seq, edges.front());
}

TEST_F(PlaybackTest, JumpToTimeLandsOnTheLastEventAtOrBeforeIt) {
    jump_to_time(p, m, 1'200'000'000);  // between a's first wakeup (1 s) and b's (1.5 s)
    EXPECT_LE(events()[p.seq].t_ns, 1'200'000'000u);
    ASSERT_LT(p.seq, last());
    EXPECT_GT(events()[p.seq + 1].t_ns, 1'200'000'000u);
    EXPECT_EQ(p.virtual_pos_ns, 1.2e9);
    jump_to_time(p, m, 0);
    EXPECT_EQ(p.seq, m.seq_at_time(0));
    jump_to_time(p, m, uint64_t(1) << 62);
    EXPECT_EQ(p.seq, last());
}

TEST_F(PlaybackTest, PlayAtSpeedOneMovesOneVirtualSecondPerRealSecond) {
    const uint64_t s = before_gap(400'000'000);  // the loop idles until a's first timer (1 s)
    ASSERT_NE(s, trace::kNoSeq);
    const double gap = static_cast<double>(events()[s + 1].t_ns - events()[s].t_ns);
    p.seq = s;
    toggle_play(p, m);
    ASSERT_TRUE(p.playing);
    advance(p, m, 0.25);
    EXPECT_EQ(p.seq, s);
    EXPECT_NEAR(p.virtual_pos_ns, static_cast<double>(events()[s].t_ns) + 0.25e9, 1e3);
    advance(p, m, gap / 1e9 - 0.25 + 0.001);  // just past the gap
    EXPECT_EQ(p.seq, s + 1);
    EXPECT_TRUE(p.playing);
}

TEST_F(PlaybackTest, FasterPlayCoversMoreVirtualTime) {
    const uint64_t s = before_gap(400'000'000);
    p.seq = s;
    toggle_play(p, m);
    faster(p);  // 2 virtual seconds per real second
    advance(p, m, 0.1);
    EXPECT_NEAR(p.virtual_pos_ns, static_cast<double>(events()[s].t_ns) + 0.2e9, 1e3);
}

TEST_F(PlaybackTest, EventsAtOneVirtualTimeAreShownOnePerMinEventDt) {
    const uint64_t s = before_tie(before_gap(400'000'000) + 1);  // a burst after the first jump
    ASSERT_NE(s, trace::kNoSeq);
    p.seq = s;
    toggle_play(p, m);
    advance(p, m, 0.05, 0.08);
    EXPECT_EQ(p.seq, s);  // 0.05 s < 0.08 s: still on the same event
    advance(p, m, 0.04, 0.08);
    EXPECT_EQ(p.seq, s + 1);
    EXPECT_EQ(p.virtual_pos_ns, static_cast<double>(events()[s + 1].t_ns));
    EXPECT_NEAR(p.hold_s, 0.01, 1e-9);  // the rest of the frame counts toward the next move
}

TEST_F(PlaybackTest, PlayStopsAtTheEndAndPlayAgainStartsOver) {
    toggle_play(p, m);
    advance(p, m, 1000);
    EXPECT_EQ(p.seq, last());
    EXPECT_FALSE(p.playing);
    toggle_play(p, m);
    EXPECT_TRUE(p.playing);
    EXPECT_EQ(p.seq, 0u);
    toggle_play(p, m);
    EXPECT_FALSE(p.playing);
}

TEST_F(PlaybackTest, AdvanceDoesNothingWhenPausedOrGivenNonsense) {
    p.seq = 3;
    advance(p, m, 5);
    EXPECT_EQ(p.seq, 3u);
    toggle_play(p, m);
    advance(p, m, -1);
    advance(p, m, std::nan(""));
    EXPECT_EQ(p.seq, 3u);
}

TEST(Playback, SpeedDoublesAndHalvesWithinItsBounds) {
    Playback p;
    faster(p);
    EXPECT_EQ(p.speed, 2.0);
    for (int i = 0; i < 5; ++i) faster(p);
    EXPECT_EQ(p.speed, kMaxSpeed);
    for (int i = 0; i < 10; ++i) slower(p);
    EXPECT_EQ(p.speed, kMinSpeed);
}

TEST(Playback, AnEmptyTraceNeverMovesTheCursor) {
    trace::TraceModel empty{trace::Trace{}};
    Playback p;
    step_forward(p, empty);
    go_end(p, empty);
    next_suspend_or_resume(p, empty);
    prev_suspend_or_resume(p, empty);
    jump_to_time(p, empty, 5);
    toggle_play(p, empty);
    advance(p, empty, 1);
    EXPECT_EQ(p.seq, 0u);
    EXPECT_FALSE(p.playing);
}

}  // namespace
}  // namespace loopscope::app
