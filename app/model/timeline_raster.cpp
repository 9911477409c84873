#include "model/timeline_raster.h"

#include <stb_image_write.h>

#include <algorithm>
#include <cmath>

#include "model/timeline_axis.h"
#include "model/timeline_palette.h"

namespace loopscope::app {
namespace {

class Canvas {
public:
    explicit Canvas(RgbaImage& image) : img_(image) {}

    void fill(float x0, float y0, float x1, float y1, Rgba c, float alpha = 1) {
        const int ix0 = pixel(std::floor(x0), img_.width);
        const int ix1 = pixel(std::ceil(x1), img_.width);
        const int iy0 = pixel(std::floor(y0), img_.height);
        const int iy1 = pixel(std::ceil(y1), img_.height);
        for (int y = iy0; y < iy1; ++y) {
            for (int x = ix0; x < ix1; ++x) blend(x, y, c, alpha);
        }
    }

    // A line `width` px thick, by stepping along its longer axis.
    void line(float x0, float y0, float x1, float y1, Rgba c, float width = 1, float alpha = 1) {
        const float dx = x1 - x0, dy = y1 - y0;
        const int steps = int(std::min(std::max(std::fabs(dx), std::fabs(dy)), 20000.0f)) + 1;
        const float half = width / 2;
        for (int i = 0; i <= steps; ++i) {
            const float t = float(i) / float(steps);
            const float x = x0 + dx * t, y = y0 + dy * t;
            fill(x - half, y - half, x + half, y + half, c, alpha);
        }
    }

private:
    // Clamped while still a float: converting a float beyond int's range is undefined.
    static int pixel(float v, int limit) {
        return v > 0 ? int(std::min(v, float(limit))) : 0;  // NaN lands on 0 as well
    }

    void blend(int x, int y, Rgba c, float alpha) {
        uint8_t* p = img_.pixels.data() + (size_t(y) * size_t(img_.width) + size_t(x)) * 4;
        const float a = alpha * float(c.a) / 255.0f;
        p[0] = uint8_t(std::lround(p[0] * (1 - a) + c.r * a));
        p[1] = uint8_t(std::lround(p[1] * (1 - a) + c.g * a));
        p[2] = uint8_t(std::lround(p[2] * (1 - a) + c.b * a));
        p[3] = 255;
    }

    RgbaImage& img_;
};

}  // namespace

RgbaImage render_timeline_rgba(const TimelineSource& source, const TimelineView& view, int width,
                               int height, bool light, uint32_t selected_task, double cursor_ns) {
    RgbaImage img;
    img.width = std::clamp(width, 16, 8192);
    img.height = std::clamp(height, 16, 8192);
    img.pixels.assign(size_t(img.width) * size_t(img.height) * 4, 0);
    FrameGeometry g;
    g.width = float(img.width);
    g.height = float(img.height);
    g.header_width = std::clamp(g.width * 0.15f, 60.0f, 240.0f);
    g.axis_height = 20;
    TimelineFrame frame;
    build_timeline_frame(source, view, g, selected_task, frame);

    Canvas c(img);
    auto ink = [&](Ink i) { return ink_color(i, light); };
    const float tx = g.header_width;
    c.fill(0, 0, g.width, g.height, ink(Ink::Background));
    for (const LaneRecords& lane : frame.visible) {
        if (lane.lane % 2 == 1) {
            c.fill(0, lane.top, g.width, lane.top + frame.lanes[lane.lane].height, ink(Ink::LaneStripe));
        }
    }
    for (const AxisTick& tick : axis_ticks(frame.ctx.t0_ns, frame.ctx.t1_ns, g.track_width())) {
        c.line(tx + tick.x, g.axis_height, tx + tick.x, g.height, ink(Ink::Grid));
        c.line(tx + tick.x, g.axis_height - 6, tx + tick.x, g.axis_height, ink(Ink::Axis));
    }
    c.line(tx, g.axis_height - 0.5f, g.width, g.axis_height - 0.5f, ink(Ink::Axis));
    // Headers: the background, and per lane a short bar standing in for the label, indented
    // by depth, so the tree shape shows without text.
    c.fill(0, g.axis_height, tx, g.height, ink(Ink::HeaderBackground));
    for (const LaneRecords& lane : frame.visible) {
        const Lane& l = frame.lanes[lane.lane];
        const float x = 4 + 12 * float(std::min<uint32_t>(l.depth, 8));
        const float mid = (lane.bar_y0 + lane.bar_y1) / 2;
        c.fill(x, mid - 1.5f, std::min(tx - 6, x + 40), mid + 1.5f, ink(Ink::TextDim));
    }
    for (const LaneRecords& lane : frame.visible) {
        for (uint32_t i = lane.begin; i < lane.end; ++i) {
            const DrawRecord& r = frame.records[i];
            c.fill(tx + r.x0, lane.bar_y0, tx + std::max(r.x1, r.x0 + 1), lane.bar_y1,
                   paint_color(r.paint, light), r.folded() ? 0.7f : 1.0f);
        }
    }
    for (const ArrowRecord& a : frame.arrows) {
        c.line(tx + a.x0, a.y0, tx + a.x1, a.y1, ink(arrow_ink(a.kind)), a.strong ? 2 : 1,
               a.strong ? 1.0f : 0.5f);
    }
    for (const MarkerRecord& m : frame.markers) {
        c.fill(tx + m.x - 3, m.y - 3, tx + m.x + 3, m.y + 3, ink(marker_ink(m.kind)));
    }
    if (cursor_ns >= 0) {
        const float x = float((cursor_ns - frame.ctx.t0_ns) / frame.ctx.ns_per_px());
        if (x >= 0 && x <= g.track_width()) c.line(tx + x, 0, tx + x, g.height, ink(Ink::Playhead), 2);
    }
    return img;
}

bool export_timeline_png(const trace::TraceModel& model, const TimelineView& view,
                         const std::string& path, int width, int height) {
    const bool light = true;  // exports go on slides and paper
    const RgbaImage img = render_timeline_rgba(timeline_source(model), view, width, height, light);
    return stbi_write_png(path.c_str(), img.width, img.height, 4, img.pixels.data(), img.width * 4) != 0;
}

}  // namespace loopscope::app
