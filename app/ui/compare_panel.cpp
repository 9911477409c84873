// The compare view: 2-4 runs of variants of one program on one shared time axis. The axis row
// stays on top; under it, per run, a block: its title, a bar of its total virtual time with the
// number on it, and its task lanes at a readable height with their titles ("Task-2 · make"),
// so "sequential await vs create_task vs gather vs TaskGroup" reads lane by lane. The blocks
// scroll vertically (a real scrollbar) when they do not all fit; the wheel zooms time over the
// tracks and scrolls over the titles, as in the timeline. Hover shows the timeline's tooltips;
// a click reports which run and what was clicked, the caller shows that run.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "model/i18n.h"
#include "model/timeline_axis.h"
#include "model/timeline_layout.h"
#include "model/timeline_palette.h"
#include "ui/timeline_panel.h"

namespace loopscope::app {
namespace {

ImU32 col(Rgba c) { return pack_abgr(c); }

// Sizes of one frame of the view, all from the font size, so they follow the UI zoom.
struct CompareMetrics {
    float axis_h = 0, title_h = 0, bar_h = 0, lane_h = 0, gap = 0;
    float width = 0, header_w = 0;
    float track_w() const { return std::max(1.0f, width - header_w); }
};

CompareMetrics compare_metrics(float width) {
    const float font = ImGui::GetFontSize();
    CompareMetrics m;
    m.axis_h = font + 10;
    m.title_h = font + 8;
    m.bar_h = font + 6;
    // A lane holds a line of text (its title, a label in its bars): 23 px at 100%, never < 14.
    m.lane_h = std::max(14.0f, font + 6);
    m.gap = std::max(6.0f, font * 0.5f);
    m.width = std::max(width, 50.0f);
    // Wide enough for "Task-12 · prepare_toast" at any zoom, never more than 40% of the view.
    m.header_w = std::min(std::max(m.width * 0.2f, font * 9), m.width * 0.4f);
    return m;
}

void draw_total_bar(const CompareEntry& entry, const TimelineView& view, const CompareMetrics& m,
                    ImVec2 at, bool light) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = m.bar_h;
    const uint64_t total = entry.model ? entry.model->end_ns() : 0;
    const float x0 = std::max(0.0f, x_of_time(view, 0, m.track_w()));
    const float x1 = std::min(m.track_w(), x_of_time(view, double(total), m.track_w()));
    dl->AddText(ImVec2(at.x + 4, at.y + (h - ImGui::GetFontSize()) / 2),
                col(ink_color(Ink::TextDim, light)), tr("compare.total"));
    const float bx = at.x + m.header_w;
    if (x1 > x0) {
        dl->AddRectFilled(ImVec2(bx + x0, at.y + 2), ImVec2(bx + x1, at.y + h - 2),
                          col(ink_color(Ink::TotalBar, light)));
    }
    const std::string text = format_duration(double(total));
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    // The number sits inside the bar's end when it fits, else just after it.
    const bool inside = x1 - x0 > size.x + 8;
    const float tx = inside ? bx + x1 - size.x - 4 : bx + std::max(x1, 0.0f) + 4;
    const Rgba ink = inside ? text_on(ink_color(Ink::TotalBar, light)) : ink_color(Ink::Text, light);
    dl->AddText(ImVec2(tx, at.y + (h - size.y) / 2), col(ink), text.c_str());
}

// The shared time axis: a frame with no lanes draws just the ticks.
void draw_axis(const trace::TraceModel& any_model, const TimelineView& view,
               const CompareMetrics& m, ImVec2 at, bool light) {
    FrameGeometry g;
    g.width = m.width;
    g.height = m.axis_h;
    g.axis_height = m.axis_h;
    g.header_width = m.header_w;
    TimelineFrame frame;
    build_timeline_frame(TimelineSource{}, view, g, 0, frame);
    TimelineCanvasStyle style;
    style.light = light;
    draw_timeline_frame(any_model, frame, at.x, at.y, style);
}

// One run's block at screen `at` (its top-left corner): title, total bar, lanes. Returns the
// click on its lanes, if any. `lanes` is the run's lane layout at m.lane_h.
TimelineFrameResult draw_run_block(const CompareEntry& e, const TimelineSource& source,
                                   float lanes_h, TimelineView& shared_view,
                                   const CompareMetrics& m, ImVec2 at, bool light, bool hovered,
                                   bool clicked) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(ImVec2(at.x + 4, at.y + (m.title_h - ImGui::GetFontSize()) / 2),
                col(ink_color(Ink::Text, light)), e.title.c_str());
    draw_total_bar(e, shared_view, m, ImVec2(at.x, at.y + m.title_h), light);

