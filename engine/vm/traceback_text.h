// Python's str operations that CPython's traceback module relies on, over code points, so the
// traceback printer (traceback_format.cpp, traceback_frame.cpp) can follow traceback.py line for
// line: splitlines, strip, textwrap.dedent / textwrap.indent, the display width of a line
// (East Asian wide and fullwidth characters take two columns) and byte -> character offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::vm::pytext {

using u32 = std::u32string;
using u32view = std::u32string_view;

u32 decode(std::string_view utf8);  // invalid bytes become U+FFFD
std::string encode(u32view text);

bool is_space(char32_t c);  // str.isspace()
bool is_ascii(u32view text);

u32 strip(u32view s);   // str.strip()
u32 lstrip(u32view s);  // str.lstrip()
u32 rstrip(u32view s);  // str.rstrip()

// str.splitlines(keepends): breaks at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029.
std::vector<u32> splitlines(u32view s, bool keepends = false);

// textwrap.dedent(text): blank ([ \t]-only) lines emptied, the common [ \t] margin removed.
u32 dedent(u32view text);
// textwrap.indent(text, prefix): `prefix` before every line (splitlines(True)); with
// all_lines false (the default predicate) only before lines that are not all whitespace.
u32 indent(u32view text, u32view prefix, bool all_lines);

// unicodedata.east_asian_width(c) in "WF" (Unicode 15.1, as CPython 3.13).
bool is_wide(char32_t c);
// traceback._display_width(line, offset): columns taken by line[:offset] on a terminal.
// ASCII lines return `offset` as is, even past the end (as CPython does).
size_t display_width(u32view line, size_t offset);
size_t display_width(u32view line);

// traceback._byte_offset_to_character_offset: the number of characters in
// line.encode()[:offset].decode(errors="replace") (a cut multi-byte character counts as one).
size_t byte_to_char_offset(u32view line, long byte_offset);

}  // namespace loopscope::vm::pytext
