// The report CPython 3.13 prints for an uncaught exception, byte for byte (colorize=False).
//
// CPython prints uncaught exceptions with Lib/traceback.py; this is a C++ port of the parts it
// uses, with the same structure and names:
//   * traceback_frame.cpp: StackSummary.format / format_frame_summary — one "  File ..." entry,
//     its source lines, and the caret line (`~~^~~` for binary operators, `~^^^` for calls and
//     subscripts, `^^^^` otherwise, none when the expression is the whole line), found by
//     re-parsing the expression's text exactly as _extract_caret_anchors_from_line_segment and
//     _should_show_carets do; East Asian wide characters take two columns.
//   * traceback_format.cpp: TracebackException — chained __cause__ / __context__, __notes__,
//     exception groups in `+-+---- 1 ----` boxes, SyntaxError's own layout, "Did you mean".
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/exception.h"

namespace loopscope::vm {

// linecache for the program's sources: line `lineno` of `filename` as linecache.getline gives
// it (universal newlines, a UTF-8 BOM dropped), without its line break; "" when unknown.
class LineCache {
public:
    explicit LineCache(const std::unordered_map<std::string, std::string>* sources) : sources_(sources) {}
    std::string_view getline(const std::string& filename, int lineno);

private:
    const std::unordered_map<std::string, std::string>* sources_;
    std::map<std::string, std::vector<std::string_view>> lines_;
};

// StackSummary.format_frame_summary: "  File "f.py", line 3, in g\n    source\n    ~~^~~\n".
// Finding the carets re-parses the source as CPython does, and CPython's parse prints the
// SyntaxWarnings of that text ("<unknown>:1: SyntaxWarning: invalid escape sequence '\d'"):
// they are appended to `warnings`, to be written before the formatted stack.
std::string format_frame_summary(const TracebackEntry& entry, LineCache& lines, std::string& warnings);
// StackSummary.format: every entry, runs of more than three identical ones collapsed into
// "  [Previous line repeated N more times]".
std::string format_stack(const std::vector<TracebackEntry>& stack, LineCache& lines, std::string& warnings);

// Declared in vm/exception.h and defined in traceback_format.cpp:
//   std::string format_exception(const Value& exc);       the whole report
//   std::string format_exception_only(const Value& exc);  "ValueError: msg"

}  // namespace loopscope::vm
