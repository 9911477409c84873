// The timeline panel: ImGui input -> TimelineView, then build_timeline_frame (plain, in
// app/model) -> draw calls. Nothing here decides what is visible or folded; it only paints
// the records and turns hits into tooltips, seeks and selections.
#include "ui/timeline_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "model/i18n.h"
#include "model/timeline_axis.h"
#include "model/timeline_hit.h"
#include "model/timeline_palette.h"

namespace loopscope::app {
namespace {

constexpr float kIndentPx = 12;   // header indentation per tree depth
constexpr float kTriangleW = 12;  // the collapse triangle's hit width

ImU32 col(Rgba c, float alpha = 1.0f) {
    c.a = static_cast<uint8_t>(std::clamp(alpha, 0.0f, 1.0f) * 255);
    return pack_abgr(c);
}

const char* marker_key(trace::Marker::Kind kind) {
    switch (kind) {
        case trace::Marker::Kind::Created: return "timeline.marker.created";
        case trace::Marker::Kind::CancelRequested: return "timeline.marker.cancel_requested";
        case trace::Marker::Kind::CancelDelivered: return "timeline.marker.cancel_delivered";
        case trace::Marker::Kind::Exception: return "timeline.marker.exception";
        case trace::Marker::Kind::Warning: return "timeline.marker.warning";
    }
    return "timeline.marker.created";
}

const char* arrow_key(trace::ArrowKind kind) {
    switch (kind) {
        case trace::ArrowKind::Create: return "timeline.arrow.create";
        case trace::ArrowKind::Await: return "timeline.arrow.await";
        case trace::ArrowKind::Wake: return "timeline.arrow.wake";
    }
    return "timeline.arrow.create";
}

std::string task_title(const trace::TraceModel& model, uint32_t task) {
    if (task == 0) return tr("timeline.loop_lane");
    const trace::TaskInfo* info = model.task(task);
    return info ? lane_title(*info) : "Task ?";
}

uint64_t time_of_seq(const trace::TraceModel& model, uint64_t seq) {
    const auto& events = model.trace().events;
    if (events.empty()) return 0;
    return events[std::min<uint64_t>(seq, events.size() - 1)].t_ns;
}

// "1.250 s": a point in time with millisecond precision.
std::string time_text(double ns) { return format_tick(ns, 1e6); }

// ---- drawing -------------------------------------------------------------------------------

struct Painter {
    ImDrawList* dl;
    const TimelineFrame& frame;
    const TimelineCanvasStyle& style;
    ImVec2 origin;  // the canvas' top-left corner on screen
    float track_x0() const { return origin.x + frame.geometry.header_width; }
    ImVec2 track(float x, float y) const { return ImVec2(track_x0() + x, origin.y + y); }
    ImU32 ink(Ink i, float alpha = 1.0f) const { return col(ink_color(i, style.light), alpha); }
};

void draw_lane_backgrounds(const Painter& p) {
    const FrameGeometry& g = p.frame.geometry;
    for (const LaneRecords& lane : p.frame.visible) {
        const Lane& l = p.frame.lanes[lane.lane];
        const ImVec2 a(p.origin.x, p.origin.y + lane.top);
        const ImVec2 b(p.origin.x + g.width, p.origin.y + lane.top + l.height);
        if (lane.lane % 2 == 1) p.dl->AddRectFilled(a, b, p.ink(Ink::LaneStripe));
        if (p.style.selected_task != 0 && l.task == p.style.selected_task) {
            p.dl->AddRectFilled(a, b, p.ink(Ink::Selection, 0.12f));
        }
    }
}

void draw_grid_and_axis(const Painter& p) {
    const FrameGeometry& g = p.frame.geometry;
    const auto ticks = axis_ticks(p.frame.ctx.t0_ns, p.frame.ctx.t1_ns, g.track_width());
    for (const AxisTick& tick : ticks) {
        const float x = p.track_x0() + tick.x;
        p.dl->AddLine(ImVec2(x, p.origin.y + g.axis_height), ImVec2(x, p.origin.y + g.height),
                      p.ink(Ink::Grid));
        if (!p.style.axis) continue;
        p.dl->AddLine(ImVec2(x, p.origin.y + g.axis_height - 6),
                      ImVec2(x, p.origin.y + g.axis_height), p.ink(Ink::Axis));
        // The last tick's label would run off the right edge: it ends at the edge instead.
        const float label_w = ImGui::CalcTextSize(tick.label.c_str()).x;
        const float label_x = std::min(x + 3, p.origin.x + g.width - label_w - 2);
        p.dl->AddText(ImVec2(label_x, p.origin.y + 2), p.ink(Ink::TextDim), tick.label.c_str());
    }
    p.dl->AddLine(ImVec2(p.track_x0(), p.origin.y + g.axis_height - 0.5f),
                  ImVec2(p.origin.x + g.width, p.origin.y + g.axis_height - 0.5f),
                  p.ink(Ink::Axis));
}

std::string_view record_label(const trace::TraceModel& model, const Lane& lane,
                              const DrawRecord& r) {
    if (lane.task == 0) {
        const auto& spans = model.loop_spans();
        return r.first < spans.size() ? std::string_view(spans[r.first].label) : std::string_view();
    }
    const auto& segs = model.segments(lane.task);
    return r.first < segs.size() ? segment_text(segs[r.first]) : std::string_view();
}

void draw_records(const trace::TraceModel& model, const Painter& p) {
    const float text_h = ImGui::GetFontSize();
    for (const LaneRecords& lane : p.frame.visible) {
        const Lane& l = p.frame.lanes[lane.lane];
        for (uint32_t i = lane.begin; i < lane.end; ++i) {
            const DrawRecord& r = p.frame.records[i];
            const Rgba fill = paint_color(r.paint, p.style.light);
            const ImVec2 a = p.track(r.x0, lane.bar_y0);
            const ImVec2 b = p.track(std::max(r.x1, r.x0 + 1), lane.bar_y1);
            // Folded blocks are drawn fainter, so a block of many reads as "more in here".
            p.dl->AddRectFilled(a, b, col(fill, r.folded() ? 0.7f : 1.0f));
            if (!p.style.labels || r.folded() || r.x1 - r.x0 < 24) continue;
            const std::string_view label = record_label(model, l, r);
            if (label.empty()) continue;
            const ImVec2 size = ImGui::CalcTextSize(label.data(), label.data() + label.size());
            if (size.x + 6 > r.x1 - r.x0 || text_h > lane.bar_y1 - lane.bar_y0 + 2) continue;
            const float ty = (a.y + b.y - size.y) / 2;
            p.dl->AddText(ImVec2(a.x + 3, ty), col(text_on(fill)), label.data(),
                          label.data() + label.size());
        }
    }
}

void draw_marker(const Painter& p, const MarkerRecord& m) {
    const ImVec2 c = p.track(m.x, m.y);
    const float r = std::clamp(p.frame.lanes[m.lane].height * 0.2f, 2.0f, 4.0f);
    const ImU32 fill = p.ink(marker_ink(m.kind));
    const ImU32 edge = p.ink(Ink::Background);
    switch (m.kind) {
        case trace::Marker::Kind::Created:
            p.dl->AddCircleFilled(c, r, fill);
            p.dl->AddCircle(c, r, edge);
            break;
        case trace::Marker::Kind::CancelRequested:  // ▼
            p.dl->AddTriangleFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y - r),
                                    ImVec2(c.x, c.y + r), fill);
            break;
        case trace::Marker::Kind::CancelDelivered:  // ◆
            p.dl->AddQuadFilled(ImVec2(c.x, c.y - r - 1), ImVec2(c.x + r + 1, c.y),
                                ImVec2(c.x, c.y + r + 1), ImVec2(c.x - r - 1, c.y), fill);
            break;
        case trace::Marker::Kind::Exception:  // ■
            p.dl->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), fill);
            p.dl->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), edge);
            break;
        case trace::Marker::Kind::Warning:  // ▲
            p.dl->AddTriangleFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y + r),
                                    ImVec2(c.x - r, c.y + r), fill);
            break;
    }
}

