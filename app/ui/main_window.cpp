#include "ui/main_window.h"

#include <imgui.h>

#include <string>
#include <vector>

#include "model/i18n.h"
#include "model/layout.h"
#include "model/playback.h"
#include "ui/browser_panel.h"
#include "ui/code_panel.h"
#include "ui/console_panel.h"
#include "ui/loop_panel.h"
#include "ui/narration_panel.h"
#include "ui/open_dialog.h"
#include "ui/parameters_panel.h"
#include "ui/playback_keys.h"
#include "ui/timeline_panel.h"
#include "ui/toolbar.h"

namespace loopscope::app {
namespace {

constexpr ImGuiWindowFlags kHostFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;

// A child region at `rect` (window-local coordinates) with a border.
bool begin_panel(const char* id, const Rect& rect, ImGuiWindowFlags flags = 0) {
    ImGui::SetCursorPos(ImVec2(rect.x, rect.y));
    return ImGui::BeginChild(id, ImVec2(std::max(1.0f, rect.w), std::max(1.0f, rect.h)), true, flags);
}

void draw_splitter(const char* id, Splitter splitter, const Rect& rect, bool vertical,
                   const PanelRects& rects, AppState& app, UiState& ui) {
    if (rect.w <= 0 || rect.h <= 0) return;
    ImGui::SetCursorPos(ImVec2(rect.x, rect.y));
    ImGui::InvisibleButton(id, ImVec2(rect.w, rect.h));
    const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
    if (hot) ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
    if (ImGui::IsItemActive()) {
        const ImVec2 origin = ImGui::GetWindowPos();
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        set_fraction(app.settings.splits, splitter,
                     dragged_fraction(splitter, rects, mouse.x - origin.x, mouse.y - origin.y));
        ui.dragging = splitter;
    }
    if (hot) {
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_SeparatorHovered));
    }
}

void draw_timeline_area(AppState& app, UiState& ui) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::GetContentRegionAvail();
    ui.timeline_rect = {pos.x, pos.y, size.x, size.y};
    if (!app.model || app.model->event_count() == 0) {
        ImGui::TextDisabled("%s", app.worker.running() ? tr("toolbar.running") : tr("timeline.no_run"));
        return;
    }
    TimelineFrameInput input{app.playback.seq, app.selected_task};
    const TimelineFrameResult result = draw_timeline(*app.model, app.timeline, input);
    if (result.seek) {
        app.playback.seq = std::min<uint64_t>(result.seek_seq, app.model->event_count() - 1);
        app.playback.playing = false;
    }
    if (result.select) app.selected_task = result.select_task;
}

void draw_compare_area(AppState& app) {
    if (app.worker.running()) {
        ImGui::TextDisabled("%s", tr("toolbar.running"));
        return;
    }
    // One entry per run, in order (so an entry's index is its run's). The run on show (clicked)
    // has the cursor as its playhead and the selection; the others end at their last event.
    std::vector<CompareEntry> entries;
    for (size_t i = 0; i < app.compare.runs.size(); ++i) {
        const ComparedRun& run = app.compare.runs[i];
        CompareEntry entry{run.title.in(language()), run.model.get()};
        const uint64_t n = run.model ? run.model->event_count() : 0;
        entry.cursor_seq = n > 0 ? n - 1 : trace::kNoSeq;
        if (static_cast<int>(i) == app.compare_run && app.model == run.model) {
            entry.cursor_seq = app.playback.seq;
            entry.selected_task = app.selected_task;
        }
        entries.push_back(std::move(entry));
    }
    const CompareFrameResult click = draw_compare(entries, app.compare_view);
    if (click.run < 0) return;
    const ComparedRun& run = app.compare.runs[static_cast<size_t>(click.run)];
    const bool same_run = click.run == app.compare_run && app.model == run.model;
    const uint64_t seq = click.timeline.seek ? click.timeline.seek_seq
                         : same_run          ? app.playback.seq
                                             : entries[static_cast<size_t>(click.run)].cursor_seq;
    const uint32_t task = click.timeline.select ? click.timeline.select_task
                          : same_run            ? app.selected_task
                                                : 0;
    show_compared_run(app, click.run, seq, task);
}

