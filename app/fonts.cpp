#include "fonts.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

namespace loopscope::app {
namespace {

constexpr std::array<std::string_view, 5> kCjkFonts = {
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",          // fonts-wqy-microhei
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  // fonts-noto-cjk
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",  // fonts-wqy-zenhei
    "/usr/share/fonts/truetype/arphic/uming.ttc",    // fonts-arphic-uming
};

// Symbols the timeline and toolbar draw with, beyond the Chinese range's punctuation.
constexpr ImWchar kSymbolRanges[] = {
    0x2190, 0x21FF,  // arrows
    0x2500, 0x25FF,  // box drawing, block elements, geometric shapes (▶ ■ ●)
    0,
};

bool is_readable_file(const std::string& path) {
    std::error_code error;
    return std::filesystem::is_regular_file(path, error);
}

std::string find_cjk_font() {
    if (const char* chosen = std::getenv("LOOPSCOPE_FONT"); chosen != nullptr && *chosen) {
        return is_readable_file(chosen) ? chosen : std::string();
    }
    for (std::string_view candidate : kCjkFonts) {
        if (is_readable_file(std::string(candidate))) return std::string(candidate);
    }
    return {};
}

}  // namespace

bool load_fonts(ImGuiIO& io, FontSet& fonts, float size_pixels,
                std::span<const char* const> ui_text) {
    fonts.path = find_cjk_font();
    if (!fonts.path.empty()) {
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
        builder.AddRanges(kSymbolRanges);
        for (const char* text : ui_text) builder.AddText(text);
        builder.BuildRanges(&fonts.glyph_ranges);

        ImFontConfig config;
        config.OversampleH = 1;  // thousands of CJK glyphs: keep the atlas texture small
        config.OversampleV = 1;
        config.PixelSnapH = true;
        if (io.Fonts->AddFontFromFileTTF(fonts.path.c_str(), size_pixels, &config,
                                         fonts.glyph_ranges.Data) != nullptr) {
            return true;
        }
    }
    const std::string problem =
        fonts.path.empty() ? "no CJK font found" : "cannot load the font " + fonts.path;
    std::fprintf(stderr,
                 "loopscope: warning: %s; Chinese text will not render. Install "
                 "fonts-wqy-microhei (or fonts-noto-cjk), or set LOOPSCOPE_FONT to a .ttf/.ttc.\n",
                 problem.c_str());
    fonts.path.clear();
    fonts.glyph_ranges.clear();
    io.Fonts->AddFontDefault();  // ProggyClean, crisp at its native 13 px
    return false;
}

}  // namespace loopscope::app