void draw_arrow(const Painter& p, const ArrowRecord& a) {
    const ImVec2 from = p.track(a.x0, a.y0), to = p.track(a.x1, a.y1);
    const ImU32 c = p.ink(arrow_ink(a.kind), a.strong ? 1.0f : 0.45f);
    const float thickness = a.strong ? 2.0f : 1.0f;
    p.dl->AddLine(from, to, c, thickness);
    const float dx = to.x - from.x, dy = to.y - from.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    if (len < 1) return;
    const float ux = dx / len, uy = dy / len, head = a.strong ? 7.0f : 5.0f;
    p.dl->AddTriangleFilled(to, ImVec2(to.x - ux * head - uy * head * 0.5f, to.y - uy * head + ux * head * 0.5f),
                            ImVec2(to.x - ux * head + uy * head * 0.5f, to.y - uy * head - ux * head * 0.5f), c);
}

// A thin thumb on the right edge when the lanes do not all fit: where the view is among them.
void draw_scroll_thumb(const Painter& p) {
    const FrameGeometry& g = p.frame.geometry;
    const float view_h = g.height - g.axis_height;
    if (p.frame.content_height <= view_h || view_h <= 0) return;
    const float thumb_h = std::max(12.0f, view_h * view_h / p.frame.content_height);
    const float top = g.axis_height + (view_h - thumb_h) * (p.frame.scroll_y / max_scroll(p.frame));
    p.dl->AddRectFilled(ImVec2(p.origin.x + g.width - 5, p.origin.y + top),
                        ImVec2(p.origin.x + g.width - 1, p.origin.y + top + thumb_h),
                        p.ink(Ink::TextDim, 0.6f), 2.0f);
}

