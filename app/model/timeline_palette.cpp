#include "model/timeline_palette.h"

#include <cstdio>

namespace loopscope::app {

Paint paint_of(trace::TaskState state) {
    switch (state) {
        case trace::TaskState::Ready: return Paint::Ready;
        case trace::TaskState::Running: return Paint::Running;
        case trace::TaskState::Suspended: return Paint::Suspended;
        case trace::TaskState::Done: return Paint::Done;
        case trace::TaskState::Cancelled: return Paint::Cancelled;
        case trace::TaskState::Failed: return Paint::Failed;
    }
    return Paint::Ready;
}

const char* paint_key(Paint paint) {
    switch (paint) {
        case Paint::Ready: return "timeline.state.ready";
        case Paint::Running: return "timeline.state.running";
        case Paint::Suspended: return "timeline.state.suspended";
        case Paint::Done: return "timeline.state.done";
        case Paint::Cancelled: return "timeline.state.cancelled";
        case Paint::Failed: return "timeline.state.failed";
        case Paint::LoopBlocked: return "timeline.state.loop_blocked";
        case Paint::LoopCallback: return "timeline.state.callback";
    }
    return "timeline.state.ready";
}

namespace {

constexpr Rgba rgb(uint32_t hex) {
    return Rgba{static_cast<uint8_t>(hex >> 16), static_cast<uint8_t>(hex >> 8),
                static_cast<uint8_t>(hex), 255};
}

// Index = Paint. Dark theme: saturated fills on a near-black background. Light theme: darker,
// stronger fills so each state still stands apart on white under a projector.
constexpr Rgba kPaintDark[kPaintCount] = {
    rgb(0xE6B422),  // Ready: amber
    rgb(0x43A047),  // Running: green
    rgb(0x3F6E9E),  // Suspended: steel blue
    rgb(0x5C5C66),  // Done: grey
    rgb(0xA56CC1),  // Cancelled: violet
    rgb(0xE53935),  // Failed: red
    rgb(0xFF7043),  // LoopBlocked: deep orange
    rgb(0x26A69A),  // LoopCallback: teal
};
constexpr Rgba kPaintLight[kPaintCount] = {
    rgb(0xF2A900),  // Ready
    rgb(0x1E8C2E),  // Running
    rgb(0x8DB4E2),  // Suspended
    rgb(0xB8B8B8),  // Done
    rgb(0x7B3FA0),  // Cancelled
    rgb(0xC62828),  // Failed
    rgb(0xE65100),  // LoopBlocked
    rgb(0x00796B),  // LoopCallback
};

constexpr int kInkCount = static_cast<int>(Ink::TotalBar) + 1;
constexpr Rgba kInkDark[kInkCount] = {
    rgb(0x15171C),  // Background
    rgb(0x1C1F26),  // LaneStripe
    rgb(0x20232B),  // HeaderBackground
    rgb(0xE8E8EC),  // Text
    rgb(0x9AA0AA),  // TextDim
    rgb(0x2C303A),  // Grid
    rgb(0x9AA0AA),  // Axis
    rgb(0xFFD54F),  // Playhead
    rgb(0x81C784),  // ArrowCreate
    rgb(0x90CAF9),  // ArrowAwait
    rgb(0xFFCC80),  // ArrowWake
    rgb(0xA5D6A7),  // MarkerCreated
    rgb(0xFFB74D),  // MarkerCancelRequested
    rgb(0xCE93D8),  // MarkerCancelDelivered
    rgb(0xFF5252),  // MarkerException
    rgb(0xFFEB3B),  // MarkerWarning
    rgb(0x4FC3F7),  // Selection
    rgb(0x5C8DD6),  // TotalBar
};
constexpr Rgba kInkLight[kInkCount] = {
    rgb(0xFFFFFF),  // Background
    rgb(0xF1F3F6),  // LaneStripe
    rgb(0xE6E9EE),  // HeaderBackground
    rgb(0x000000),  // Text
    rgb(0x404040),  // TextDim
    rgb(0xD0D4DA),  // Grid
    rgb(0x202020),  // Axis
    rgb(0xD50000),  // Playhead
    rgb(0x1B5E20),  // ArrowCreate
    rgb(0x0D47A1),  // ArrowAwait
    rgb(0xBF360C),  // ArrowWake
    rgb(0x1B5E20),  // MarkerCreated
    rgb(0xE65100),  // MarkerCancelRequested
    rgb(0x6A1B9A),  // MarkerCancelDelivered
    rgb(0xB71C1C),  // MarkerException
    rgb(0x8D6E00),  // MarkerWarning
    rgb(0x0066CC),  // Selection
    rgb(0x1565C0),  // TotalBar
};

}  // namespace

Rgba paint_color(Paint paint, bool light) {
    const int i = static_cast<int>(paint);
    if (i < 0 || i >= kPaintCount) return light ? rgb(0x000000) : rgb(0xFFFFFF);
    return light ? kPaintLight[i] : kPaintDark[i];
}

Rgba ink_color(Ink ink, bool light) {
    const int i = static_cast<int>(ink);
    if (i < 0 || i >= kInkCount) return light ? rgb(0x000000) : rgb(0xFFFFFF);
    return light ? kInkLight[i] : kInkDark[i];
}

float luminance(Rgba c) { return (0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b) / 255.0f; }

Rgba text_on(Rgba fill) { return luminance(fill) > 0.55f ? rgb(0x000000) : rgb(0xFFFFFF); }

void hex_color(Rgba c, char out[8]) { std::snprintf(out, 8, "#%02x%02x%02x", c.r, c.g, c.b); }

uint32_t pack_abgr(Rgba c) {
    return static_cast<uint32_t>(c.a) << 24 | static_cast<uint32_t>(c.b) << 16 |
           static_cast<uint32_t>(c.g) << 8 | c.r;
}

Ink marker_ink(trace::Marker::Kind kind) {
    switch (kind) {
        case trace::Marker::Kind::Created: return Ink::MarkerCreated;
        case trace::Marker::Kind::CancelRequested: return Ink::MarkerCancelRequested;
        case trace::Marker::Kind::CancelDelivered: return Ink::MarkerCancelDelivered;
        case trace::Marker::Kind::Exception: return Ink::MarkerException;
        case trace::Marker::Kind::Warning: return Ink::MarkerWarning;
    }
    return Ink::MarkerCreated;
}

Ink arrow_ink(trace::ArrowKind kind) {
    switch (kind) {
        case trace::ArrowKind::Create: return Ink::ArrowCreate;
        case trace::ArrowKind::Await: return Ink::ArrowAwait;
        case trace::ArrowKind::Wake: return Ink::ArrowWake;
    }
    return Ink::ArrowCreate;
}

}  // namespace loopscope::app
