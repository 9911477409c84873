#include "ui/narration_panel.h"

#include <imgui.h>

#include "model/i18n.h"
#include "ui/parameters_panel.h"

namespace loopscope::app {
namespace {

void draw_question(AppState& app, int index) {
    const Lesson& lesson = app.lessons[app.lesson];
    const Question& q = lesson.questions[index];
    const Lang lang = language();
    ImGui::Separator();
    ImGui::TextColored(ImVec4(0.35f, 0.6f, 1.0f, 1), "%s", tr("narration.predict"));
    ImGui::TextWrapped("%s", q.prompt.in(lang).c_str());
    int& answer = app.answers[index];
    for (size_t c = 0; c < q.choices.size(); ++c) {
        ImGui::PushID(static_cast<int>(c));
        const bool chosen = answer == static_cast<int>(c);
        if (ImGui::RadioButton(q.choices[c].in(lang).c_str(), chosen) && answer < 0) {
            answer = static_cast<int>(c);
        }
        ImGui::PopID();
    }
    if (answer < 0) {
        ImGui::TextDisabled("%s", tr("narration.choose"));
        return;
    }
    const bool right = answer == q.answer;
    ImGui::TextColored(right ? ImVec4(0.2f, 0.7f, 0.3f, 1) : ImVec4(0.9f, 0.35f, 0.3f, 1), "%s",
                       right ? tr("narration.right") : tr("narration.wrong"));
    ImGui::TextWrapped("%s", q.explanation.in(lang).c_str());
}

}  // namespace

void draw_narration_panel(AppState& app) {
    ImGui::TextDisabled("%s", tr("narration.title"));
    ImGui::BeginChild("##narration");
    if (app.lesson < 0) {
        ImGui::TextWrapped("%s", tr("narration.no_lesson"));
        ImGui::EndChild();
        return;
    }
    draw_parameters(app);
    const Lesson& lesson = app.lessons[app.lesson];
    const Lang lang = language();
    const int step = current_narration_step(app);
    if (step >= 0 && step < static_cast<int>(lesson.steps.size())) {
        ImGui::TextDisabled("%s %d / %zu", tr("narration.step"), step + 1, lesson.steps.size());
        ImGui::TextWrapped("%s", lesson.steps[step].text.in(lang).c_str());
    } else {
        ImGui::TextWrapped("%s", lesson.variants[app.variant].description.in(lang).empty()
                                     ? lesson.description.in(lang).c_str()
                                     : lesson.variants[app.variant].description.in(lang).c_str());
    }
    const int question = pending_question(app);
    if (question >= 0 && question < static_cast<int>(app.answers.size())) draw_question(app, question);
    ImGui::EndChild();
}

}  // namespace loopscope::app