void draw_headers(const trace::TraceModel& model, const Painter& p) {
    const FrameGeometry& g = p.frame.geometry;
    p.dl->AddRectFilled(ImVec2(p.origin.x, p.origin.y + g.axis_height),
                        ImVec2(p.origin.x + g.header_width, p.origin.y + g.height),
                        p.ink(Ink::HeaderBackground));
    p.dl->PushClipRect(ImVec2(p.origin.x, p.origin.y + g.axis_height),
                       ImVec2(p.origin.x + g.header_width - 4, p.origin.y + g.height), true);
    const float text_h = ImGui::GetFontSize();
    for (const LaneRecords& lane : p.frame.visible) {
        const Lane& l = p.frame.lanes[lane.lane];
        const float x = p.origin.x + 4 + kIndentPx * float(std::min<uint32_t>(l.depth, 12));
        const float cy = p.origin.y + lane.top + l.height / 2;
        if (l.height < text_h * 0.8f) continue;  // squeezed lanes (compare view): no labels
        if (l.has_children) {  // ▶ collapsed, ▼ expanded
            const ImU32 c = p.ink(Ink::TextDim);
            if (l.collapsed) {
                p.dl->AddTriangleFilled(ImVec2(x + 2, cy - 4), ImVec2(x + 8, cy), ImVec2(x + 2, cy + 4), c);
            } else {
                p.dl->AddTriangleFilled(ImVec2(x + 1, cy - 3), ImVec2(x + 9, cy - 3), ImVec2(x + 5, cy + 3), c);
            }
        }
        const bool selected = p.style.selected_task != 0 && l.task == p.style.selected_task;
        const std::string title = task_title(model, l.task);
        p.dl->AddText(ImVec2(x + kTriangleW, cy - text_h / 2),
                      p.ink(selected ? Ink::Selection : (l.task == 0 ? Ink::TextDim : Ink::Text)),
                      title.c_str());
    }
    p.dl->PopClipRect();
}

