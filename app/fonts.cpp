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
constexpr std::array<std::string_view, 2> kMonoFonts = {
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",  // fonts-dejavu-core
    "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
};

// Symbols the timeline and toolbar draw with, beyond the Chinese range's punctuation.
constexpr ImWchar kSymbolRanges[] = {
    0x2190, 0x21FF,  // arrows
    0x2500, 0x25FF,  // box drawing, block elements, geometric shapes (▶ ■ ●)
    0x23E9, 0x23FA,  // media controls (⏩ ⏮ ⏸ ⏹)
    0,
};
constexpr ImWchar kLatinRanges[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0};

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

std::string find_mono_font() {
    for (std::string_view candidate : kMonoFonts) {
        if (is_readable_file(std::string(candidate))) return std::string(candidate);
    }
    return {};
}

// Adds every character of `texts`, except NUL: a range starting at 0 would end the range list
// (ImGui's terminator), leaving the font with no glyphs at all (a program may contain NULs).
void add_texts(ImFontGlyphRangesBuilder& builder, const std::vector<std::string_view>& texts) {
    for (std::string_view text : texts) {
        size_t start = 0;
        while (start < text.size()) {
            size_t end = text.find('\0', start);
            if (end == std::string_view::npos) end = text.size();
            if (end > start) builder.AddText(text.data() + start, text.data() + end);
            start = end + 1;
        }
    }
}

ImFontConfig small_atlas_config() {
    ImFontConfig config;
    config.OversampleH = 1;  // thousands of CJK glyphs: keep the atlas texture small
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return config;
}

// The code font: monospace Latin, with the CJK font merged in for Chinese in strings/comments.
void load_code_font(ImGuiIO& io, FontSet& fonts, float size_pixels,
                    const std::vector<std::string_view>& code_text) {
    fonts.code = fonts.ui;
    fonts.code_path = find_mono_font();
    if (fonts.code_path.empty()) return;
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(kLatinRanges);
    builder.AddRanges(kSymbolRanges);
    add_texts(builder, code_text);
    builder.BuildRanges(&fonts.code_ranges);
    ImFontConfig mono = small_atlas_config();
    ImFont* code = io.Fonts->AddFontFromFileTTF(fonts.code_path.c_str(), size_pixels, &mono,
                                                fonts.code_ranges.Data);
    if (code == nullptr) return;
    fonts.code = code;
    if (!fonts.path.empty()) {
        ImFontConfig merge = small_atlas_config();
        merge.MergeMode = true;  // glyphs the mono font lacks (中文) come from the CJK font
        io.Fonts->AddFontFromFileTTF(fonts.path.c_str(), size_pixels, &merge, fonts.code_ranges.Data);
    }
}

}  // namespace

bool load_fonts(ImGuiIO& io, FontSet& fonts, float size_pixels,
                const std::vector<std::string_view>& ui_text,
                const std::vector<std::string_view>& code_text) {
    io.Fonts->Clear();
    fonts.size = size_pixels;
    fonts.path = find_cjk_font();
    fonts.ui = nullptr;
    if (!fonts.path.empty()) {
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
        builder.AddRanges(kSymbolRanges);
        add_texts(builder, ui_text);
        builder.BuildRanges(&fonts.glyph_ranges);
        ImFontConfig config = small_atlas_config();
        fonts.ui = io.Fonts->AddFontFromFileTTF(fonts.path.c_str(), size_pixels, &config,
                                                fonts.glyph_ranges.Data);
    }
    const bool found = fonts.ui != nullptr;
    if (!found) {
        const std::string problem =
            fonts.path.empty() ? "no CJK font found" : "cannot load the font " + fonts.path;
        std::fprintf(stderr,
                     "loopscope: warning: %s; Chinese text will not render. Install "
                     "fonts-wqy-microhei (or fonts-noto-cjk), or set LOOPSCOPE_FONT to a "
                     ".ttf/.ttc.\n",
                     problem.c_str());
        fonts.path.clear();
        fonts.glyph_ranges.clear();
        fonts.ui = io.Fonts->AddFontDefault();  // ProggyClean, crisp at its native 13 px
    }
    load_code_font(io, fonts, size_pixels, code_text);
    if (!io.Fonts->Build() || !fonts.ui->IsLoaded() || !fonts.code->IsLoaded()) {
        // Never draw with an unbuilt font (ImGui asserts): fall back to the default font.
        std::fprintf(stderr, "loopscope: warning: the font atlas could not be built; using ImGui's default font\n");
        io.Fonts->Clear();
        fonts.glyph_ranges.clear();
        fonts.code_ranges.clear();
        fonts.path.clear();
        fonts.code_path.clear();
        fonts.ui = fonts.code = io.Fonts->AddFontDefault();
        io.Fonts->Build();
    }
    return found;
}

}  // namespace loopscope::app
