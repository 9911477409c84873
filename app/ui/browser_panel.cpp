#include "ui/browser_panel.h"

#include <imgui.h>

#include <filesystem>

#include "model/i18n.h"

namespace loopscope::app {
namespace {

void description_tooltip(const Text& text) {
    if (!ImGui::IsItemHovered()) return;
    const std::string& body = text.in(language());
    if (body.empty()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextUnformatted(body.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void draw_lessons(AppState& app) {
    const Lang lang = language();
    for (size_t i = 0; i < app.lessons.size(); ++i) {
        const Lesson& lesson = app.lessons[i];
        const bool open_now = app.lesson == static_cast<int>(i);
        ImGui::PushID(static_cast<int>(i));
        const std::string label = lesson.title.in(lang) + (lesson.compare ? "  ⇆" : "");
        if (lesson.compare || lesson.variants.size() <= 1) {
            if (ImGui::Selectable(label.c_str(), open_now)) open_lesson(app, static_cast<int>(i), 0);
            description_tooltip(lesson.description);
        } else {
            ImGui::SetNextItemOpen(open_now, ImGuiCond_Once);
            const bool expanded = ImGui::TreeNodeEx(label.c_str(), open_now ? ImGuiTreeNodeFlags_Selected : 0);
            description_tooltip(lesson.description);
            if (expanded) {
                for (size_t v = 0; v < lesson.variants.size(); ++v) {
                    const LessonVariant& variant = lesson.variants[v];
                    const bool selected = open_now && app.variant == static_cast<int>(v);
                    if (ImGui::Selectable(variant.title.in(lang).c_str(), selected)) {
                        open_lesson(app, static_cast<int>(i), static_cast<int>(v));
                    }
                    description_tooltip(variant.description);
                }
                ImGui::TreePop();
            }
        }
        ImGui::PopID();
    }
    for (const LessonError& e : app.lesson_errors) {
        ImGui::TextColored(ImVec4(0.9f, 0.4f, 0.3f, 1), "%s: %s",
                           std::filesystem::path(e.file).parent_path().filename().c_str(),
                           e.message.c_str());
    }
}

}  // namespace

void draw_browser_panel(AppState& app) {
    ImGui::TextDisabled("%s", tr("browser.lessons"));
    if (app.lessons.empty()) ImGui::TextDisabled("%s", tr("browser.no_lessons"));
    draw_lessons(app);
    if (!app.settings.recent_files.empty()) {
        ImGui::Spacing();
        ImGui::TextDisabled("%s", tr("browser.recent"));
        std::string chosen;
        for (const std::string& path : app.settings.recent_files) {
            const std::string name = std::filesystem::path(path).filename().string();
            ImGui::PushID(path.c_str());
            if (ImGui::Selectable(name.c_str(), path == app.doc.key)) chosen = path;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", path.c_str());
            ImGui::PopID();
        }
        if (!chosen.empty()) open_path(app, chosen);
    }
}

}  // namespace loopscope::app