    TimelineView view = shared_view;  // same time window, lanes unscrolled and compare-sized
    view.lane_height = m.lane_h;
    view.scroll_y = 0;
    FrameGeometry g;
    g.width = m.width;
    g.header_width = m.header_w;
    g.axis_height = 0;
    g.height = lanes_h;
    TimelineFrame frame;
    build_timeline_frame(source, view, g, e.selected_task, frame);
    TimelineCanvasStyle style;
    style.light = light;
    style.axis = false;
    style.cursor_seq = e.cursor_seq;
    style.selected_task = e.selected_task;
    const ImVec2 lanes_at(at.x, at.y + m.title_h + m.bar_h);
    draw_timeline_frame(*e.model, frame, lanes_at.x, lanes_at.y, style);

    const float mouse_y = ImGui::GetIO().MousePos.y;
    if (!hovered || mouse_y < lanes_at.y || mouse_y >= lanes_at.y + lanes_h) return {};
    return timeline_pointer(*e.model, frame, shared_view, lanes_at, light, clicked);
}

}  // namespace

CompareFrameResult draw_compare(std::span<const CompareEntry> entries, TimelineView& shared_view) {
    CompareFrameResult result;
    ImGui::BeginChild("##compare", ImVec2(0, 0), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const bool light = timeline_light_theme();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float scrollbar_w = ImGui::GetStyle().ScrollbarSize;
    const CompareMetrics m = compare_metrics(avail.x - scrollbar_w);

    uint64_t longest = 0;
    const trace::TraceModel* first = nullptr;
    for (const CompareEntry& e : entries) {
        if (!e.model) continue;
        longest = std::max(longest, e.model->end_ns());
        if (!first) first = e.model;
    }
    if (!first) {
        ImGui::TextDisabled("%s", tr("compare.none"));
        ImGui::EndChild();
        return result;
    }
    if (!shared_view.fitted) fit(shared_view, longest);
    draw_axis(*first, shared_view, m, origin, light);

    // The runs, scrolled under the axis. The scrollbar is always there, so the tracks keep the
    // axis' width whether or not the runs fit.
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + m.axis_h));
    ImGui::BeginChild("##compare_runs", ImVec2(avail.x, std::max(20.0f, avail.y - m.axis_h)), false,
                      ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_AlwaysVerticalScrollbar);
    const ImGuiIO& io = ImGui::GetIO();
    const bool was_drag = io.MouseDragMaxDistanceSqr[0] > 16.0f;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    float y = top.y;
    for (size_t k = 0; k < entries.size(); ++k) {
        const CompareEntry& e = entries[k];
        if (!e.model) continue;
        const TimelineSource source = timeline_source(*e.model);
        const float lanes_h = lanes_height(layout_lanes(source.tasks, shared_view.collapsed, m.lane_h));
        const float block_h = m.title_h + m.bar_h + lanes_h + m.gap;
        ImGui::SetCursorScreenPos(ImVec2(top.x, y));
        ImGui::PushID(static_cast<int>(k));
        ImGui::InvisibleButton("##run", ImVec2(m.width, block_h));
        ImGui::PopID();
        const bool hovered = ImGui::IsItemHovered();
        const bool clicked = ImGui::IsItemDeactivated() && !was_drag;
        if (hovered || ImGui::IsItemActive()) {
            // Wheel/drag scroll the runs: the child's scroll is the view's scroll_y for a moment.
            shared_view.scroll_y = ImGui::GetScrollY();
            handle_timeline_input(shared_view, io.MousePos.x - top.x - m.header_w, m.track_w(),
                                  longest, ImGui::GetScrollMaxY());
            if (shared_view.scroll_y != ImGui::GetScrollY()) ImGui::SetScrollY(shared_view.scroll_y);
        }
        if (ImGui::IsItemVisible()) {
            const TimelineFrameResult click = draw_run_block(e, source, lanes_h, shared_view, m,
                                                             ImVec2(top.x, y), light, hovered, clicked);
            if (click.seek || click.select) result = {static_cast<int>(k), click};
            const float line_y = y + block_h - m.gap / 2;
            ImGui::GetWindowDrawList()->AddLine(ImVec2(top.x, line_y), ImVec2(top.x + m.width, line_y),
                                                col(ink_color(Ink::Grid, light)), 2.0f);
        }
        y += block_h;
    }
    ImGui::SetCursorScreenPos(ImVec2(top.x, y));
    ImGui::Dummy(ImVec2(1, 1));  // the content's end, for the scrollbar
    ImGui::EndChild();
    ImGui::EndChild();
    return result;
}

}  // namespace loopscope::app
