#include "welcome_view.h"

#include <imgui.h>

namespace loopscope::app {
namespace {

constexpr const char* kWindowTitle = "Welcome / 欢迎";
constexpr const char* kTitleEn = "loopscope — asyncio, step by step";
constexpr const char* kTitleZh = "loopscope — 一步一步看懂 asyncio";
constexpr const char* kComingEn =
    "The real UI is coming: code view, timeline, event-loop internals and narration.";
constexpr const char* kComingZh = "完整界面即将到来：代码视图、时间线、事件循环内部与讲解。";
constexpr const char* kCli = "Meanwhile: loopscope run PROGRAM.py runs a program in the terminal.";
constexpr const char* kCliZh = "现在可以先用 loopscope run PROGRAM.py 在终端里运行程序。";

constexpr const char* kAllText[] = {kWindowTitle, kTitleEn, kTitleZh, kComingEn,
                                    kComingZh,    kCli,     kCliZh};

}  // namespace

std::span<const char* const> welcome_view_text() { return kAllText; }

void draw_welcome_view(const std::string& font_path) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin(kWindowTitle, nullptr, flags)) {
        ImGui::TextUnformatted(kTitleEn);
        ImGui::TextUnformatted(kTitleZh);
        ImGui::Separator();
        ImGui::TextUnformatted(kComingEn);
        ImGui::TextUnformatted(kComingZh);
        ImGui::Spacing();
        ImGui::TextDisabled("%s", kCli);
        ImGui::TextDisabled("%s", kCliZh);
        ImGui::Separator();
        if (font_path.empty()) {
            ImGui::TextColored(ImVec4(1.0f, 0.6f, 0.3f, 1.0f),
                               "No CJK font found: Chinese text cannot render.");
        } else {
            ImGui::TextDisabled("Font: %s", font_path.c_str());
        }
    }
    ImGui::End();
}

}  // namespace loopscope::app
