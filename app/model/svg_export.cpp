#include "model/svg_export.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "model/i18n.h"
#include "model/timeline_axis.h"
#include "model/timeline_layout.h"
#include "model/timeline_palette.h"

namespace loopscope::app {
namespace {

constexpr float kFontPx = 12;
constexpr float kTitleH = 28, kLegendH = 24, kIndentPx = 12;

std::string hex(Rgba c) {
    char buf[8];
    hex_color(c, buf);
    return buf;
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

// Estimated text width: ~0.6 em per ASCII character, 1 em for wider (CJK) ones.
float text_width(const std::string& text) {
    float w = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            w += 0.6f;
        } else if ((c & 0xC0) != 0x80) {
            w += 1.0f;  // a lead byte: one wide character
        }
    }
    return w * kFontPx;
}

const char* marker_class(trace::Marker::Kind kind) {
    switch (kind) {
        case trace::Marker::Kind::Created: return "created";
        case trace::Marker::Kind::CancelRequested: return "cancel-requested";
        case trace::Marker::Kind::CancelDelivered: return "cancel-delivered";
        case trace::Marker::Kind::Exception: return "exception";
        case trace::Marker::Kind::Warning: return "warning";
    }
    return "created";
}

const char* arrow_class(trace::ArrowKind kind) {
    switch (kind) {
        case trace::ArrowKind::Create: return "create";
        case trace::ArrowKind::Await: return "await";
        case trace::ArrowKind::Wake: return "wake";
    }
    return "create";
}

const char* state_class(Paint paint) {
    static constexpr const char* kNames[kPaintCount] = {
        "ready", "running", "suspended", "done", "cancelled", "failed", "loop-blocked", "callback"};
    return kNames[static_cast<int>(paint)];
}

class SvgWriter {
public:
    SvgWriter(const TimelineSource& source, const SvgOptions& options, const TimelineFrame& frame,
              float top)
        : source_(source), options_(options), frame_(frame), top_(top) {}

    std::string& out() { return out_; }
    Rgba ink(Ink i) const { return ink_color(i, options_.light); }
    float track_x0() const { return frame_.geometry.header_width; }

    void lane_backgrounds() {
        out_ += "<g class=\"lanes\">\n";
        for (const LaneRecords& lane : frame_.visible) {
            const Lane& l = frame_.lanes[lane.lane];
            if (lane.lane % 2 == 1) {
                rect("stripe", 0, top_ + lane.top, frame_.geometry.width, l.height, ink(Ink::LaneStripe));
            }
        }
        out_ += "</g>\n";
    }

    void axis() {
        const FrameGeometry& g = frame_.geometry;
        out_ += "<g class=\"axis\">\n";
        for (const AxisTick& tick : axis_ticks(frame_.ctx.t0_ns, frame_.ctx.t1_ns, g.track_width())) {
            const float x = track_x0() + tick.x;
            line("grid", x, top_ + g.axis_height, x, top_ + g.height, ink(Ink::Grid), 1);
            out_ += "<text class=\"tick\" x=\"" + num(x + 3) + "\" y=\"" + num(top_ + kFontPx + 4) +
                    "\" fill=\"" + hex(ink(Ink::TextDim)) + "\">" + xml_escape(tick.label) + "</text>\n";
        }
        line("axis-line", track_x0(), top_ + g.axis_height, g.width, top_ + g.axis_height, ink(Ink::Axis), 1);
        out_ += "</g>\n";
    }

    void headers() {
        const FrameGeometry& g = frame_.geometry;
        out_ += "<g class=\"headers\">\n";
        rect("header", 0, top_ + g.axis_height, g.header_width, g.height - g.axis_height,
             ink(Ink::HeaderBackground));
        for (const LaneRecords& lane : frame_.visible) {
            const Lane& l = frame_.lanes[lane.lane];
            const float x = 4 + kIndentPx * float(std::min<uint32_t>(l.depth, 12));
            const float y = top_ + lane.top + l.height / 2 + kFontPx * 0.35f;
            out_ += "<text class=\"lane-label\" data-task=\"" + std::to_string(l.task) + "\" x=\"" +
                    num(x) + "\" y=\"" + num(y) + "\" fill=\"" + hex(ink(Ink::Text)) + "\">" +
                    xml_escape(lane_title(l.task)) + "</text>\n";
        }
        out_ += "</g>\n";
    }

    void records() {
        out_ += "<g class=\"segments\">\n";
        for (const LaneRecords& lane : frame_.visible) {
            const Lane& l = frame_.lanes[lane.lane];
            for (uint32_t i = lane.begin; i < lane.end; ++i) record(l, lane, frame_.records[i]);
        }
        out_ += "</g>\n";
    }

