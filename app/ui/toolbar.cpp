#include "ui/toolbar.h"

#include <imgui.h>

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "model/i18n.h"
#include "model/playback.h"
#include "model/svg_export.h"

namespace loopscope::app {
namespace {

constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0};

void separator() {
    ImGui::SameLine();
    ImGui::TextDisabled("|");
    ImGui::SameLine();
}

void draw_file_buttons(AppState& app, UiState& ui) {
    if (ImGui::Button(tr("toolbar.open"))) ui.open_dialog.open_requested = true;
    ImGui::SameLine();
    if (ImGui::Button(tr("toolbar.recent"))) ImGui::OpenPopup("recent");
    if (ImGui::BeginPopup("recent")) {
        if (app.settings.recent_files.empty()) ImGui::TextDisabled("%s", tr("toolbar.recent_none"));
        std::string chosen;
        for (const std::string& path : app.settings.recent_files) {
            if (ImGui::Selectable(path.c_str())) chosen = path;
        }
        ImGui::EndPopup();
        if (!chosen.empty()) open_path(app, chosen);  // after the loop: it edits the list
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(app.doc.kind != DocumentKind::Program || !app.doc.dirty());
    if (ImGui::Button(tr("toolbar.save"))) save_document(app);
    ImGui::EndDisabled();
}

void draw_run_buttons(AppState& app) {
    const bool can_run = app.doc.kind == DocumentKind::Program || app.doc.kind == DocumentKind::Lesson;
    ImGui::BeginDisabled(!can_run);
    if (ImGui::Button(tr("toolbar.run"))) rerun(app);
    ImGui::EndDisabled();
    if (app.worker.running()) {
        ImGui::SameLine();
        if (ImGui::Button(tr("toolbar.cancel"))) app.worker.cancel();
        ImGui::SameLine();
        // A spinner-free progress line: steps so far (the run has no known end).
        ImGui::Text("%s %.1fM", tr("toolbar.running"), app.worker.progress_steps() / 1e6);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!can_run || app.mode == ViewMode::Compare);
    ImGui::Checkbox(tr("toolbar.edit"), &app.editing);
    ImGui::EndDisabled();
}

void draw_view_buttons(AppState& app, UiState& ui) {
    ImGui::BeginDisabled(app.compare.runs.empty());
    bool compare = app.mode == ViewMode::Compare;
    if (ImGui::Checkbox(tr("toolbar.compare"), &compare)) {
        app.mode = compare ? ViewMode::Compare : ViewMode::Main;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!app.model || app.mode != ViewMode::Main);
    if (ImGui::Button(tr("toolbar.export_png"))) {
        std::string stem = std::filesystem::path(app.doc.title).stem().string();
        ui.export_png_path = (stem.empty() ? "timeline" : stem) + "-timeline.png";
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("toolbar.export_svg"))) {
        std::string stem = std::filesystem::path(app.doc.title).stem().string();
        const std::string path = (stem.empty() ? "timeline" : stem) + "-timeline.svg";
        SvgOptions options;
        options.title = app.doc.title;
        options.light = true;
        options.cursor_seq = app.playback.seq;
        options.cursor_ns = app.model->trace().events.empty() ? 0 : app.model->trace().events[app.playback.seq].t_ns;
        options.selected_task = app.selected_task;
        std::string error;
        app.status = write_timeline_svg(*app.model, path, options, error)
                         ? std::string(tr("status.exported")) + " " + path
                         : error;
    }
    ImGui::EndDisabled();
}

void draw_settings_buttons(AppState& app, UiState& ui) {
    const Lang current = language();
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("English").x + ImGui::GetFrameHeight() * 1.6f);
    if (ImGui::BeginCombo("##lang", tr("lang.name"))) {
        for (Lang lang : {Lang::En, Lang::Zh}) {
            if (ImGui::Selectable(tr(lang, "lang.name"), lang == current)) {
                set_language(lang);
                app.settings.language = lang_code(lang);
                if (app.lesson >= 0) {
                    app.doc.title = app.lessons[app.lesson].variants[app.variant].title.in(lang);
                }
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::Checkbox(tr("toolbar.presenter"), &app.settings.presenter)) ui.fonts_dirty = true;
    ImGui::SameLine();
    if (ImGui::Button("-")) {
        app.settings.zoom = zoom_out(app.settings.zoom);
        ui.fonts_dirty = true;
    }
    ImGui::SameLine();
    ImGui::Text("%d%%", static_cast<int>(app.settings.zoom * 100 + 0.5f));
    ImGui::SameLine();
    if (ImGui::Button("+")) {
        app.settings.zoom = zoom_in(app.settings.zoom);
        ui.fonts_dirty = true;
    }
}

void draw_speed_combo(Playback& p) {
    char label[16];
    std::snprintf(label, sizeof label, "%gx", p.speed);
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("0.25x").x + ImGui::GetFrameHeight() * 1.6f);
    if (ImGui::BeginCombo("##speed", label)) {
        for (double speed : kSpeeds) {
            std::snprintf(label, sizeof label, "%gx", speed);
            if (ImGui::Selectable(label, speed == p.speed)) p.speed = speed;
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("toolbar.speed"));
}

void draw_playback_row(AppState& app, UiState& ui) {
    if (app.mode == ViewMode::Compare) {
        ImGui::TextDisabled("%s", app.worker.running() ? tr("toolbar.running") : tr("compare.summary"));
        return;
    }
    if (!app.model || app.model->event_count() == 0) {
        ImGui::TextDisabled("%s", app.worker.running() ? tr("toolbar.running") : tr("toolbar.no_run"));
        return;
    }
    const trace::TraceModel& m = *app.model;
    Playback& p = app.playback;
    if (ImGui::Button("|<")) go_home(p, m);
    ImGui::SameLine();
    if (ImGui::Button("<")) step_back(p, m);
    ImGui::SameLine();
    if (ImGui::Button(p.playing ? tr("toolbar.pause") : tr("toolbar.play"))) toggle_play(p, m);
    ImGui::SameLine();
    if (ImGui::Button(">")) step_forward(p, m);
    ImGui::SameLine();
    if (ImGui::Button(">|")) go_end(p, m);
    ImGui::SameLine();
    draw_speed_combo(p);
    ImGui::SameLine();

    const uint64_t last = m.event_count() - 1;
    const double t_s = static_cast<double>(m.trace().events[p.seq].t_ns) / 1e9;
    const float jump_width = ImGui::CalcTextSize("00000.000").x + ImGui::GetStyle().FramePadding.x * 2;
    const float info_width = ImGui::CalcTextSize("t = 00000.000000 s").x;
    ImGui::SetNextItemWidth(std::max(80.0f, ImGui::GetContentRegionAvail().x - jump_width -
                                                info_width - ImGui::GetFontSize() * 4));
    uint64_t seq = p.seq;
    const uint64_t zero = 0;
    char format[64];
    std::snprintf(format, sizeof format, "%s %%llu / %" PRIu64, tr("toolbar.event"), last);
    if (ImGui::SliderScalar("##scrub", ImGuiDataType_U64, &seq, &zero, &last, format)) {
        p.seq = seq;
        p.playing = false;
    }
    ImGui::SameLine();
    ImGui::Text("t = %.6f s", t_s);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(jump_width);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s", ui.jump_time_input.c_str());
    if (ImGui::InputTextWithHint("##jump", tr("toolbar.jump_hint"), buffer, sizeof buffer,
                                 ImGuiInputTextFlags_EnterReturnsTrue |
                                     ImGuiInputTextFlags_CharsScientific)) {
        const double seconds = std::strtod(buffer, nullptr);
        if (seconds >= 0) jump_to_time(p, m, static_cast<uint64_t>(seconds * 1e9));
    }
    ui.jump_time_input = buffer;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("toolbar.jump"));
}

}  // namespace

float toolbar_height() {
    const ImGuiStyle& style = ImGui::GetStyle();
    return ImGui::GetFrameHeight() * 2 + style.ItemSpacing.y + style.WindowPadding.y * 2;
}

void draw_toolbar(AppState& app, UiState& ui) {
    draw_file_buttons(app, ui);
    separator();
    draw_run_buttons(app);
    separator();
    draw_view_buttons(app, ui);
    separator();
    draw_settings_buttons(app, ui);
    if (!app.doc.title.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s%s", app.doc.title.c_str(), app.doc.dirty() ? " *" : "");
    }
    draw_playback_row(app, ui);
}

}  // namespace loopscope::app
