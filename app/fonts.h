// Font loading: a CJK-capable system font so that 中文 renders, or ImGui's default font (with a
// warning on stderr) when none is installed.
#pragma once

#include <imgui.h>

#include <span>
#include <string>

namespace loopscope::app {

// Owns what the font atlas points into: the glyph ranges must outlive every atlas build.
struct FontSet {
    ImVector<ImWchar> glyph_ranges;
    std::string path;  // the font file in use; empty when ImGui's default font is used
};

// Adds the UI font to `io.Fonts`, covering Latin, common simplified Chinese, arrows and
// shapes, plus every character of `ui_text` (the app's own strings). Fonts are searched in
// $LOOPSCOPE_FONT if set, else in the usual Debian locations of WenQuanYi Micro Hei and Noto
// Sans CJK. Returns false if no CJK font was found (ImGui's default font is used then).
bool load_fonts(ImGuiIO& io, FontSet& fonts, float size_pixels,
                std::span<const char* const> ui_text);

}  // namespace loopscope::app