    void arrows() {
        out_ += "<g class=\"arrows\">\n";
        for (const ArrowRecord& a : frame_.arrows) {
            const char* kind = arrow_class(a.kind);
            out_ += std::string("<line class=\"arrow ") + kind + (a.strong ? " strong" : "") +
                    "\" x1=\"" + num(track_x0() + a.x0) + "\" y1=\"" + num(top_ + a.y0) + "\" x2=\"" +
                    num(track_x0() + a.x1) + "\" y2=\"" + num(top_ + a.y1) + "\" stroke=\"" +
                    hex(ink(arrow_ink(a.kind))) + "\" stroke-width=\"" + (a.strong ? "2" : "1") +
                    "\" stroke-opacity=\"" + (a.strong ? "1" : "0.5") + "\" marker-end=\"url(#head-" +
                    kind + ")\"/>\n";
        }
        out_ += "</g>\n";
    }

    void markers() {
        out_ += "<g class=\"markers\">\n";
        for (const MarkerRecord& m : frame_.markers) {
            const std::string& text = source_.markers[m.marker].text;
            out_ += std::string("<circle class=\"marker ") + marker_class(m.kind) + "\" cx=\"" +
                    num(track_x0() + m.x) + "\" cy=\"" + num(top_ + m.y) + "\" r=\"4\" fill=\"" +
                    hex(ink(marker_ink(m.kind))) + "\">";
            if (!text.empty()) out_ += "<title>" + xml_escape(text) + "</title>";
            out_ += "</circle>\n";
        }
        out_ += "</g>\n";
    }

    void playhead() {
        if (options_.cursor_seq == trace::kNoSeq) return;
        const float x = float((double(options_.cursor_ns) - frame_.ctx.t0_ns) / frame_.ctx.ns_per_px());
        if (x < 0 || x > frame_.geometry.track_width()) return;
        line("playhead", track_x0() + x, top_, track_x0() + x, top_ + frame_.geometry.height,
             ink(Ink::Playhead), 2);
    }

    void arrow_heads() {
        out_ += "<defs>\n";
        for (auto kind : {trace::ArrowKind::Create, trace::ArrowKind::Await, trace::ArrowKind::Wake}) {
            out_ += std::string("<marker id=\"head-") + arrow_class(kind) +
                    "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" "
                    "markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
                    "fill=\"" + hex(ink(arrow_ink(kind))) + "\"/></marker>\n";
        }
        out_ += "</defs>\n";
    }

    void legend(float y) {
        out_ += "<g class=\"legend\">\n";
        float x = 8;
        for (int i = 0; i < kPaintCount; ++i) {
            const Paint paint = static_cast<Paint>(i);
            rect("legend-swatch", x, y + 6, 12, 12, paint_color(paint, options_.light));
            const std::string name = tr(paint_key(paint));
            out_ += "<text class=\"legend-label\" x=\"" + num(x + 16) + "\" y=\"" + num(y + 16) +
                    "\" fill=\"" + hex(ink(Ink::Text)) + "\">" + xml_escape(name) + "</text>\n";
            x += 16 + text_width(name) + 18;
        }
        out_ += "</g>\n";
    }

    void rect(const char* cls, double x, double y, double w, double h, Rgba fill,
              const std::string& extra = {}) {
        out_ += std::string("<rect class=\"") + cls + "\" x=\"" + num(x) + "\" y=\"" + num(y) +
                "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" fill=\"" + hex(fill) + "\"" +
                extra + "/>\n";
    }

    void line(const char* cls, double x1, double y1, double x2, double y2, Rgba stroke, int width) {
        out_ += std::string("<line class=\"") + cls + "\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) +
                "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\" stroke=\"" + hex(stroke) +
                "\" stroke-width=\"" + std::to_string(width) + "\"/>\n";
    }

private:
    std::string lane_title(uint32_t task) const {
        if (task == 0) return tr("timeline.loop_lane");
        return task <= source_.tasks.size() ? app::lane_title(source_.tasks[task - 1]) : "?";
    }

    // The label and tooltip of a single record.
    void texts_of(const Lane& l, const DrawRecord& r, std::string& label, std::string& tip) const {
        if (l.task == 0) {
            if (r.first < source_.loop_spans.size()) label = source_.loop_spans[r.first].label;
            tip = tr(paint_key(r.paint));
            if (!label.empty()) tip += ": " + label;
            return;
        }
        const auto segs = source_.segments ? source_.segments(l.task) : std::span<const trace::Segment>();
        if (r.first >= segs.size()) return;
        const trace::Segment& s = segs[r.first];
        label = segment_text(s);
        tip = lane_title(l.task) + " — " + tr(paint_key(r.paint));
        if (!s.detail.empty()) tip += ": " + s.detail;
        tip += " (" + format_duration(double(s.end_ns - s.begin_ns)) + ")";
    }

