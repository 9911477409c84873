#include "ui/parameters_panel.h"

#include <imgui.h>

#include <cmath>

#include "model/i18n.h"

namespace loopscope::app {

void draw_parameters(AppState& app) {
    if (app.lesson < 0 || app.lessons[app.lesson].parameters.empty()) return;
    Lesson& lesson = app.lessons[app.lesson];
    bool changed = false;
    for (size_t i = 0; i < lesson.parameters.size(); ++i) {
        LessonParameter& p = lesson.parameters[i];
        ImGui::PushID(static_cast<int>(i));
        float value = static_cast<float>(p.value);
        ImGui::TextUnformatted(p.label.in(language()).c_str());
        ImGui::SameLine();
        ImGui::SetNextItemWidth(std::max(80.0f, ImGui::GetContentRegionAvail().x));
        if (ImGui::SliderFloat("##value", &value, static_cast<float>(p.min), static_cast<float>(p.max), "%g")) {
            // Snap to the parameter's step, as the lesson file defines it.
            double snapped = p.step > 0 ? p.min + std::round((value - p.min) / p.step) * p.step : value;
            p.value = std::fmin(p.max, std::fmax(p.min, snapped));
        }
        changed |= ImGui::IsItemDeactivatedAfterEdit();
        ImGui::PopID();
    }
    if (changed) open_lesson(app, app.lesson, app.variant);  // run again with the new values
}

}  // namespace loopscope::app