// ---- tooltips ------------------------------------------------------------------------------

void tooltip_line(const char* key, const std::string& value) {
    ImGui::TextDisabled("%s", tr(key));
    ImGui::SameLine();
    ImGui::TextUnformatted(value.c_str());
}

void source_line(const trace::TraceModel& model, int32_t file, int32_t line) {
    if (line <= 0) return;
    std::string where;
    const auto& files = model.trace().files;
    if (file >= 0 && static_cast<size_t>(file) < files.size()) where = files[size_t(file)] + ":";
    tooltip_line("timeline.tooltip.line", where + std::to_string(line));
}

void segment_tooltip(const trace::TraceModel& model, uint32_t task, const trace::Segment& s) {
    const trace::TaskInfo* info = model.task(task);
    tooltip_line("timeline.tooltip.task", info ? info->name : "?");
    if (info && !info->coro.empty()) tooltip_line("timeline.tooltip.coro", info->coro);
    tooltip_line("timeline.tooltip.state", tr(paint_key(paint_of(s.state))));
    if (s.state == trace::TaskState::Suspended) {
        std::string awaits = !s.detail.empty() ? s.detail : !s.label.empty() ? s.label : s.what;
        if (s.awaited_task != 0) awaits += " (" + task_title(model, s.awaited_task) + ")";
        if (!awaits.empty()) tooltip_line("timeline.tooltip.awaits", awaits);
    } else if (!s.detail.empty()) {
        tooltip_line("timeline.tooltip.detail", s.detail);
    }
    tooltip_line("timeline.tooltip.since", time_text(double(s.begin_ns)));
    tooltip_line("timeline.tooltip.duration", format_duration(double(s.end_ns - s.begin_ns)));
    source_line(model, s.file, s.line);
}

void hit_tooltip(const trace::TraceModel& model, const TimelineFrame& frame, const TimelineHit& hit) {
    ImGui::BeginTooltip();
    switch (hit.kind) {
        case HitKind::Segment:
            if (hit.task == 0) {
                const trace::LoopSpan& s = model.loop_spans()[hit.segment];
                tooltip_line("timeline.tooltip.state", tr(paint_key(paint_of(s))));
                if (!s.label.empty()) tooltip_line("timeline.tooltip.detail", s.label);
                tooltip_line("timeline.tooltip.since", time_text(double(s.begin_ns)));
                tooltip_line("timeline.tooltip.duration", format_duration(double(s.end_ns - s.begin_ns)));
            } else {
                segment_tooltip(model, hit.task, model.segments(hit.task)[hit.segment]);
            }
            ImGui::TextDisabled("%s", tr("timeline.tooltip.click_seek"));
            break;
        case HitKind::Folded: {
            const DrawRecord& r = frame.records[hit.record];
            tooltip_line("timeline.tooltip.task", task_title(model, hit.task));
            ImGui::Text("%u %s", r.count, tr("timeline.tooltip.folded"));
            tooltip_line("timeline.tooltip.state", tr(paint_key(r.paint)));
            break;
        }
        case HitKind::Marker: {
            const trace::Marker& m = model.markers()[hit.marker];
            tooltip_line("timeline.tooltip.task", task_title(model, m.task));
            ImGui::TextUnformatted(tr(marker_key(m.kind)));
            if (!m.text.empty()) ImGui::TextUnformatted(m.text.c_str());
            tooltip_line("timeline.tooltip.time", time_text(double(m.t_ns)));
            ImGui::TextDisabled("%s", tr("timeline.tooltip.click_seek"));
            break;
        }
        case HitKind::ArrowEnd: {
            const trace::Arrow& a = model.arrows()[hit.arrow];
            ImGui::Text("%s %s %s", task_title(model, a.from_task).c_str(), tr(arrow_key(a.kind)),
                        task_title(model, a.to_task).c_str());
            tooltip_line("timeline.tooltip.time", time_text(double(a.to_ns)));
            break;
        }
        case HitKind::LaneHeader: {
            tooltip_line("timeline.tooltip.task", task_title(model, hit.task));
            if (const trace::TaskInfo* info = model.task(hit.task)) {
                if (!info->coro.empty()) tooltip_line("timeline.tooltip.coro", info->coro);
                source_line(model, info->file, info->line);
            }
            break;
        }
        default:
            tooltip_line("timeline.tooltip.time", time_text(hit.t_ns));
            break;
    }
    ImGui::EndTooltip();
}

