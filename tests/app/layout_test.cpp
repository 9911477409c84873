// The split layout: panels tile the window without overlap, keep their minimums, and splitter
// drags map back to fractions.
#include "model/layout.h"

#include <gtest/gtest.h>

#include <vector>

namespace loopscope::app {
namespace {

std::vector<Rect> panels(const PanelRects& r) {
    return {r.toolbar, r.browser, r.code, r.timeline, r.loop, r.console, r.narration};
}

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

void expect_tiles_window(const PanelRects& r, float w, float h) {
    const auto all = panels(r);
    for (size_t i = 0; i < all.size(); ++i) {
        EXPECT_GE(all[i].w, 0) << i;
        EXPECT_GE(all[i].h, 0) << i;
        EXPECT_GE(all[i].x, 0) << i;
        EXPECT_GE(all[i].y, 0) << i;
        EXPECT_LE(all[i].right(), w + 0.01f) << i;
        EXPECT_LE(all[i].bottom(), h + 0.01f) << i;
        for (size_t j = i + 1; j < all.size(); ++j) EXPECT_FALSE(overlaps(all[i], all[j])) << i << "," << j;
    }
}

TEST(Layout, PanelsTileTheWindowAtTheDefaultFractions) {
    const PanelRects r = compute_layout(1280, 720, 40, SplitFractions{});
    expect_tiles_window(r, 1280, 720);
    EXPECT_EQ(r.toolbar, (Rect{0, 0, 1280, 40}));
    EXPECT_FLOAT_EQ(r.browser.x, 0);
    EXPECT_FLOAT_EQ(r.code.bottom(), 720);
    EXPECT_FLOAT_EQ(r.loop.right(), 1280);
    EXPECT_FLOAT_EQ(r.narration.right(), 1280);
    EXPECT_FLOAT_EQ(r.timeline.x, r.console.x);
    EXPECT_LT(r.timeline.bottom(), r.console.y);
    // Left column width follows the fraction (minus nothing: it is the first part).
    EXPECT_NEAR(r.browser.w, (1280 - 6) * SplitFractions{}.left, 0.5f);
}

TEST(Layout, ExtremeFractionsAreClampedToTheMinimums) {
    SplitFractions f;
    f.left = 0.98f;
    f.bottom = 0.98f;
    const LayoutMinimums m;
    const PanelRects r = compute_layout(1280, 720, 40, f, m);
    expect_tiles_window(r, 1280, 720);
    EXPECT_GE(r.timeline.w + r.loop.w + m.splitter, m.centre + m.right + m.splitter - 0.01f);
    EXPECT_GE(r.timeline.h, m.top - 0.01f);
}

TEST(Layout, ATinyWindowStillGivesNonNegativeNonOverlappingPanels) {
    for (float w : {0.f, 50.f, 300.f}) {
        for (float h : {0.f, 30.f, 200.f}) {
            expect_tiles_window(compute_layout(w, h, 40, SplitFractions{}), w, h);
        }
    }
}

TEST(Layout, DraggingASplitterGivesTheFractionThatPutsItThere) {
    SplitFractions f;
    PanelRects r = compute_layout(1000, 800, 40, f);
    set_fraction(f, Splitter::Left, dragged_fraction(Splitter::Left, r, 400, 0));
    r = compute_layout(1000, 800, 40, f);
    EXPECT_NEAR(r.split_left.x, 400 * (994.0f / 1000.0f), 1.0f);

    set_fraction(f, Splitter::Bottom, dragged_fraction(Splitter::Bottom, r, 0, 500));
    r = compute_layout(1000, 800, 40, f);
    EXPECT_NEAR(r.split_bottom.y, 500, 4.0f);
}

TEST(Layout, InvalidFractionsFallBackToDefaults) {
    SplitFractions bad;
    bad.left = -1;
    bad.right = 2;
    bad.bottom = 0.0f / 0.0f;
    const SplitFractions s = sanitized(bad);
    EXPECT_EQ(s.left, SplitFractions{}.left);
    EXPECT_EQ(s.right, SplitFractions{}.right);
    EXPECT_EQ(s.bottom, SplitFractions{}.bottom);
}

}  // namespace
}  // namespace loopscope::app
