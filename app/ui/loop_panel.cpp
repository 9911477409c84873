#include "ui/loop_panel.h"

#include <imgui.h>

#include <string>

#include "model/i18n.h"

namespace loopscope::app {
namespace {

constexpr size_t kMaxListed = 2000;

std::string task_name(const trace::TraceModel& m, uint32_t id) {
    const trace::TaskInfo* task = m.task(id);
    if (task != nullptr) return task->name;
    std::string name = "#";  // (not "#" + to_string: GCC 12's -Wrestrict false positive)
    name += std::to_string(id);
    return name;
}

// A task entry is clickable: it selects the task (Shift+→/← then steps through it).
void task_selectable(AppState& app, uint32_t id, const std::string& text) {
    ImGui::PushID(static_cast<int>(id));
    if (ImGui::Selectable(text.c_str(), app.selected_task == id)) app.selected_task = id;
    ImGui::PopID();
}

void draw_ready_queue(AppState& app, const trace::TraceModel& m, const trace::LoopState& loop) {
    ImGui::Text("%s (%zu)", tr("loop.ready"), loop.ready_count);
    ImGui::Separator();
    if (loop.ready.empty()) ImGui::TextDisabled("%s", tr("loop.empty"));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(loop.ready.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const trace::ReadyItem& item = loop.ready[i];
            std::string text = std::to_string(i + 1) + ". ";
            if (item.task != 0) {
                text += task_name(m, item.task) + "  " + item.what;
                task_selectable(app, item.task, text);
            } else {
                text += item.name.empty() ? item.what : item.name;
                ImGui::TextUnformatted(text.c_str());
            }
        }
    }
}

void draw_timers(AppState& app, const trace::TraceModel& m, const trace::LoopState& loop) {
    ImGui::Spacing();
    ImGui::Text("%s (%zu)", tr("loop.timers"), loop.timer_count);
    ImGui::Separator();
    if (loop.timers.empty()) ImGui::TextDisabled("%s", tr("loop.empty"));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(loop.timers.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const trace::TimerItem& timer = loop.timers[i];
            char when[48];
            std::snprintf(when, sizeof when, "%.3f s  ", timer.when);
            std::string text = when;
            text += timer.task != 0 ? tr("loop.wakes") + std::string(" ") + task_name(m, timer.task)
                                    : timer.name;
            if (timer.cancelled) {
                text += "  (" + std::string(tr("loop.cancelled")) + ")";
                ImGui::TextDisabled("%s", text.c_str());
            } else if (timer.task != 0) {
                ImGui::PushID(i);
                task_selectable(app, timer.task, text);
                ImGui::PopID();
            } else {
                ImGui::TextUnformatted(text.c_str());
            }
        }
    }
}

}  // namespace

void draw_loop_panel(AppState& app) {
    ImGui::TextDisabled("%s", tr("loop.title"));
    if (!app.model || app.model->event_count() == 0) {
        ImGui::TextDisabled("%s", tr("loop.no_run"));
        return;
    }
    const trace::TraceModel& m = *app.model;
    // A screenful is all the panel can show; the counts still say how many there are.
    const trace::LoopState loop = m.loop_state_at(app.playback.seq, kMaxListed);
    ImGui::Text("%s %llu    %s %.6f s", tr("loop.turn"), static_cast<unsigned long long>(loop.turn),
                tr("loop.time"), static_cast<double>(loop.t_ns) / 1e9);
    if (loop.running_task != 0) {
        ImGui::Text("%s", tr("loop.running"));
        ImGui::SameLine();
        task_selectable(app, loop.running_task, task_name(m, loop.running_task));
    } else if (loop.running_callback != 0) {
        ImGui::Text("%s %s", tr("loop.running_callback"), loop.running_callback_name.c_str());
    } else {
        ImGui::TextDisabled("%s", tr("loop.idle"));
    }
    const trace::Event& event = m.trace().events[app.playback.seq];
    ImGui::TextDisabled("%s: %s %s", tr("loop.event"), std::string(trace::event_kind_name(event.kind)).c_str(),
                        event.task != 0 ? task_name(m, event.task).c_str() : "");
    ImGui::Spacing();
    ImGui::BeginChild("##loop_lists");
    draw_ready_queue(app, m, loop);
    draw_timers(app, m, loop);
    ImGui::EndChild();
}

}  // namespace loopscope::app
