// The timeline rendered in software into an RGBA buffer (filled rectangles and lines, no text:
// an image for slides and reports, exported from the app without touching the GL framebuffer,
// so it works headless and at any size). Same frame, colours and layout as the panel and the
// SVG export.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/timeline_frame.h"
#include "model/timeline_view.h"
#include "trace/trace_model.h"

namespace loopscope::app {

struct RgbaImage {
    int width = 0, height = 0;
    std::vector<uint8_t> pixels;  // row-major RGBA, top row first
};

// `width` x `height` clamped to [16, 8192]. `cursor_ns` < 0: no playhead.
RgbaImage render_timeline_rgba(const TimelineSource& source, const TimelineView& view, int width,
                               int height, bool light, uint32_t selected_task = 0,
                               double cursor_ns = -1);

// Renders and writes a PNG (stb_image_write). False when the file cannot be written.
bool export_timeline_png(const trace::TraceModel& model, const TimelineView& view,
                         const std::string& path, int width, int height);

}  // namespace loopscope::app
