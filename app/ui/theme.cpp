#include "ui/theme.h"

#include <imgui.h>

namespace loopscope::app {
namespace {

constexpr float kBaseFontSize = 17.0f;
constexpr float kPresenterScale = 1.45f;

// Light, high-contrast: near-black text on white, strong borders, saturated accents that
// survive a washed-out projector.
void light_high_contrast(ImGuiStyle& style) {
    ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.25f, 0.25f, 0.25f, 1.0f);
    c[ImGuiCol_WindowBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.0f, 0.0f, 0.0f, 0.6f);
    c[ImGuiCol_FrameBg] = ImVec4(0.90f, 0.90f, 0.90f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.82f, 0.87f, 0.98f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.60f, 0.72f, 0.98f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.35f, 0.55f, 0.95f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.75f, 0.83f, 1.0f, 1.0f);
    c[ImGuiCol_TitleBg] = ImVec4(0.85f, 0.85f, 0.85f, 1.0f);
    c[ImGuiCol_Separator] = ImVec4(0.0f, 0.0f, 0.0f, 0.5f);
    style.FrameBorderSize = 1.0f;
    style.ChildBorderSize = 1.5f;
}

}  // namespace

float ui_font_size(float zoom, bool presenter) {
    return kBaseFontSize * zoom * (presenter ? kPresenterScale : 1.0f);
}

void apply_theme(float zoom, bool presenter) {
    ImGuiStyle style;
    if (presenter) {
        light_high_contrast(style);
    } else {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    }
    style.WindowRounding = 0.0f;
    style.ChildRounding = 2.0f;
    style.FrameRounding = 3.0f;
    style.WindowPadding = ImVec2(6, 6);
    style.ItemSpacing = ImVec2(6, 4);
    style.ScaleAllSizes(zoom * (presenter ? kPresenterScale : 1.0f));
    ImGui::GetStyle() = style;
}

}  // namespace loopscope::app
