#include "ui/code_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "model/code_marks.h"
#include "model/i18n.h"
#include "model/timeline_palette.h"

namespace loopscope::app {
namespace {

bool light_theme() { return ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x > 0.5f; }

ImU32 with_alpha(Rgba c, uint8_t alpha) {
    c.a = alpha;
    return pack_abgr(c);
}

ImU32 token_color(TokenKind kind, bool light) {
    switch (kind) {
        case TokenKind::Keyword: return light ? IM_COL32(0, 0, 180, 255) : IM_COL32(198, 120, 221, 255);
        case TokenKind::Builtin: return light ? IM_COL32(0, 110, 120, 255) : IM_COL32(86, 182, 194, 255);
        case TokenKind::String: return light ? IM_COL32(160, 20, 20, 255) : IM_COL32(152, 195, 121, 255);
        case TokenKind::Number: return light ? IM_COL32(9, 134, 88, 255) : IM_COL32(209, 154, 102, 255);
        case TokenKind::Comment: return light ? IM_COL32(0, 120, 0, 255) : IM_COL32(110, 118, 129, 255);
        case TokenKind::Decorator: return light ? IM_COL32(120, 80, 0, 255) : IM_COL32(229, 192, 123, 255);
        case TokenKind::DefName: return light ? IM_COL32(120, 60, 0, 255) : IM_COL32(97, 175, 239, 255);
        case TokenKind::Plain: break;
    }
    return ImGui::GetColorU32(ImGuiCol_Text);
}

void refresh_cache(CodeViewCache& cache, const std::string& text) {
    if (cache.valid && cache.text == text) return;
    cache.text = text;
    cache.lines.clear();
    std::string_view all(cache.text);
    size_t start = 0;
    while (start <= all.size()) {
        const size_t end = all.find('\n', start);
        if (end == std::string_view::npos) {
            if (start < all.size()) cache.lines.push_back(all.substr(start));
            break;
        }
        cache.lines.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    cache.spans = highlight_source(cache.text);
    cache.valid = true;
}

// The editor's std::string grows as the user types (ImGui's resize callback).
int resize_callback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

void draw_error_banner(const AppState& app) {
    if (!app.error) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.25f, 0.2f, 1));
    ImGui::TextWrapped("%s %d: %s", tr("code.error_at_line"), app.error->line, app.error->message.c_str());
    ImGui::PopStyleColor();
}

void draw_editor(AppState& app, UiState& ui, const FontSet& fonts) {
    draw_error_banner(app);
    ImGui::TextDisabled("%s", tr("code.edit_hint"));
    ImGui::PushFont(fonts.code);
    std::string& text = app.doc.text;
    if (text.capacity() < text.size() + 1) text.reserve(text.size() + 1);
    const bool changed = ImGui::InputTextMultiline(
        "##editor", text.data(), text.capacity() + 1, ImVec2(-1, -1),
        ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackResize, resize_callback, &text);
    ImGui::PopFont();
    if (changed) note_text_edited(app, ui.time_s);
}

const CodeMarksCache& marks_at_cursor(const AppState& app, CodeMarksCache& cache) {
    if (cache.valid && cache.model == app.model.get() && cache.seq == app.playback.seq && cache.file == app.file) {
        return cache;
    }
    cache = CodeMarksCache{};
    cache.model = app.model.get();
    cache.seq = app.playback.seq;
    cache.file = app.file;
    cache.valid = true;
    if (!app.model || app.model->event_count() == 0) return cache;
    const trace::TraceModel& m = *app.model;
    cache.running = running_line_at(m, app.playback.seq, app.file);
    const uint32_t running_task = running_task_at(m, app.playback.seq);
    for (GutterMark& mark : gutter_marks_at(m, app.playback.seq, app.file, running_task)) {
        cache.gutter[mark.line].push_back(std::move(mark));
    }
    return cache;
}

// The marker column between the line numbers and the code: per state of the tasks waiting on
// the line, a small bar in the timeline's colour for that state, then their count when several.
// Clipped to the column, so it never reaches the code at any zoom.
void draw_gutter_marks(ImDrawList* draw, const std::vector<GutterMark>& marks, ImVec2 at,
                       float width, float line_h, bool light) {
    const float font = ImGui::GetFontSize();
    draw->PushClipRect(at, ImVec2(at.x + width, at.y + line_h), true);
    float x = at.x;
    for (const GutterMark& mark : marks) {
        const Rgba fill = paint_color(paint_of(mark.state), light);
        const float bar_w = std::max(3.0f, std::floor(font * 0.3f));
        draw->AddRectFilled(ImVec2(x, at.y + line_h * 0.18f), ImVec2(x + bar_w, at.y + line_h * 0.82f),
                            with_alpha(fill, 255), bar_w * 0.4f);
        x += bar_w + 2;
        if (mark.count > 1) {
            const std::string count = std::to_string(mark.count);
            draw->AddText(ImVec2(x, at.y + (line_h - ImGui::GetTextLineHeight()) * 0.5f),
                          ImGui::GetColorU32(ImGuiCol_Text), count.c_str());
            x += ImGui::CalcTextSize(count.c_str()).x;
        }
        x += font * 0.3f;
    }
    draw->PopClipRect();
}

// Hovering a marked line: which tasks wait there, per state, with the state's colour.
void gutter_tooltip(const std::vector<GutterMark>& marks, bool light) {
    ImGui::BeginTooltip();
    ImGui::TextDisabled("%s", tr("code.waiting_here"));
    const float h = ImGui::GetTextLineHeight();
    for (const GutterMark& mark : marks) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + 2), ImVec2(at.x + h * 0.5f, at.y + h - 2),
                                                  with_alpha(paint_color(paint_of(mark.state), light), 255));
        ImGui::Dummy(ImVec2(h * 0.5f, h));
        ImGui::SameLine();
        ImGui::Text("%s (%d): %s", tr(paint_key(paint_of(mark.state))), mark.count, mark.names.c_str());
    }
    ImGui::EndTooltip();
}

