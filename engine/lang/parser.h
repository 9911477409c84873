// Python 3.13 parser: source text -> ast::Module, or the first SyntaxError as CPython reports it.
//
// Hand-written recursive descent over the tokens of lang/lexer.h, following the grammar of
// CPython's Grammar/python.gram. Where CPython's second ("invalid_*") pass produces a specific
// message, the parser recognizes the same situation inline and reports the same message at the
// same location. Errors that CPython raises later (symbol table / compiler) are listed in ast.h.
//
// Not supported yet (each gives a SyntaxError): `match` statements, PEP 695 type parameters and
// `type X = ...` aliases, and \N{NAME} escapes (no Unicode name table). `match`, `type`, `case`
// and `_` work as ordinary names. Non-ASCII identifiers are not NFKC-normalized.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/syntax_error.h"

namespace loopscope::lang {

// A SyntaxWarning CPython prints while compiling, e.g. "invalid escape sequence '\d'".
struct SyntaxWarning {
    std::string message;
    int lineno = 1;
    int col_offset = 0;
};

// What CPython prints on stderr for a warning, e.g.
//   prog.py:1: SyntaxWarning: invalid escape sequence '\d'
//     x = '\d'
std::string format_syntax_warning(const SyntaxWarning& warning, std::string_view filename,
                                  std::string_view source);

struct ParseResult {
    std::unique_ptr<ast::Module> module;  // null when there is an error
    std::optional<SyntaxError> error;
    std::vector<SyntaxWarning> warnings;  // in source order; only meaningful without error
    bool ok() const { return module != nullptr; }
};

// Never throws, never recurses without bound: nesting beyond what the parser allows yields a
// MemoryError-kind error as CPython's "Parser stack overflowed" does.
ParseResult parse(std::string_view source);

}  // namespace loopscope::lang
