// Python syntax highlighting for the code view: a line (or a whole source) → coloured spans.
// A plain function of the text; the only state carried from one line to the next is whether a
// string is still open (triple-quoted strings, or a quoted string continued by a backslash).
//
// Invariant: the spans of a line are ordered, never empty, do not overlap, and cover the line
// exactly (bytes [0, line.size())), so the view can draw them one after another. Adjacent
// spans never have the same kind.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace loopscope::app {

enum class TokenKind : uint8_t {
    Plain,      // names, operators, spaces
    Keyword,    // def, async, await, if, True, None, ...
    Builtin,    // print, len, range, Exception, ...
    String,     // string literals, f-strings' literal parts included
    Number,     // 12, 0x1F, 1_000, 3.5e-3, 2j
    Comment,    // # ... to the end of the line
    Decorator,  // @name or @name.attr at the start of a statement
    DefName,    // the name after def / class
};
const char* token_kind_name(TokenKind kind);  // "keyword", ... (for tests and themes)

struct Span {
    uint32_t begin = 0, end = 0;  // byte offsets into the line, [begin, end)
    TokenKind kind = TokenKind::Plain;
};

// What is still open at the end of a line.
struct LineState {
    char quote = 0;        // 0: nothing open; else ' or "
    bool triple = false;   // a ''' / """ string
    bool fstring = false;  // the open string is an f-string (its {fields} are code)
    bool raw = false;      // r-string: backslashes do not escape
    bool operator==(const LineState&) const = default;
};

// The spans of `line` (without its newline), given the state the previous line left; updates
// `state` for the next line.
std::vector<Span> highlight_line(std::string_view line, LineState& state);

// Every line of `source` (split at '\n'; a trailing '\r' belongs to its line).
std::vector<std::vector<Span>> highlight_source(std::string_view source);

}  // namespace loopscope::app
