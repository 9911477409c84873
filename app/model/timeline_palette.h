// The timeline's colours, shared by the ImGui panel, the SVG export and the PNG export, in two
// themes: the dark default and a light high-contrast one for projectors. `Paint` is what a draw
// record is filled with: a task state, or one of the loop lane's two kinds of span.
#pragma once

#include <cstdint>

#include "trace/trace_model.h"

namespace loopscope::app {

enum class Paint : uint8_t {
    Ready,         // task in the ready queue, waiting for the loop
    Running,       // task step running
    Suspended,     // task awaiting something
    Done,
    Cancelled,
    Failed,
    LoopBlocked,   // the loop blocked (time.sleep on the loop, CPU-bound code)
    LoopCallback,  // a plain callback running on the loop
};
inline constexpr int kPaintCount = 8;

Paint paint_of(trace::TaskState state);
// i18n key of the legend entry: "timeline.state.running", ...
const char* paint_key(Paint paint);

struct Rgba {
    uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Rgba&) const = default;
};

// Everything else the timeline paints.
enum class Ink : uint8_t {
    Background, LaneStripe, HeaderBackground, Text, TextDim, Grid, Axis, Playhead,
    ArrowCreate, ArrowAwait, ArrowWake,
    MarkerCreated, MarkerCancelRequested, MarkerCancelDelivered, MarkerException, MarkerWarning,
    Selection, TotalBar,
};

Rgba paint_color(Paint paint, bool light);
Rgba ink_color(Ink ink, bool light);
// The ink of a marker / an arrow of that kind (the panel, the SVG and the PNG agree).
Ink marker_ink(trace::Marker::Kind kind);
Ink arrow_ink(trace::ArrowKind kind);
// Black or white, whichever reads better on `fill`.
Rgba text_on(Rgba fill);
// Relative luminance in [0, 1] (sRGB weights, no gamma: enough to tell dark from light).
float luminance(Rgba c);
// "#rrggbb".
void hex_color(Rgba c, char out[8]);
uint32_t pack_abgr(Rgba c);  // ImGui's IM_COL32 layout

}  // namespace loopscope::app
