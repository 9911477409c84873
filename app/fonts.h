// Font loading: a CJK-capable system font so that 中文 renders (ImGui's default font, with a
// warning on stderr, when none is installed), and a monospace font for the code view.
//
// The atlas holds only the glyphs the app can show: Latin, common simplified Chinese, arrows
// and shapes, plus every character of the texts given (the i18n tables, the lessons, the open
// program). It is rebuilt at the zoomed size when the zoom changes, so text stays crisp.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace loopscope::app {

// Owns what the font atlas points into: the glyph ranges must outlive every atlas build.
struct FontSet {
    ImVector<ImWchar> glyph_ranges;
    ImVector<ImWchar> code_ranges;
    std::string path;        // the CJK font in use; empty when ImGui's default font is used
    std::string code_path;   // the monospace font; empty: the code view uses the UI font
    ImFont* ui = nullptr;
    ImFont* code = nullptr;
    float size = 0;
};

// Clears `io.Fonts` and adds the UI font and the code font at `size_pixels`. `ui_text` are the
// strings whose characters must all be in the atlas; `code_text` those of the code view.
// Fonts are searched in $LOOPSCOPE_FONT if set, else in the usual Debian locations of
// WenQuanYi Micro Hei and Noto Sans CJK. Returns false if no CJK font was found.
// The caller re-uploads the atlas texture (the OpenGL backend's CreateFontsTexture).
bool load_fonts(ImGuiIO& io, FontSet& fonts, float size_pixels,
                const std::vector<std::string_view>& ui_text,
                const std::vector<std::string_view>& code_text);

}  // namespace loopscope::app
