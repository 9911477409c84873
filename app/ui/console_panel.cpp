#include "ui/console_panel.h"

#include <imgui.h>

#include "model/i18n.h"

namespace loopscope::app {
namespace {

using Stream = trace::ConsoleEntry::Stream;

// Appends `text` to the lines: continues the last line while it has no newline yet and the
// stream is the same.
void append_text(ConsoleCache& cache, uint8_t stream, uint64_t seq, std::string_view text, bool& open_line) {
    size_t start = 0;
    while (start < text.size()) {
        const size_t newline = text.find('\n', start);
        const std::string_view piece =
            text.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start);
        if (open_line && !cache.lines.empty() && cache.lines.back().stream == stream) {
            cache.lines.back().text += piece;
        } else {
            cache.lines.push_back({stream, seq, std::string(piece)});
        }
        open_line = newline == std::string_view::npos;
        if (newline == std::string_view::npos) break;
        start = newline + 1;
    }
}

void rebuild(ConsoleCache& cache, const AppState& app) {
    cache.model = app.model.get();
    cache.lines.clear();
    cache.lines_through.assign(1, 0);
    cache.extra_stderr.clear();
    bool open_line = false;
    bool trace_has_stderr = false;
    if (app.model) {
        for (const trace::ConsoleEntry& entry : app.model->console()) {
            append_text(cache, static_cast<uint8_t>(entry.stream), entry.seq, entry.text, open_line);
            cache.lines_through.push_back(cache.lines.size());
            trace_has_stderr |= entry.stream != Stream::Stdout;
        }
    }
    // A syntax error (or an engine message) never reached the trace: show the run's stderr.
    if (!trace_has_stderr) cache.extra_stderr = app.result.stderr_text;
}

ImVec4 stream_color(uint8_t stream) {
    const bool light = ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x > 0.5f;
    if (stream == static_cast<uint8_t>(Stream::Warning)) {
        return light ? ImVec4(0.65f, 0.35f, 0.0f, 1) : ImVec4(1.0f, 0.75f, 0.2f, 1);
    }
    if (stream == static_cast<uint8_t>(Stream::Stderr)) {
        return light ? ImVec4(0.75f, 0.0f, 0.0f, 1) : ImVec4(1.0f, 0.45f, 0.4f, 1);
    }
    return ImGui::GetStyle().Colors[ImGuiCol_Text];
}

}  // namespace

void draw_console_panel(AppState& app, UiState& ui) {
    ConsoleCache& cache = ui.console_cache;
    if (cache.model != app.model.get() || cache.lines_through.empty()) rebuild(cache, app);
    ImGui::TextDisabled("%s", tr("console.title"));
    if (app.worker.running()) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%s)", tr("toolbar.running"));
    }
    if (app.cancelled) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%s)", tr("console.cancelled"));
    }
    ImGui::BeginChild("##console", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    size_t entries = 0;
    bool at_end = true;
    if (app.model && app.model->event_count() > 0) {
        entries = app.model->console_count_at(app.playback.seq);
        at_end = app.playback.seq + 1 >= app.model->event_count();
    }
    const size_t visible = cache.lines_through[std::min(entries, cache.lines_through.size() - 1)];
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(visible));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ConsoleLine& line = cache.lines[i];
            ImGui::PushStyleColor(ImGuiCol_Text, stream_color(line.stream));
            if (line.stream == static_cast<uint8_t>(Stream::Warning)) {
                ImGui::PushID(i);
                if (ImGui::Selectable(line.text.empty() ? " " : line.text.c_str(), false)) {
                    app.playback.seq = line.seq;
                    app.playback.playing = false;
                }
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("console.jump_hint"));
                ImGui::PopID();
            } else {
                ImGui::TextUnformatted(line.text.c_str());
            }
            ImGui::PopStyleColor();
        }
    }
    clipper.End();
    if (at_end && !cache.extra_stderr.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, stream_color(static_cast<uint8_t>(Stream::Stderr)));
        ImGui::TextUnformatted(cache.extra_stderr.c_str());
        ImGui::PopStyleColor();
    }
    // Keep the newest output in view as the cursor moves forward.
    if (visible != cache.last_visible) {
        cache.last_visible = visible;
        ImGui::SetScrollHereY(1.0f);
    }
    ImGui::EndChild();
}

}  // namespace loopscope::app
