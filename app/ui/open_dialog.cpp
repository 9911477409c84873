#include "ui/open_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

#include "model/document.h"
#include "model/i18n.h"

namespace loopscope::app {
namespace {

namespace fs = std::filesystem;

struct Entry {
    std::string name;
    bool directory = false;
};

// Directories first, then openable files; hidden entries left out.
std::vector<Entry> list_directory(const std::string& dir) {
    std::vector<Entry> entries;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        const bool directory = it->is_directory(ec);
        if (!directory && classify_path(it->path()) == PathKind::Unknown) continue;
        entries.push_back({name, directory});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.directory != b.directory ? a.directory : a.name < b.name;
    });
    return entries;
}

int resize_callback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

}  // namespace

void draw_open_dialog(AppState& app, OpenDialogState& state) {
    const char* title = tr("open.title");
    if (state.open_requested) {
        state.open_requested = false;
        std::error_code ec;
        if (state.directory.empty()) state.directory = fs::current_path(ec).string();
        ImGui::OpenPopup("##open_dialog");
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x * 0.6f, viewport->Size.y * 0.6f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal("##open_dialog", nullptr, ImGuiWindowFlags_NoTitleBar)) return;
    ImGui::TextUnformatted(title);
    ImGui::TextDisabled("%s", state.directory.c_str());
    std::string& input = state.path_input;
    if (input.capacity() < 256) input.reserve(256);
    ImGui::SetNextItemWidth(-ImGui::CalcTextSize(tr("open.open")).x * 2 - ImGui::GetFontSize() * 4);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    bool open_now = ImGui::InputTextWithHint("##path", tr("open.path_hint"), input.data(), input.capacity() + 1,
                                             ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackResize,
                                             resize_callback, &input);
    ImGui::SameLine();
    open_now |= ImGui::Button(tr("open.open"));
    ImGui::SameLine();
    const bool cancel = ImGui::Button(tr("open.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));

    ImGui::BeginChild("##entries", ImVec2(0, 0), true);
    if (ImGui::Selectable("..")) state.directory = fs::path(state.directory).parent_path().string();
    for (const Entry& entry : list_directory(state.directory)) {
        const std::string label = entry.directory ? entry.name + "/" : entry.name;
        const fs::path full = fs::path(state.directory) / entry.name;
        const bool is_lesson = entry.directory && classify_path(full) == PathKind::Lesson;
        if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_AllowDoubleClick)) {
            if (entry.directory && !is_lesson) {
                state.directory = full.string();
            } else {
                input = full.string();
                if (ImGui::IsMouseDoubleClicked(0) || is_lesson) open_now = true;
            }
        }
    }
    ImGui::EndChild();
    if (open_now && !input.empty()) {
        const fs::path chosen = fs::path(input).is_absolute() ? fs::path(input) : fs::path(state.directory) / input;
        open_path(app, chosen.string());
        ImGui::CloseCurrentPopup();
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace loopscope::app
