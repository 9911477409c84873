// Python 3.13 tokenizer: source text -> tokens, following CPython's Parser/lexer.
//
// The whole source is tokenized up front. CPython reports a tokenizer error in preference to any
// parser error (it re-tokenizes the rest of the file after a parser error to look for one), so the
// parser only needs to know whether tokenization failed, and where.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "lang/syntax_error.h"
#include "lang/token.h"

namespace loopscope::lang {

struct LexResult {
    // Ends with EndMarker on success; with an Error token when tokenizing stopped early.
    // Error tokens also stand for characters Python has no token for ('$', '?', '`'): the
    // parser then reports "invalid syntax" at them, as CPython does.
    std::vector<Token> tokens;
    // A tokenizer error (unterminated string, unmatched bracket, bad number, ...). It wins over
    // any parser error, except in the two cases below.
    std::optional<SyntaxError> error;
    // CPython raises some tokenizer errors only when the parser asks for the failing token:
    // indentation errors, TabError, and the backslash-continuation errors. A parser error found
    // earlier in the file is reported instead.
    bool error_is_lazy = false;
    // The error arose inside an f-string: CPython keeps an earlier parser error then too.
    bool error_in_fstring = false;
    // Set when the source ended inside brackets: "'(' was never closed" at the innermost open
    // bracket. CPython reports it when the parser fails at the end of the input, or when the
    // parser's own error is on a later line than the bracket.
    std::optional<SyntaxError> unclosed_bracket;
};

LexResult tokenize(std::string_view source);

}  // namespace loopscope::lang
