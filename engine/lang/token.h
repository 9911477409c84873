// Tokens of Python 3.13, as CPython's tokenizer produces them (Lib/token.py), with keywords split
// out of NAME so the parser can switch on them.
#pragma once

#include <cstdint>
#include <string_view>

namespace loopscope::lang {

// X(enum name, spelling). Operators and keywords are spelled as in source; the others by the
// name CPython's token module gives them.
#define LOOPSCOPE_TOKENS(X)                                                                    \
    X(EndMarker, "ENDMARKER") X(Name, "NAME") X(Number, "NUMBER") X(String, "STRING")          \
    X(Newline, "NEWLINE") X(Indent, "INDENT") X(Dedent, "DEDENT")                              \
    X(FStringStart, "FSTRING_START") X(FStringMiddle, "FSTRING_MIDDLE")                        \
    X(FStringEnd, "FSTRING_END") X(Error, "ERRORTOKEN")                                        \
    X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{") X(RBrace, "}")          \
    X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+") X(Minus, "-") X(Star, "*")          \
    X(Slash, "/") X(VBar, "|") X(Amper, "&") X(Less, "<") X(Greater, ">") X(Equal, "=")       \
    X(Dot, ".") X(Percent, "%") X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=")         \
    X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^") X(LeftShift, "<<")                 \
    X(RightShift, ">>") X(DoubleStar, "**") X(PlusEqual, "+=") X(MinEqual, "-=")              \
    X(StarEqual, "*=") X(SlashEqual, "/=") X(PercentEqual, "%=") X(AmperEqual, "&=")          \
    X(VBarEqual, "|=") X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")                      \
    X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") X(DoubleSlash, "//")                  \
    X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(RArrow, "->")                    \
    X(Ellipsis, "...") X(ColonEqual, ":=") X(Exclamation, "!")                                \
    X(KwFalse, "False") X(KwNone, "None") X(KwTrue, "True") X(KwAnd, "and") X(KwAs, "as")     \
    X(KwAssert, "assert") X(KwAsync, "async") X(KwAwait, "await") X(KwBreak, "break")         \
    X(KwClass, "class") X(KwContinue, "continue") X(KwDef, "def") X(KwDel, "del")             \
    X(KwElif, "elif") X(KwElse, "else") X(KwExcept, "except") X(KwFinally, "finally")         \
    X(KwFor, "for") X(KwFrom, "from") X(KwGlobal, "global") X(KwIf, "if")                     \
    X(KwImport, "import") X(KwIn, "in") X(KwIs, "is") X(KwLambda, "lambda")                   \
    X(KwNonlocal, "nonlocal") X(KwNot, "not") X(KwOr, "or") X(KwPass, "pass")                 \
    X(KwRaise, "raise") X(KwReturn, "return") X(KwTry, "try") X(KwWhile, "while")             \
    X(KwWith, "with") X(KwYield, "yield")

enum class TokenKind : uint8_t {
#define LOOPSCOPE_TOKEN_ENUM(name, spelling) name,
    LOOPSCOPE_TOKENS(LOOPSCOPE_TOKEN_ENUM)
#undef LOOPSCOPE_TOKEN_ENUM
};

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    // The token's source text (for Newline/Indent/Dedent/EndMarker: possibly empty). For
    // FStringMiddle it is the raw literal text; `{{`/`}}` are still doubled.
    std::string_view text;
    // Location as CPython reports it: lines 1-based, columns 0-based UTF-8 byte offsets.
    // As in CPython's parser, ENDMARKER and the DEDENTs at the end of the input sit on the last
    // line with column -1 (errors reported there show no caret).
    int lineno = 1;
    int col_offset = 0;
    int end_lineno = 1;
    int end_col_offset = 0;
    // Byte offsets of the token in the source.
    uint32_t start = 0;
    uint32_t end = 0;
    // Bracket nesting depth right after this token (CPython's tok->level): 1 for the `(` of
    // `f(x)`, 0 for its `)`. Replacement fields of f-strings count as brackets.
    int16_t level = 0;
};

// "NAME", "(", "async", ...
std::string_view spelling(TokenKind kind);

bool is_keyword(TokenKind kind);

// The keyword token for an identifier, or TokenKind::Name when it is not a keyword.
TokenKind keyword_kind(std::string_view identifier);

}  // namespace loopscope::lang