// The bar under the mouse gets an outline, so it is clear what a click will pick.
void outline_record(const TimelineFrame& frame, const TimelineHit& hit, ImVec2 origin, bool light) {
    const DrawRecord& r = frame.records[hit.record];
    for (const LaneRecords& lane : frame.visible) {
        if (lane.lane != uint32_t(hit.lane)) continue;
        const float x0 = origin.x + frame.geometry.header_width;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->PushClipRect(ImVec2(x0, origin.y + frame.geometry.axis_height),
                         ImVec2(origin.x + frame.geometry.width, origin.y + frame.geometry.height), true);
        dl->AddRect(ImVec2(x0 + r.x0 - 1, origin.y + lane.bar_y0 - 1),
                    ImVec2(x0 + std::max(r.x1, r.x0 + 1) + 1, origin.y + lane.bar_y1 + 1),
                    col(ink_color(Ink::Selection, light)), 0, 0, 2);
        dl->PopClipRect();
    }
}

// ---- clicks --------------------------------------------------------------------------------

TimelineFrameResult click(const trace::TraceModel& model, const TimelineFrame& frame,
                          TimelineView& view, const TimelineHit& hit, float canvas_x) {
    TimelineFrameResult result;
    auto seek = [&](uint64_t seq) {
        result.seek = true;
        result.seek_seq = std::min<uint64_t>(seq, model.event_count() ? model.event_count() - 1 : 0);
    };
    auto select = [&](uint32_t task) {
        result.select = true;
        result.select_task = task;
    };
    switch (hit.kind) {
        case HitKind::Segment:
        case HitKind::Folded:
            if (hit.task == 0) {
                seek(model.loop_spans()[hit.segment].begin_seq);
            } else {
                seek(model.segments(hit.task)[hit.segment].begin_seq);
            }
            select(hit.task);
            break;
        case HitKind::Marker:
            seek(model.markers()[hit.marker].seq);
            select(hit.task);
            break;
        case HitKind::ArrowEnd:
            seek(model.arrows()[hit.arrow].to_seq);
            select(model.arrows()[hit.arrow].to_task);
            break;
        case HitKind::LaneHeader: {
            const Lane& lane = frame.lanes[size_t(hit.lane)];
            const float tri_x = 4 + kIndentPx * float(std::min<uint32_t>(lane.depth, 12));
            if (lane.has_children && canvas_x >= tri_x && canvas_x < tri_x + kTriangleW) {
                toggle_collapsed(view, lane.task);
            } else {
                select(hit.task);
            }
            break;
        }
        case HitKind::Track:
        case HitKind::Axis:
            if (model.event_count() > 0) seek(model.seq_at_time(uint64_t(std::max(0.0, hit.t_ns))));
            break;
        default:
            break;
    }
    return result;
}

// One swatch + name per paint, then the keys; wraps to the panel's width.
void draw_legend(bool light) {
    const float h = ImGui::GetTextLineHeight();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    bool first = true;
    auto place = [&](float width) {  // SameLine unless the item would pass the right edge
        if (!first) {
            ImGui::SameLine(0, 14);
            if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
        }
        first = false;
    };
    for (int i = 0; i < kPaintCount; ++i) {
        const Paint paint = static_cast<Paint>(i);
        const char* name = tr(paint_key(paint));
        place(h + 4 + ImGui::CalcTextSize(name).x);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + 2), ImVec2(at.x + h, at.y + h - 2),
                                                  col(paint_color(paint, light)));
        ImGui::Dummy(ImVec2(h, h));
        ImGui::SameLine(0, 4);
        ImGui::TextUnformatted(name);
    }
    const char* hint = tr("timeline.keys_hint");
    place(ImGui::CalcTextSize(hint).x);
    ImGui::TextDisabled("%s", hint);
}

}  // namespace

