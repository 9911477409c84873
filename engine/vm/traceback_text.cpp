#include "vm/traceback_text.h"

#include <algorithm>
#include <iterator>

#include "vm/str.h"
#include "vm/unicode_props.h"

namespace loopscope::vm::pytext {

namespace {

struct Range {
    char32_t first, last;
};

// unicodedata.east_asian_width(c) in ("W", "F") for CPython 3.13 (Unicode 15.1.0), as ranges.
// Generated with: [c for c in range(0x110000) if unicodedata.east_asian_width(chr(c)) in "WF"]
constexpr Range kWide[] = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
    {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
    {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
    {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
    {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
    {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
    {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
    {0x2E80, 0x2E99}, {0x2E9B, 0x2EF3}, {0x2F00, 0x2FD5}, {0x2FF0, 0x303E}, {0x3041, 0x3096},
    {0x3099, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E}, {0x3190, 0x31E3}, {0x31EF, 0x321E},
    {0x3220, 0x3247}, {0x3250, 0x4DBF}, {0x4E00, 0xA48C}, {0xA490, 0xA4C6}, {0xA960, 0xA97C},
    {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE52}, {0xFE54, 0xFE66},
    {0xFE68, 0xFE6B}, {0xFF01, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x16FF0, 0x16FF1},
    {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08}, {0x1AFF0, 0x1AFF3},
    {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122}, {0x1B132, 0x1B132},
    {0x1B150, 0x1B152}, {0x1B155, 0x1B155}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
    {0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251},
    {0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C},
    {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0},
    {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
    {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
    {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
    {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF},
    {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FA7C},
    {0x1FA80, 0x1FA88}, {0x1FA90, 0x1FABD}, {0x1FABF, 0x1FAC5}, {0x1FACE, 0x1FADB},
    {0x1FAE0, 0x1FAE8}, {0x1FAF0, 0x1FAF8}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

bool is_tab_or_space(char32_t c) { return c == ' ' || c == '\t'; }

// The [ \t]* run that starts `line`, when the line has a character after it other than [ \t\n]
// (textwrap's _leading_whitespace_re); false for blank lines.
bool leading_margin(u32view line, u32view& margin) {
    size_t i = 0;
    while (i < line.size() && is_tab_or_space(line[i])) ++i;
    if (i == line.size()) return false;
    margin = line.substr(0, i);
    return true;
}

// Lines of `text` as re's MULTILINE mode sees them: split at '\n' only, the '\n' dropped.
std::vector<u32view> split_newlines(u32view text) {
    std::vector<u32view> lines;
    size_t pos = 0;
    for (;;) {
        size_t nl = text.find(U'\n', pos);
        lines.push_back(text.substr(pos, nl == u32view::npos ? u32view::npos : nl - pos));
        if (nl == u32view::npos) return lines;
        pos = nl + 1;
    }
}

}  // namespace

u32 decode(std::string_view utf8) {
    u32 out;
    out.reserve(utf8.size());
    size_t pos = 0;
    while (pos < utf8.size()) out += utf8_decode_at(utf8, pos);
    return out;
}

std::string encode(u32view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text) utf8_append(out, c);
    return out;
}

bool is_space(char32_t c) { return unicode::is_space(c); }

bool is_ascii(u32view text) {
    return std::all_of(text.begin(), text.end(), [](char32_t c) { return c < 0x80; });
}

u32 lstrip(u32view s) {
    size_t i = 0;
    while (i < s.size() && is_space(s[i])) ++i;
    return u32(s.substr(i));
}

u32 rstrip(u32view s) {
    size_t n = s.size();
    while (n > 0 && is_space(s[n - 1])) --n;
    return u32(s.substr(0, n));
}

u32 strip(u32view s) { return lstrip(rstrip(s)); }

std::vector<u32> splitlines(u32view s, bool keepends) {
    std::vector<u32> lines;
    size_t start = 0, i = 0;
    while (i < s.size()) {
        char32_t c = s[i];
        if (!unicode::is_linebreak(c)) {
            ++i;
            continue;
        }
        size_t eol = i++;
        if (c == U'\r' && i < s.size() && s[i] == U'\n') ++i;
        lines.emplace_back(s.substr(start, (keepends ? i : eol) - start));
        start = i;
    }
    if (start < s.size()) lines.emplace_back(s.substr(start));
    return lines;
}

u32 dedent(u32view text) {
    std::vector<u32view> lines = split_newlines(text);
    bool have_margin = false;
    u32view margin;
    for (u32view& line : lines) {
        if (!line.empty() && std::all_of(line.begin(), line.end(), is_tab_or_space)) line = u32view();
        u32view ind;
        if (!leading_margin(line, ind)) continue;
        if (!have_margin) {
            margin = ind;
            have_margin = true;
        } else if (ind.substr(0, margin.size()) == margin) {
            // indented deeper: the margin stands
        } else if (margin.substr(0, ind.size()) == ind) {
            margin = ind;
        } else {
            size_t i = 0;
            while (i < margin.size() && i < ind.size() && margin[i] == ind[i]) ++i;
            margin = margin.substr(0, i);
        }
    }
    u32 out;
    for (size_t i = 0; i < lines.size(); ++i) {
        u32view line = lines[i];
        if (!margin.empty() && line.substr(0, margin.size()) == margin) line.remove_prefix(margin.size());
        if (i) out += U'\n';
        out += line;
    }
    return out;
}

u32 indent(u32view text, u32view prefix, bool all_lines) {
    u32 out;
    for (const u32& line : splitlines(text, true)) {
        bool blank = std::all_of(line.begin(), line.end(), is_space);
        if (all_lines || !blank) out += prefix;
        out += line;
    }
    return out;
}

bool is_wide(char32_t c) {
    if (c < kWide[0].first) return false;
    auto it = std::upper_bound(std::begin(kWide), std::end(kWide), c,
                               [](char32_t v, const Range& r) { return v < r.first; });
    return c <= std::prev(it)->last;
}

size_t display_width(u32view line, size_t offset) {
    if (is_ascii(line)) return offset;
    size_t n = std::min(offset, line.size());
    size_t width = 0;
    for (size_t i = 0; i < n; ++i) width += is_wide(line[i]) ? 2 : 1;
    return width;
}

size_t display_width(u32view line) { return display_width(line, line.size()); }

size_t byte_to_char_offset(u32view line, long byte_offset) {
    long total = 0;
    for (char32_t c : line) total += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (byte_offset < 0) byte_offset = std::max(0L, byte_offset + total);
    size_t chars = 0;
    long bytes = 0;
    for (char32_t c : line) {
        if (bytes >= byte_offset) break;
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        ++chars;  // a character cut by the offset decodes to one U+FFFD
    }
    return chars;
}

}  // namespace loopscope::vm::pytext