// In the compare view the bottom strip lists the runs: total virtual time and outcome.
void draw_compare_summary(AppState& app) {
    draw_parameters(app);
    ImGui::TextDisabled("%s", tr("compare.summary"));
    if (!ImGui::BeginTable("##compare_summary", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn(tr("compare.program"));
    ImGui::TableSetupColumn(tr("compare.total"));
    ImGui::TableSetupColumn(tr("compare.outcome"));
    ImGui::TableHeadersRow();
    for (const ComparedRun& run : app.compare.runs) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(run.title.in(language()).c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%.3f s", static_cast<double>(run.total_ns) / 1e9);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(run.error.empty() ? tr("compare.ok") : run.error.c_str());
    }
    ImGui::EndTable();
}

void draw_status(AppState& app) {
    if (app.status.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.35f, 0.3f, 1));
    ImGui::TextWrapped("%s", app.status.c_str());
    ImGui::PopStyleColor();
    if (ImGui::SmallButton(tr("status.dismiss"))) app.status.clear();
}

void draw_panels(AppState& app, UiState& ui, const FontSet& fonts, const PanelRects& r) {
    if (begin_panel("##toolbar", r.toolbar, ImGuiWindowFlags_NoScrollbar)) draw_toolbar(app, ui);
    ImGui::EndChild();
    if (begin_panel("##browser", r.browser)) draw_browser_panel(app);
    ImGui::EndChild();
    if (begin_panel("##code", r.code, ImGuiWindowFlags_NoScrollbar)) draw_code_panel(app, ui, fonts);
    ImGui::EndChild();
    if (app.mode == ViewMode::Compare) {
        // The compare view takes the timeline's and the loop panel's room.
        const Rect wide{r.timeline.x, r.timeline.y, r.loop.right() - r.timeline.x, r.timeline.h};
        if (begin_panel("##compare", wide, ImGuiWindowFlags_NoScrollbar)) draw_compare_area(app);
        ImGui::EndChild();
        const Rect bottom{r.console.x, r.console.y, r.narration.right() - r.console.x, r.console.h};
        if (begin_panel("##summary", bottom)) {
            draw_status(app);
            draw_compare_summary(app);
        }
        ImGui::EndChild();
        return;
    }
    if (begin_panel("##timeline", r.timeline, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse)) {
        draw_timeline_area(app, ui);
    }
    ImGui::EndChild();
    if (begin_panel("##loop", r.loop)) draw_loop_panel(app);
    ImGui::EndChild();
    if (begin_panel("##console", r.console, ImGuiWindowFlags_NoScrollbar)) {
        draw_status(app);
        draw_console_panel(app, ui);
    }
    ImGui::EndChild();
    if (begin_panel("##narration", r.narration, ImGuiWindowFlags_NoScrollbar)) draw_narration_panel(app);
    ImGui::EndChild();
}

}  // namespace

void update_app(AppState& app, UiState& ui, double now_s, double dt_s) {
    ui.time_s = now_s;
    poll_worker(app);
    for (const std::string& path : ui.dropped_paths) open_path(app, path);
    ui.dropped_paths.clear();
    autosave_tick(app, now_s);
    if (app.model && app.playback.playing) advance(app.playback, *app.model, dt_s);
}

void draw_main_window(AppState& app, UiState& ui, const FontSet& fonts) {
    handle_keys(app, ui);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("loopscope", nullptr, kHostFlags);
    ImGui::PopStyleVar(2);

    LayoutMinimums minimums;
    const float scale = ImGui::GetFontSize() / 17.0f;  // minimums grow with the zoom
    for (float* v : {&minimums.left, &minimums.centre, &minimums.right, &minimums.browser, &minimums.code,
                     &minimums.top, &minimums.bottom, &minimums.console, &minimums.narration}) {
        *v *= scale;
    }
    const PanelRects rects = compute_layout(viewport->WorkSize.x, viewport->WorkSize.y, toolbar_height(),
                                            app.settings.splits, minimums);
    draw_panels(app, ui, fonts, rects);
    ui.dragging.reset();
    draw_splitter("##split_left", Splitter::Left, rects.split_left, true, rects, app, ui);
    draw_splitter("##split_browser", Splitter::Browser, rects.split_browser, false, rects, app, ui);
    draw_splitter("##split_bottom", Splitter::Bottom, rects.split_bottom, false, rects, app, ui);
    if (app.mode == ViewMode::Main) {
        draw_splitter("##split_right", Splitter::Right, rects.split_right, true, rects, app, ui);
        draw_splitter("##split_console", Splitter::Console, rects.split_console, true, rects, app, ui);
    }
    draw_open_dialog(app, ui.open_dialog);
    ImGui::End();
}

}  // namespace loopscope::app