bool timeline_light_theme() {
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    return 0.2126f * bg.x + 0.7152f * bg.y + 0.0722f * bg.z > 0.5f;
}

void draw_timeline_frame(const trace::TraceModel& model, const TimelineFrame& frame, float x,
                         float y, const TimelineCanvasStyle& style) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const FrameGeometry& g = frame.geometry;
    const Painter p{dl, frame, style, ImVec2(x, y)};
    dl->PushClipRect(ImVec2(x, y), ImVec2(x + g.width, y + g.height), true);
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + g.width, y + g.height), p.ink(Ink::Background));
    draw_lane_backgrounds(p);
    draw_grid_and_axis(p);
    // Bars, arrows and markers stay inside the track (right of the headers, under the axis).
    dl->PushClipRect(ImVec2(p.track_x0(), y + g.axis_height), ImVec2(x + g.width, y + g.height), true);
    draw_records(model, p);
    for (const ArrowRecord& a : frame.arrows) {
        if (!a.strong) draw_arrow(p, a);
    }
    for (const ArrowRecord& a : frame.arrows) {
        if (a.strong) draw_arrow(p, a);  // on top
    }
    for (const MarkerRecord& m : frame.markers) draw_marker(p, m);
    dl->PopClipRect();
    if (style.cursor_seq != trace::kNoSeq && model.event_count() > 0) {
        const double t = double(time_of_seq(model, style.cursor_seq));
        const float px = float((t - frame.ctx.t0_ns) / frame.ctx.ns_per_px());
        if (px >= -1 && px <= g.track_width() + 1) {
            const float sx = p.track_x0() + px;
            dl->AddLine(ImVec2(sx, y), ImVec2(sx, y + g.height), p.ink(Ink::Playhead), 2.0f);
        }
    }
    if (style.headers) draw_headers(model, p);
    draw_scroll_thumb(p);
    dl->PopClipRect();
}

TimelineFrameResult timeline_pointer(const trace::TraceModel& model, const TimelineFrame& frame,
                                     TimelineView& view, ImVec2 origin, bool light, bool clicked) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float x = mouse.x - origin.x, y = mouse.y - origin.y;
    const TimelineHit hit = hit_test(frame, x, y);
    if (hit.kind == HitKind::Segment || hit.kind == HitKind::Folded) outline_record(frame, hit, origin, light);
    if (hit.kind != HitKind::None && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        hit_tooltip(model, frame, hit);
    }
    return clicked ? click(model, frame, view, hit, x) : TimelineFrameResult{};
}

