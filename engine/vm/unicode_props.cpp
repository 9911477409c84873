// Unicode property lookups over the generated tables in unicode_tables.inc.
#include "vm/unicode_props.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "vm/str.h"

namespace loopscope::vm::unicode {

namespace {

struct CaseRange {
    uint32_t first, last;
    int stride;  // 1 or 2: every stride-th code point; 0: alternating upper/lower pairs
    int upper, lower, title;  // deltas
};

struct SpecialCase {
    uint32_t cp;
    const char* upper;
    const char* lower;
    const char* title;
    const char* fold;
};

#include "vm/unicode_tables.inc"

uint32_t flags_of(char32_t c) {
    auto it = std::upper_bound(std::begin(kFlagRuns), std::end(kFlagRuns), uint32_t(c),
                               [](uint32_t v, const uint32_t(&run)[2]) { return v < run[0]; });
    return (it - 1)[0][1];
}

bool has(char32_t c, uint32_t flag) { return (flags_of(c) & flag) != 0; }

// Deltas for a simple mapping; all zero when c maps to itself.
void simple_deltas(char32_t c, int& du, int& dl, int& dt) {
    du = dl = dt = 0;
    auto it = std::upper_bound(std::begin(kCaseRanges), std::end(kCaseRanges), uint32_t(c),
                               [](uint32_t v, const CaseRange& r) { return v < r.first; });
    if (it == std::begin(kCaseRanges)) return;
    const CaseRange& r = *(it - 1);
    if (c > r.last) return;
    if (r.stride == 0) {
        bool is_upper_half = (c - r.first) % 2 == 0;
        du = dt = is_upper_half ? 0 : -1;
        dl = is_upper_half ? 1 : 0;
        return;
    }
    if ((c - r.first) % uint32_t(r.stride) != 0) return;
    du = r.upper;
    dl = r.lower;
    dt = r.title;
}

const SpecialCase* special(char32_t c) {
    auto it = std::lower_bound(std::begin(kSpecialCases), std::end(kSpecialCases), uint32_t(c),
                               [](const SpecialCase& s, uint32_t v) { return s.cp < v; });
    return it != std::end(kSpecialCases) && it->cp == c ? it : nullptr;
}

bool ascii_alpha(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_printable(char32_t c) { return c < 0x80 ? (c >= 0x20 && c < 0x7F) : has(c, kPrintable); }
bool is_alpha(char32_t c) { return c < 0x80 ? ascii_alpha(c) : has(c, kAlpha); }
bool is_decimal(char32_t c) { return c < 0x80 ? ascii_digit(c) : has(c, kDecimal); }
bool is_digit(char32_t c) { return c < 0x80 ? ascii_digit(c) : has(c, kDigit); }
bool is_numeric(char32_t c) { return c < 0x80 ? ascii_digit(c) : has(c, kNumeric); }
bool is_space(char32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return has(c, kSpace);
}
bool is_upper(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : has(c, kUpper); }
bool is_lower(char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : has(c, kLower); }
bool is_title(char32_t c) { return c >= 0x80 && has(c, kTitle); }
bool is_cased(char32_t c) { return c < 0x80 ? ascii_alpha(c) : has(c, kCased); }
bool is_id_start(char32_t c) { return c < 0x80 ? (ascii_alpha(c) || c == '_') : has(c, kIdStart); }
bool is_id_continue(char32_t c) {
    return c < 0x80 ? (ascii_alpha(c) || ascii_digit(c) || c == '_') : has(c, kIdContinue);
}
bool is_linebreak(char32_t c) {
    return c < 0x80 ? (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E))
                    : has(c, kLinebreak);
}

bool is_case_ignorable(char32_t c) { return has(c, kCaseIgnorable); }

void append_upper(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += char(c >= 'a' && c <= 'z' ? c - 32 : c);
        return;
    }
    if (const SpecialCase* s = special(c)) {
        out += s->upper;
        return;
    }
    int du, dl, dt;
    simple_deltas(c, du, dl, dt);
    utf8_append(out, char32_t(int32_t(c) + du));
}

void append_lower(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return;
    }
    if (const SpecialCase* s = special(c)) {
        out += s->lower;
        return;
    }
    int du, dl, dt;
    simple_deltas(c, du, dl, dt);
    utf8_append(out, char32_t(int32_t(c) + dl));
}

void append_title(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += char(c >= 'a' && c <= 'z' ? c - 32 : c);
        return;
    }
    if (const SpecialCase* s = special(c)) {
        out += s->title;
        return;
    }
    int du, dl, dt;
    simple_deltas(c, du, dl, dt);
    utf8_append(out, char32_t(int32_t(c) + dt));
}

void append_casefold(std::string& out, char32_t c) {
    if (const SpecialCase* s = c >= 0x80 ? special(c) : nullptr) {
        out += s->fold;
        return;
    }
    append_lower(out, c);
}

int decimal_value(char32_t c) {
    if (c < 0x80) return ascii_digit(c) ? int(c - '0') : -1;
    if (!is_decimal(c)) return -1;
    // Nd digits come in complete runs of ten, zero first (U+0660..U+0669, U+FF10..U+FF19),
    // sometimes back to back: the value is the distance from the block start, mod 10.
    char32_t start = c;
    while (start > 0 && is_decimal(start - 1)) --start;
    return int((c - start) % 10);
}

bool ascii_number_text(std::string_view text, std::string& out) {
    out.clear();
    bool ascii = true;
    for (unsigned char ch : text) ascii = ascii && ch < 0x80;
    if (ascii) return false;
    for (size_t i = 0; i < text.size();) {
        char32_t c = utf8_decode_at(text, i);
        if (c < 0x80) out += char(c);
        else if (is_space(c)) out += ' ';
        else if (int d = decimal_value(c); d >= 0) out += char('0' + d);
        else utf8_append(out, c);
    }
    return true;
}

}  // namespace loopscope::vm::unicode
