#include "model/layout.h"

#include <algorithm>
#include <cmath>

namespace loopscope::app {
namespace {

constexpr float kMinFraction = 0.02f;
constexpr float kMaxFraction = 0.98f;

bool valid_fraction(float f) { return std::isfinite(f) && f > 0.0f && f < 1.0f; }

float fraction_in(float pos, float start, float total) {
    if (total <= 0) return 0.5f;
    return std::clamp((pos - start) / total, kMinFraction, kMaxFraction);
}

}  // namespace

float split_first(float total, float fraction, float min_first, float min_second, float gap) {
    const float usable = std::max(0.0f, total - gap);
    if (!valid_fraction(fraction)) fraction = 0.5f;
    if (min_first + min_second > usable) {
        // Too small for both minimums: share in proportion to the minimums.
        const float sum = min_first + min_second;
        return sum > 0 ? usable * (min_first / sum) : usable * 0.5f;
    }
    return std::clamp(usable * fraction, min_first, usable - min_second);
}

PanelRects compute_layout(float width, float height, float toolbar_height,
                          const SplitFractions& f, const LayoutMinimums& m) {
    PanelRects r;
    width = std::max(0.0f, width);
    height = std::max(0.0f, height);
    toolbar_height = std::clamp(toolbar_height, 0.0f, height);
    const float g = m.splitter;
    r.toolbar = {0, 0, width, toolbar_height};
    const float body_y = toolbar_height;
    const float body_h = height - toolbar_height;

    // Left column | the rest.
    const float left_w = split_first(width, f.left, m.left, m.centre + m.right + g, g);
    r.split_left = {left_w, body_y, std::min(g, width - left_w), body_h};
    const float rest_x = std::min(width, left_w + g);
    const float rest_w = width - rest_x;

    // Left column: browser over code.
    const float browser_h = split_first(body_h, f.browser, m.browser, m.code, g);
    r.browser = {0, body_y, left_w, browser_h};
    r.split_browser = {0, body_y + browser_h, left_w, std::min(g, body_h - browser_h)};
    const float code_y = std::min(body_y + body_h, body_y + browser_h + g);
    r.code = {0, code_y, left_w, body_y + body_h - code_y};

    // The rest: top row (timeline | loop) over the bottom strip (console | narration). The
    // bottom fraction is the bottom strip's share, so split from the top with 1 - fraction.
    const float bottom_fraction = valid_fraction(f.bottom) ? f.bottom : 0.3f;
    const float top_h = split_first(body_h, 1.0f - bottom_fraction, m.top, m.bottom, g);
    r.split_bottom = {rest_x, body_y + top_h, rest_w, std::min(g, body_h - top_h)};
    const float bottom_y = std::min(body_y + body_h, body_y + top_h + g);
    const float bottom_h = body_y + body_h - bottom_y;

    const float right_fraction = valid_fraction(f.right) ? f.right : 0.26f;
    const float timeline_w = split_first(rest_w, 1.0f - right_fraction, m.centre, m.right, g);
    r.timeline = {rest_x, body_y, timeline_w, top_h};
    r.split_right = {rest_x + timeline_w, body_y, std::min(g, rest_w - timeline_w), top_h};
    const float loop_x = std::min(width, rest_x + timeline_w + g);
    r.loop = {loop_x, body_y, width - loop_x, top_h};

    const float console_w = split_first(rest_w, f.console, m.console, m.narration, g);
    r.console = {rest_x, bottom_y, console_w, bottom_h};
    r.split_console = {rest_x + console_w, bottom_y, std::min(g, rest_w - console_w), bottom_h};
    const float narration_x = std::min(width, rest_x + console_w + g);
    r.narration = {narration_x, bottom_y, width - narration_x, bottom_h};
    return r;
}

float dragged_fraction(Splitter splitter, const PanelRects& r, float mouse_x, float mouse_y) {
    const float body_y = r.toolbar.bottom();
    const float body_h = r.code.bottom() - body_y;
    const float rest_x = r.timeline.x;
    const float rest_w = r.loop.right() - rest_x;
    switch (splitter) {
        case Splitter::Left: return fraction_in(mouse_x, 0, r.toolbar.w);
        case Splitter::Browser: return fraction_in(mouse_y, body_y, body_h);
        case Splitter::Bottom: return 1.0f - fraction_in(mouse_y, body_y, body_h);
        case Splitter::Right: return 1.0f - fraction_in(mouse_x, rest_x, rest_w);
        case Splitter::Console: return fraction_in(mouse_x, rest_x, rest_w);
    }
    return 0.5f;
}

void set_fraction(SplitFractions& f, Splitter splitter, float value) {
    switch (splitter) {
        case Splitter::Left: f.left = value; break;
        case Splitter::Right: f.right = value; break;
        case Splitter::Bottom: f.bottom = value; break;
        case Splitter::Browser: f.browser = value; break;
        case Splitter::Console: f.console = value; break;
    }
}

SplitFractions sanitized(const SplitFractions& f) {
    const SplitFractions defaults;
    SplitFractions out;
    out.left = valid_fraction(f.left) ? f.left : defaults.left;
    out.right = valid_fraction(f.right) ? f.right : defaults.right;
    out.bottom = valid_fraction(f.bottom) ? f.bottom : defaults.bottom;
    out.browser = valid_fraction(f.browser) ? f.browser : defaults.browser;
    out.console = valid_fraction(f.console) ? f.console : defaults.console;
    return out;
}

}  // namespace loopscope::app