bool handle_timeline_input(TimelineView& view, float mouse_track_x, float track_width,
                           uint64_t total_ns, float max_scroll_y) {
    ImGuiIO& io = ImGui::GetIO();
    const double anchor = time_at_x(view, std::clamp(mouse_track_x, 0.0f, track_width), track_width);
    // The wheel zooms over the track; over the lane headers, or with Shift, it scrolls the lanes.
    const bool wheel_scrolls = io.KeyShift || mouse_track_x < 0;
    if (io.MouseWheel != 0 && !wheel_scrolls) zoom_at(view, anchor, std::pow(1.25, double(io.MouseWheel)));
    if (io.MouseWheel != 0 && wheel_scrolls) view.scroll_y -= io.MouseWheel * view.lane_height * 3;
    if (io.MouseWheelH != 0) pan(view, -0.1 * double(io.MouseWheelH));
    // W/S/A/D held: continuous, frame-rate independent (Perfetto's feel). Letters are GLFW key
    // codes, which ImGui 1.86 keeps in io.KeysDown (GLFW_KEY_W == 'W').
    if (!io.WantTextInput && !io.KeyCtrl) {
        const double dt = std::min(0.1, double(io.DeltaTime));
        if (ImGui::IsKeyDown('W')) zoom_at(view, anchor, std::pow(6.0, dt));
        if (ImGui::IsKeyDown('S')) zoom_at(view, anchor, 1.0 / std::pow(6.0, dt));
        if (ImGui::IsKeyDown('A')) pan(view, -1.2 * dt);
        if (ImGui::IsKeyDown('D')) pan(view, 1.2 * dt);
        if (ImGui::IsKeyPressed('F', false)) {
            fit(view, total_ns);
            view.scroll_y = 0;
        }
    }
    bool dragged = false;
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        pan_px(view, io.MouseDelta.x, track_width);
        view.scroll_y -= io.MouseDelta.y;
        dragged = true;
    }
    view.scroll_y = std::clamp(view.scroll_y, 0.0f, std::max(0.0f, max_scroll_y));
    clamp(view, total_ns);
    return dragged;
}

TimelineFrameResult draw_timeline(const trace::TraceModel& model, TimelineView& view,
                                  const TimelineFrameInput& input) {
    TimelineFrameResult result;
    ImGui::BeginChild("##timeline", ImVec2(0, 0), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const bool light = timeline_light_theme();
    draw_legend(light);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 size(std::max(avail.x, 50.0f), std::max(avail.y, 50.0f));
    ImGui::InvisibleButton("##timeline_canvas", size);
    const bool hovered = ImGui::IsItemHovered();
    const bool released = ImGui::IsItemDeactivated();

    if (!view.fitted) fit(view, model.end_ns());
    view.lane_height = std::max(view.lane_height, ImGui::GetFontSize() + 8);
    FrameGeometry geometry;
    geometry.width = size.x;
    geometry.height = size.y;
    geometry.axis_height = ImGui::GetFontSize() + 10;
    // Room for "Task-12 · make" at any zoom, never more than 40% of the panel.
    geometry.header_width = std::min(std::max({size.x * 0.18f, ImGui::GetFontSize() * 9, 110.0f}), size.x * 0.4f);
    const float mouse_canvas_x = ImGui::GetIO().MousePos.x - origin.x;

    // Input first, so this frame already shows its effect; the frame is then built once.
    const TimelineSource source = timeline_source(model);
    bool dragged = false;
    if (hovered || ImGui::IsItemActive()) {
        const float content = lanes_height(layout_lanes(source.tasks, view.collapsed, view.lane_height));
        const float max_scroll_y = content - (geometry.height - geometry.axis_height);
        dragged = handle_timeline_input(view, mouse_canvas_x - geometry.header_width,
                                        geometry.track_width(), model.end_ns(), max_scroll_y);
    }
    TimelineFrame frame;
    build_timeline_frame(source, view, geometry, input.selected_task, frame);
    const bool was_drag = ImGui::GetIO().MouseDragMaxDistanceSqr[0] > 16.0f;
    TimelineCanvasStyle style;
    style.light = light;
    style.cursor_seq = input.cursor_seq;
    style.selected_task = input.selected_task;
    draw_timeline_frame(model, frame, origin.x, origin.y, style);

    if (hovered && !dragged) {
        result = timeline_pointer(model, frame, view, origin, light, released && !was_drag);
    }
    if (model.event_count() == 0) {
        ImGui::GetWindowDrawList()->AddText(ImVec2(origin.x + geometry.header_width + 10,
                                                   origin.y + geometry.axis_height + 6),
                                            col(ink_color(Ink::TextDim, light)), tr("timeline.no_run"));
    }
    ImGui::EndChild();
    return result;
}

}  // namespace loopscope::app