    void record(const Lane& l, const LaneRecords& lane, const DrawRecord& r) {
        const Rgba fill = paint_color(r.paint, options_.light);
        const float x = track_x0() + r.x0, w = std::max(1.0f, r.x1 - r.x0);
        const float y = top_ + lane.bar_y0, h = lane.bar_y1 - lane.bar_y0;
        std::string attrs = std::string(" data-state=\"") + state_class(r.paint) + "\"";
        if (r.folded()) {
            attrs += " data-count=\"" + std::to_string(r.count) + "\" fill-opacity=\"0.7\"";
            rect("folded", x, y, w, h, fill, attrs);
            return;
        }
        std::string label, tip;
        texts_of(l, r, label, tip);
        out_ += std::string("<rect class=\"segment\" x=\"") + num(x) + "\" y=\"" + num(y) +
                "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" fill=\"" + hex(fill) + "\"" +
                attrs + ">";
        if (!tip.empty()) out_ += "<title>" + xml_escape(tip) + "</title>";
        out_ += "</rect>\n";
        if (!label.empty() && text_width(label) + 6 <= w && h >= kFontPx) {
            out_ += "<text class=\"segment-label\" x=\"" + num(x + 3) + "\" y=\"" +
                    num(y + h / 2 + kFontPx * 0.35f) + "\" fill=\"" + hex(text_on(fill)) + "\">" +
                    xml_escape(label) + "</text>\n";
        }
    }

    const TimelineSource& source_;
    const SvgOptions& options_;
    const TimelineFrame& frame_;
    float top_;  // y of the frame's top inside the document (below the title)
    std::string out_;
};

}  // namespace

std::string xml_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                // Control characters are not allowed in XML 1.0 (tab and newline are).
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
                    out += ' ';
                } else {
                    out += c;
                }
        }
    }
    return out;
}

std::string timeline_svg(const TimelineSource& source, const TimelineView& view,
                         const SvgOptions& options) {
    const float title_h = options.title.empty() ? 0 : kTitleH;
    FrameGeometry g;
    g.width = float(std::clamp(options.width, 200, 100000));
    g.header_width = std::clamp(g.width * 0.15f, 110.0f, 240.0f);
    g.axis_height = kFontPx + 12;
    // Lane height comes from the view but is never so small that labels overlap.
    TimelineView v = view;
    v.lane_height = std::max(view.lane_height, kFontPx + 8);
    v.scroll_y = options.height > 0 ? view.scroll_y : 0;
    if (options.height > 0) {
        g.height = std::max(float(options.height) - title_h - kLegendH, g.axis_height + v.lane_height);
    } else {
        const size_t lanes = layout_lanes(source.tasks, v.collapsed, v.lane_height).size();
        g.height = g.axis_height + float(lanes) * v.lane_height;
    }
    TimelineFrame frame;
    build_timeline_frame(source, v, g, options.selected_task, frame);

    SvgWriter w(source, options, frame, title_h);
    const float total_h = title_h + g.height + kLegendH;
    std::string& out = w.out();
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(g.width) + "\" height=\"" +
           num(total_h) + "\" viewBox=\"0 0 " + num(g.width) + " " + num(total_h) +
           "\" font-family=\"DejaVu Sans, Noto Sans CJK SC, sans-serif\" font-size=\"" +
           num(kFontPx) + "\">\n";
    out += "<title>" + xml_escape(options.title.empty() ? tr("timeline.svg_title") : options.title) +
           "</title>\n";
    w.arrow_heads();
    w.rect("background", 0, 0, g.width, total_h, w.ink(Ink::Background));
    if (!options.title.empty()) {
        out += "<text class=\"title\" x=\"8\" y=\"19\" font-size=\"15\" font-weight=\"bold\" fill=\"" +
               hex(w.ink(Ink::Text)) + "\">" + xml_escape(options.title) + "</text>\n";
    }
    w.lane_backgrounds();
    w.axis();
    w.records();
    w.arrows();
    w.markers();
    w.playhead();
    w.headers();
    w.legend(title_h + g.height);
    out += "</svg>\n";
    return std::move(out);
}

std::string timeline_svg(const trace::TraceModel& model, const TimelineView& view,
                         const SvgOptions& options) {
    SvgOptions o = options;
    if (o.cursor_seq != trace::kNoSeq && model.event_count() > 0) {
        o.cursor_ns = model.trace().events[std::min<uint64_t>(o.cursor_seq, model.event_count() - 1)].t_ns;
    }
    return timeline_svg(timeline_source(model), view, o);
}

bool write_timeline_svg(const trace::TraceModel& model, const std::string& path,
                        const SvgOptions& options, std::string& error) {
    TimelineView view;
    fit(view, model.end_ns());
    const std::string svg = timeline_svg(model, view, options);
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        error = "can't write '" + path + "': " + std::strerror(errno);
        return false;
    }
    const bool wrote = std::fwrite(svg.data(), 1, svg.size(), f) == svg.size();
    if (std::fclose(f) != 0 || !wrote) {
        error = "can't write '" + path + "': " + std::strerror(errno);
        return false;
    }
    return true;
}

}  // namespace loopscope::app
