// Level-of-detail folding: binary search at the window edges, clamping, counts preserved, no
// narrow record except next to a wide one or at the end, bounded record count.
#include "model/timeline_fold.h"

#include <gtest/gtest.h>

#include "timeline_test_data.h"

namespace loopscope::app {
namespace {

using testing::contiguous_segments;
using testing::uniform_segments;

FoldContext view(double t0, double t1, float width, float min_px = 3) {
    return FoldContext{t0, t1, width, min_px};
}

size_t total_count(const std::vector<DrawRecord>& records) {
    size_t n = 0;
    for (const DrawRecord& r : records) n += r.count;
    return n;
}

void expect_fold_invariants(const std::vector<DrawRecord>& records, const FoldContext& ctx) {
    for (size_t i = 0; i < records.size(); ++i) {
        const DrawRecord& r = records[i];
        EXPECT_LE(r.x0, r.x1);
        EXPECT_GE(r.x0, 0.0f);
        EXPECT_LE(r.x1, ctx.width + 1e-3f);
        if (i > 0) {
            EXPECT_GE(r.x0, records[i - 1].x1 - 1e-3f) << "records overlap at " << i;
            EXPECT_EQ(r.first, records[i - 1].first + records[i - 1].count) << "gap at " << i;
        }
        const bool narrow = r.x1 - r.x0 < ctx.min_px - 1e-3f;
        if (narrow && i + 1 < records.size()) {
            const DrawRecord& next = records[i + 1];
            EXPECT_TRUE((next.count == 1 && next.x1 - next.x0 >= ctx.min_px - 1e-3f) ||
                        next.x0 > r.x1)
                << "narrow record " << i << " is followed by neither a wide segment nor a gap";
        }
    }
}

TEST(TimelineFold, VisibleWindowByBinarySearchIncludesEdges) {
    auto segs = contiguous_segments(1, {0, 10, 20, 30, 40, 50});  // 5 segments
    auto r = visible_segments(segs, 20, 30);
    // [10,20) touches 20, [20,30) inside, [30,40) touches 30: closed window.
    EXPECT_EQ(r.first, 1u);
    EXPECT_EQ(r.last, 4u);
    r = visible_segments(segs, 21, 29);
    EXPECT_EQ(r.first, 2u);
    EXPECT_EQ(r.last, 3u);
    r = visible_segments(segs, 60, 70);  // after the end
    EXPECT_EQ(r.first, r.last);
    r = visible_segments(segs, -10, -1);  // before the start
    EXPECT_EQ(r.first, r.last);
    r = visible_segments({}, 0, 100);
    EXPECT_EQ(r.first, 0u);
    EXPECT_EQ(r.last, 0u);
}

TEST(TimelineFold, ZeroLengthSegmentAtTheEdgeCounts) {
    auto segs = contiguous_segments(1, {0, 10, 10, 20});
    auto r = visible_segments(segs, 10, 15);
    EXPECT_EQ(r.first, 0u);  // [0,10) ends at 10
    EXPECT_EQ(r.last, 3u);
}

TEST(TimelineFold, WideSegmentsStaySingleAndClampToTheView) {
    auto segs = contiguous_segments(1, {0, 100, 200, 300});
    std::vector<DrawRecord> out;
    const auto ctx = view(50, 250, 200);  // 1 ns per px
    fold_segments(segs, ctx, out);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_FLOAT_EQ(out[0].x0, 0);    // clamped at t0
    EXPECT_FLOAT_EQ(out[0].x1, 50);
    EXPECT_FLOAT_EQ(out[2].x1, 200);  // clamped at t1
    for (const auto& r : out) EXPECT_EQ(r.count, 1u);
    EXPECT_EQ(out[1].paint, Paint::Suspended);
    expect_fold_invariants(out, ctx);
}

TEST(TimelineFold, NarrowRunsFoldAndCountsAddUp) {
    auto segs = uniform_segments(1, 100000, 10);  // 1 ms of 10 ns segments
    std::vector<DrawRecord> out;
    const auto ctx = view(0, 1e6, 1000);  // 1000 ns per px: 100 segments per px
    fold_segments(segs, ctx, out);
    EXPECT_EQ(total_count(out), 100000u);
    EXPECT_LE(out.size(), 1000u / 3 + 2);
    EXPECT_GE(out.size(), 1000u / 4);
    for (const auto& r : out) EXPECT_GT(r.count, 1u);
    expect_fold_invariants(out, ctx);
}

TEST(TimelineFold, CountsMatchTheVisibleWindowWhenZoomed) {
    auto segs = uniform_segments(1, 100000, 10);
    for (double t0 : {0.0, 12345.0, 500005.0, 999000.0}) {
        const auto ctx = view(t0, t0 + 4321, 800);  // ~5 ns per px: segments are 2 px wide
        std::vector<DrawRecord> out;
        fold_segments(segs, ctx, out);
        const auto r = visible_segments(segs, ctx.t0_ns, ctx.t1_ns);
        EXPECT_EQ(total_count(out), r.last - r.first) << "t0=" << t0;
        if (!out.empty()) EXPECT_EQ(out.front().first, r.first);
        expect_fold_invariants(out, ctx);
    }
}

TEST(TimelineFold, NarrowSegmentBetweenWideOnesStaysAlone) {
    auto segs = contiguous_segments(1, {0, 500, 501, 1000});
    std::vector<DrawRecord> out;
    const auto ctx = view(0, 1000, 1000);
    fold_segments(segs, ctx, out);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[1].count, 1u);
    EXPECT_EQ(out[1].first, 1u);
    expect_fold_invariants(out, ctx);
}

TEST(TimelineFold, FoldedBlockTakesTheDominantState) {
    // Per 30 ns: Running 20 ns, Suspended 5 ns, Ready 5 ns; 1 px = 100 ns, so all fold.
    std::vector<uint64_t> bounds = {0};
    for (int i = 0; i < 300; ++i) {
        const uint64_t widths[] = {20, 5, 5};
        bounds.push_back(bounds.back() + widths[i % 3]);
    }
    auto segs = contiguous_segments(1, bounds);
    std::vector<DrawRecord> out;
    fold_segments(segs, view(0, 9000, 90), out);
    ASSERT_FALSE(out.empty());
    for (const auto& r : out) {
        if (r.count >= 3) EXPECT_EQ(r.paint, Paint::Running);
    }
}

TEST(TimelineFold, LoopSpansWithGapsFold) {
    std::vector<trace::LoopSpan> spans;
    for (uint64_t i = 0; i < 1000; ++i) {
        trace::LoopSpan s;
        s.kind = i % 10 == 0 ? trace::LoopSpan::Kind::Blocked : trace::LoopSpan::Kind::Callback;
        s.begin_ns = i * 100;
        s.end_ns = i * 100 + (s.kind == trace::LoopSpan::Kind::Blocked ? 90 : 10);
        spans.push_back(s);
    }
    std::vector<DrawRecord> out;
    const auto ctx = view(0, 100000, 100);  // 1000 ns per px
    fold_loop_spans(spans, ctx, out);
    EXPECT_EQ(total_count(out), 1000u);
    expect_fold_invariants(out, ctx);
    // A fold never bridges a gap: blocked spans every 100 us among callbacks 1 ms apart.
    std::vector<trace::LoopSpan> sparse;
    for (uint64_t i = 0; i < 10; ++i) {
        trace::LoopSpan s;
        s.kind = trace::LoopSpan::Kind::Callback;
        s.begin_ns = i * 1'000'000;
        s.end_ns = s.begin_ns + 10;
        sparse.push_back(s);
    }
    out.clear();
    fold_loop_spans(sparse, view(0, 10'000'000, 1000), out);  // 10 us per px: 1 ms = 100 px
    ASSERT_EQ(out.size(), 10u);
    for (const auto& r : out) EXPECT_LT(r.x1 - r.x0, 1.0f);
    out.clear();
    fold_loop_spans(spans, view(0, 199, 199), out);  // zoomed in: 2 spans, both wide
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].paint, Paint::LoopBlocked);
    EXPECT_EQ(out[1].paint, Paint::LoopCallback);
}

}  // namespace
}  // namespace loopscope::app
