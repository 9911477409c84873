// The main window's split layout as plain arithmetic: panel rectangles from the window size,
// the splitter fractions and minimum sizes. The UI draws into these rectangles and turns
// splitter drags into new fractions; the fractions are what settings.json remembers.
//
//   +---------------------------------------------------------------+
//   | toolbar                                                        |
//   +-------------+---------------------------------+---------------+
//   | browser     | timeline                        | loop          |
//   +-------------+                                 |  internals    |
//   | code        +---------------------------------+---------------+
//   |             | console             | narration               |
//   +-------------+---------------------------------+---------------+
//
// Invariant (tested): the rectangles never overlap, never leave the window, never have a
// negative size, and each keeps its minimum size whenever the window is big enough for all.
#pragma once

namespace loopscope::app {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool operator==(const Rect&) const = default;
};

// Each fraction is the share of the space its splitter divides (see compute_layout).
struct SplitFractions {
    float left = 0.34f;     // left column width / window width
    float right = 0.26f;    // loop panel width / (width right of the left column)
    float bottom = 0.30f;   // console+narration height / body height (right of the left column)
    float browser = 0.30f;  // browser height / left column height
    float console = 0.55f;  // console width / bottom strip width (narration gets the rest)
    bool operator==(const SplitFractions&) const = default;
};

struct LayoutMinimums {
    float splitter = 6;   // the draggable gap between panels
    float left = 200, centre = 240, right = 160;
    float browser = 60, code = 120;
    float top = 120, bottom = 80;
    float console = 160, narration = 160;
};

enum class Splitter { Left, Right, Bottom, Browser, Console };

struct PanelRects {
    Rect toolbar, browser, code, timeline, loop, console, narration;
    // The splitter handles (the gaps), for hit-testing drags.
    Rect split_left, split_right, split_bottom, split_browser, split_console;
};

// Sizes `total` into a first part of `fraction` of it, keeping both parts' minimums when they
// fit (the fraction is clamped), else sharing what there is in proportion. Never negative.
float split_first(float total, float fraction, float min_first, float min_second, float gap);

PanelRects compute_layout(float width, float height, float toolbar_height,
                          const SplitFractions& fractions,
                          const LayoutMinimums& minimums = LayoutMinimums{});

// The new fraction for `splitter` when it is dragged to window position `mouse` (x for the
// vertical splitters, y for the horizontal ones), given the current rectangles. Clamped to
// [0.02, 0.98]; compute_layout then enforces the minimum sizes.
float dragged_fraction(Splitter splitter, const PanelRects& rects, float mouse_x, float mouse_y);
void set_fraction(SplitFractions& fractions, Splitter splitter, float value);

// Replaces fractions outside (0, 1) or NaN with the defaults (settings read from disk).
SplitFractions sanitized(const SplitFractions& fractions);

}  // namespace loopscope::app
