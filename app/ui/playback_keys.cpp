#include "ui/playback_keys.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include "model/playback.h"

namespace loopscope::app {
namespace {

bool pressed(int glfw_key) { return ImGui::IsKeyPressed(glfw_key, /*repeat=*/true); }
bool pressed_once(int glfw_key) { return ImGui::IsKeyPressed(glfw_key, /*repeat=*/false); }

void handle_playback(AppState& app, const ImGuiIO& io) {
    if (!app.model || app.model->event_count() == 0) return;
    const trace::TraceModel& m = *app.model;
    Playback& p = app.playback;
    const bool right = pressed(GLFW_KEY_RIGHT), left = pressed(GLFW_KEY_LEFT);
    if (right || left) p.playing = false;
    if (io.KeyShift && app.selected_task != 0) {
        if (right) next_step_of_task(p, m, app.selected_task);
        if (left) prev_step_of_task(p, m, app.selected_task);
    } else if (io.KeyCtrl) {
        if (right) next_suspend_or_resume(p, m);
        if (left) prev_suspend_or_resume(p, m);
    } else {
        if (right) step_forward(p, m);
        if (left) step_back(p, m);
    }
    if (pressed(GLFW_KEY_HOME)) go_home(p, m);
    if (pressed(GLFW_KEY_END)) go_end(p, m);
    if (ImGui::IsKeyPressed(GLFW_KEY_SPACE, false)) toggle_play(p, m);
}

}  // namespace

void handle_keys(AppState& app, UiState& ui) {
    const ImGuiIO& io = ImGui::GetIO();
    // F5, Ctrl+S and zoom work even while editing: they are what the editor is for.
    if (ImGui::IsKeyPressed(GLFW_KEY_F5, false)) rerun(app);
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_S, false)) save_document(app);
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q, false)) ui.quit = true;
    // One zoom step per press, no key repeat: a zoom rebuilds the font atlas before the next
    // frame, and that frame can last longer than ImGui's repeat delay while the key's release
    // is still queued, so a repeating key would zoom twice for one short press.
    if (io.KeyCtrl && (pressed_once(GLFW_KEY_EQUAL) || pressed_once(GLFW_KEY_KP_ADD))) {
        app.settings.zoom = zoom_in(app.settings.zoom);
        ui.fonts_dirty = true;
    }
    if (io.KeyCtrl && (pressed_once(GLFW_KEY_MINUS) || pressed_once(GLFW_KEY_KP_SUBTRACT))) {
        app.settings.zoom = zoom_out(app.settings.zoom);
        ui.fonts_dirty = true;
    }
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_O, false)) ui.open_dialog.open_requested = true;
    handle_playback(app, io);
}

}  // namespace loopscope::app
