// The first syntax error of a program, and CPython 3.13's way of printing it.
#pragma once

#include <string>
#include <string_view>

namespace loopscope::lang {

// The exception class CPython raises; IndentationError and TabError are subclasses of SyntaxError.
// MemoryError is what CPython raises when the parser's own stack overflows on absurdly nested
// source ("Parser stack overflowed - Python source too complex to parse"); it prints no location.
enum class SyntaxErrorKind { SyntaxError, IndentationError, TabError, MemoryError };

const char* name_of(SyntaxErrorKind kind);

struct SyntaxError {
    std::string message;           // e.g. "'(' was never closed"
    SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
    // The range CPython highlights with carets. Lines are 1-based; columns are 0-based UTF-8 byte
    // offsets (as in the AST). A column past the end of its line is allowed (CPython then puts the
    // caret just after the line's last character). An empty or inverted range shows one caret.
    // col_offset -1 means "no caret" (CPython's offset 0).
    int lineno = 1;
    int col_offset = 0;
    int end_lineno = 1;
    int end_col_offset = 1;
};

// Exactly what `python3 <filename>` prints on stderr for this error, e.g.
//   File "prog.py", line 3
//     x = (1 +
//         ^
// SyntaxError: '(' was never closed
std::string format_syntax_error(const SyntaxError& error, std::string_view filename,
                                std::string_view source);

// Line `lineno` (1-based) of `source` without its line ending; empty when out of range.
std::string_view source_line(std::string_view source, int lineno);

}  // namespace loopscope::lang