void draw_viewer(AppState& app, UiState& ui, const FontSet& fonts) {
    draw_error_banner(app);
    refresh_cache(ui.code_cache, app.doc.text);
    const CodeViewCache& cache = ui.code_cache;
    const CodeMarksCache& marks = marks_at_cursor(app, ui.marks_cache);
    const bool light = light_theme();

    ImGui::BeginChild("##code", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PushFont(fonts.code);
    // Rows are exactly line_h apart (no item spacing), so the clipper and the scroll maths agree.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
    const float line_h = std::floor(ImGui::GetTextLineHeight() * 1.3f);
    const float text_dy = std::floor((line_h - ImGui::GetTextLineHeight()) * 0.5f);
    const int line_count = static_cast<int>(cache.lines.size());
    const float digits_w = ImGui::CalcTextSize(std::to_string(std::max(line_count, 99)).c_str()).x;
    // [numbers][marker column][code]: the column holds two states' bars with counts ("▌3 ▌2").
    const float marks_x = digits_w + ImGui::GetFontSize() * 0.4f;
    const float marks_w = ImGui::GetFontSize() * 2.2f;
    const float gutter_w = marks_x + marks_w;
    const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40);

    // Follow the running line when the cursor moves it: scroll until it is in view (the first
    // try can be clamped while the content height is still last frame's).
    if (marks.running > 0 && marks.running != ui.last_scrolled_line) {
        ui.last_scrolled_line = marks.running;
        ui.code_scroll_tries = 3;  // a few frames: the content height settles
    }
    if (ui.code_scroll_tries > 0 && marks.running > 0) {
        --ui.code_scroll_tries;
        const float y = (marks.running - 1) * line_h;
        const float top = ImGui::GetScrollY();
        const float visible = ImGui::GetWindowHeight() - ImGui::GetStyle().ScrollbarSize;
        if (y < top + line_h || y + 2 * line_h > top + visible) {  // keep a line of context
            ImGui::SetScrollY(std::max(0.0f, y - visible * 0.4f));
        }
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Rgba running_fill = paint_color(Paint::Running, light);
    ImGuiListClipper clipper;
    clipper.Begin(line_count, line_h);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const int line = i + 1;
            const ImVec2 row = ImGui::GetCursorScreenPos();
            ImGui::PushID(i);
            if (ImGui::InvisibleButton("##line", ImVec2(width, line_h))) select_line(app, line);
            const bool hovered = ImGui::IsItemHovered();
            ImGui::PopID();
            const ImVec2 row_end(row.x + width, row.y + line_h);
            if (line == marks.running) {
                draw->AddRectFilled(row, row_end, with_alpha(running_fill, light ? 90 : 70));
                draw->AddRectFilled(row, ImVec2(row.x + 4, row_end.y), with_alpha(running_fill, 255));
            } else if (hovered) {
                draw->AddRectFilled(row, row_end, ImGui::GetColorU32(ImGuiCol_HeaderHovered, 0.35f));
            }
            const bool error_line = app.error && app.error->line == line;
            if (error_line) {
                draw->AddRectFilled(row, row_end, IM_COL32(220, 40, 40, light ? 60 : 70));
                draw->AddCircleFilled(ImVec2(row.x + gutter_w - ImGui::GetFontSize() * 0.45f,
                                             row.y + line_h * 0.5f),
                                      ImGui::GetFontSize() * 0.28f, IM_COL32(230, 50, 40, 255));
            }
            char number[16];
            std::snprintf(number, sizeof number, "%*d", static_cast<int>(std::to_string(std::max(line_count, 99)).size()), line);
            draw->AddText(ImVec2(row.x, row.y + text_dy), ImGui::GetColorU32(ImGuiCol_TextDisabled), number);
            // The source, span by span.
            float x = row.x + gutter_w;
            const std::string_view text = cache.lines[i];
            const auto& spans = i < static_cast<int>(cache.spans.size()) ? cache.spans[i] : std::vector<Span>{};
            if (spans.empty()) {
                draw->AddText(ImVec2(x, row.y + text_dy), ImGui::GetColorU32(ImGuiCol_Text), text.data(), text.data() + text.size());
                x += ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
            }
            for (const Span& span : spans) {
                const char* b = text.data() + std::min<size_t>(span.begin, text.size());
                const char* e = text.data() + std::min<size_t>(span.end, text.size());
                draw->AddText(ImVec2(x, row.y + text_dy), token_color(span.kind, light), b, e);
                x += ImGui::CalcTextSize(b, e).x;
            }
            const auto waiting = marks.gutter.find(line);
            if (waiting != marks.gutter.end()) {
                draw_gutter_marks(draw, waiting->second, ImVec2(row.x + marks_x, row.y), marks_w, line_h, light);
            }
            if (hovered && waiting != marks.gutter.end()) {
                gutter_tooltip(waiting->second, light);
            } else if (hovered && error_line) ImGui::SetTooltip("%s", app.error->message.c_str());
            else if (hovered) ImGui::SetTooltip("%s", tr("code.click_hint"));
        }
    }
    clipper.End();
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::EndChild();
}

}  // namespace

void draw_code_panel(AppState& app, UiState& ui, const FontSet& fonts) {
    if (app.doc.kind == DocumentKind::None) {
        ImGui::TextDisabled("%s", tr("code.none"));
        return;
    }
    if (app.restore_offer) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.65f, 0.1f, 1));
        ImGui::TextWrapped("%s", tr("code.restore_offer"));
        ImGui::PopStyleColor();
        if (ImGui::Button(tr("code.restore"))) accept_restore(app);
        ImGui::SameLine();
        if (ImGui::Button(tr("code.discard"))) discard_restore(app);
    }
    if (app.editing) {
        draw_editor(app, ui, fonts);
    } else {
        draw_viewer(app, ui, fonts);
    }
}

}  // namespace loopscope::app
