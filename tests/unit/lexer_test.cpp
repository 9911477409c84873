// Tokenizer tests: token streams for tricky inputs, and CPython's tokenizer error messages.
#include <gtest/gtest.h>

#include <string>

#include "lang/lexer.h"

namespace {

using namespace loopscope::lang;

// "NAME(x) = NUMBER(1) NEWLINE ENDMARKER": kinds by their spelling; names, numbers, strings and
// f-string middles with their text in parentheses.
std::string stream(const std::string& source) {
    LexResult r = tokenize(source);
    std::string out;
    for (const Token& t : r.tokens) {
        if (!out.empty()) out += ' ';
        out += spelling(t.kind);
        if (t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String ||
            t.kind == TokenKind::FStringMiddle)
            out += "(" + std::string(t.text) + ")";
    }
    return out;
}

std::string error_of(const std::string& source) {
    LexResult r = tokenize(source);
    if (r.error) return r.error->message;
    if (r.unclosed_bracket) return r.unclosed_bracket->message;
    return "(no error)";
}

TEST(Lexer, SimpleStatement) {
    EXPECT_EQ(stream("x = 1\n"), "NAME(x) = NUMBER(1) NEWLINE ENDMARKER");
    EXPECT_EQ(stream("x = 1"), "NAME(x) = NUMBER(1) NEWLINE ENDMARKER");  // NEWLINE added at EOF
    EXPECT_EQ(stream(""), "ENDMARKER");
    EXPECT_EQ(stream("\n\n# comment\n"), "ENDMARKER");
}

TEST(Lexer, IndentAndDedent) {
    EXPECT_EQ(stream("if x:\n    y\n        \n    # c\n    z\nw\n"),
              "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT NAME(w) NEWLINE ENDMARKER");
    EXPECT_EQ(stream("if a:\n  if b:\n    c\nd\n"),
              "if NAME(a) : NEWLINE INDENT if NAME(b) : NEWLINE INDENT NAME(c) NEWLINE DEDENT DEDENT NAME(d) "
              "NEWLINE ENDMARKER");
    EXPECT_EQ(stream("if a:\n\tb\n"), "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE DEDENT ENDMARKER");
}

TEST(Lexer, BracketsJoinLines) {
    EXPECT_EQ(stream("x = (1,\n     2)\n"), "NAME(x) = ( NUMBER(1) , NUMBER(2) ) NEWLINE ENDMARKER");
    EXPECT_EQ(stream("x = [\n  1,  # one\n\n]\n"), "NAME(x) = [ NUMBER(1) , ] NEWLINE ENDMARKER");
    EXPECT_EQ(stream("x = 1 + \\\n    2\n"), "NAME(x) = NUMBER(1) + NUMBER(2) NEWLINE ENDMARKER");
}

TEST(Lexer, Operators) {
    EXPECT_EQ(stream("a **= b //= c >>= d <<= e ... f -> g := h @= i != j\n"),
              "NAME(a) **= NAME(b) //= NAME(c) >>= NAME(d) <<= NAME(e) ... NAME(f) -> NAME(g) := NAME(h) "
              "@= NAME(i) != NAME(j) NEWLINE ENDMARKER");
    EXPECT_EQ(stream("a**b//c@d<=e>=f==g|h&i^j~k%l\n"),
              "NAME(a) ** NAME(b) // NAME(c) @ NAME(d) <= NAME(e) >= NAME(f) == NAME(g) | NAME(h) & "
              "NAME(i) ^ NAME(j) ~ NAME(k) % NAME(l) NEWLINE ENDMARKER");
}

TEST(Lexer, KeywordsAndSoftKeywords) {
    EXPECT_EQ(stream("async def await match type case _\n"),
              "async def await NAME(match) NAME(type) NAME(case) NAME(_) NEWLINE ENDMARKER");
}

TEST(Lexer, Numbers) {
    EXPECT_EQ(stream("0 00 0_0 1_000 0x_Ff 0o17 0B1 1. .5 1e5 1E-5 1_0.0_1e+1_0 3j 1.5J 0777.0 09j\n"),
              "NUMBER(0) NUMBER(00) NUMBER(0_0) NUMBER(1_000) NUMBER(0x_Ff) NUMBER(0o17) NUMBER(0B1) "
              "NUMBER(1.) NUMBER(.5) NUMBER(1e5) NUMBER(1E-5) NUMBER(1_0.0_1e+1_0) NUMBER(3j) NUMBER(1.5J) "
              "NUMBER(0777.0) NUMBER(09j) NEWLINE ENDMARKER");
    EXPECT_EQ(stream("1if x else 2\n"), "NUMBER(1) if NAME(x) else NUMBER(2) NEWLINE ENDMARKER");
    EXPECT_EQ(stream("1 .real\n"), "NUMBER(1) . NAME(real) NEWLINE ENDMARKER");
}

TEST(Lexer, Strings) {
    EXPECT_EQ(stream("'a' \"b\" '''c\nd''' r'\\d' b'x' Rb'y' bR'z' u'w' 'it\\'s'\n"),
              "STRING('a') STRING(\"b\") STRING('''c\nd''') STRING(r'\\d') STRING(b'x') STRING(Rb'y') "
              "STRING(bR'z') STRING(u'w') STRING('it\\'s') NEWLINE ENDMARKER");
    EXPECT_EQ(stream("'a\\\nb'\n"), "STRING('a\\\nb') NEWLINE ENDMARKER");
    EXPECT_EQ(stream("ub'x'\n"), "NAME(ub) STRING('x') NEWLINE ENDMARKER");  // not a prefix
}

TEST(Lexer, FStrings) {
    EXPECT_EQ(stream("f'a{x!r:>{w}}b{{c}}'\n"),
              "FSTRING_START FSTRING_MIDDLE(a) { NAME(x) ! NAME(r) : FSTRING_MIDDLE(>) { NAME(w) } } "
              "FSTRING_MIDDLE(b{{c}}) FSTRING_END NEWLINE ENDMARKER");
    // PEP 701: the same quotes inside a replacement field.
    EXPECT_EQ(stream("f'{d['k']}'\n"),
              "FSTRING_START { NAME(d) [ STRING('k') ] } FSTRING_END NEWLINE ENDMARKER");
    EXPECT_EQ(stream("f\"{x = }\"\n"), "FSTRING_START { NAME(x) = } FSTRING_END NEWLINE ENDMARKER");
    EXPECT_EQ(stream("f'{a[1:2]}'\n"),
              "FSTRING_START { NAME(a) [ NUMBER(1) : NUMBER(2) ] } FSTRING_END NEWLINE ENDMARKER");
    EXPECT_EQ(stream("f'{x:=5}'\n"), "FSTRING_START { NAME(x) : FSTRING_MIDDLE(=5) } FSTRING_END NEWLINE ENDMARKER");
    EXPECT_EQ(stream("rf'\\d{x}'\n"), "FSTRING_START FSTRING_MIDDLE(\\d) { NAME(x) } FSTRING_END NEWLINE ENDMARKER");
    EXPECT_EQ(stream("f'''a\n{x\n}'''\n"),
              "FSTRING_START FSTRING_MIDDLE(a\n) { NAME(x) } FSTRING_END NEWLINE ENDMARKER");
    EXPECT_EQ(stream("f'{f\"{y}\"}'\n"),
              "FSTRING_START { FSTRING_START { NAME(y) } FSTRING_END } FSTRING_END NEWLINE ENDMARKER");
}

TEST(Lexer, LocationsAreCPythons) {
    LexResult r = tokenize("s = '中'  # c\nif s:\n    pass\n");
    ASSERT_FALSE(r.error);
    const Token& str = r.tokens[2];
    EXPECT_EQ(str.col_offset, 4);
    EXPECT_EQ(str.end_col_offset, 9);  // UTF-8 bytes: '中' is 3 bytes
    const Token& newline = r.tokens[3];
    EXPECT_EQ(newline.kind, TokenKind::Newline);
    EXPECT_EQ(newline.col_offset, 11);  // after a comment, NEWLINE starts at the comment
    const Token& end = r.tokens.back();
    EXPECT_EQ(end.kind, TokenKind::EndMarker);
    EXPECT_EQ(end.lineno, 3);
    EXPECT_EQ(end.col_offset, -1);
    EXPECT_EQ(r.tokens[r.tokens.size() - 2].kind, TokenKind::Dedent);
}

TEST(Lexer, BracketLevels) {
    LexResult r = tokenize("f(a[1])\n");
    std::string levels;
    for (const Token& t : r.tokens) levels += std::to_string(t.level);
    EXPECT_EQ(levels, "011221000");  // f ( a [ 1 ] ) NEWLINE ENDMARKER
}

TEST(Lexer, Errors) {
    EXPECT_EQ(error_of("x = 'abc\n"), "unterminated string literal (detected at line 1)");
    EXPECT_EQ(error_of("x = '''abc\n\ny\n"), "unterminated triple-quoted string literal (detected at line 3)");
    EXPECT_EQ(error_of("x = f'abc\n"), "unterminated f-string literal (detected at line 1)");
    EXPECT_EQ(error_of("if x:\n    a\n  b\n"), "unindent does not match any outer indentation level");
    EXPECT_EQ(error_of("if x:\n        a\n\tb\n"), "inconsistent use of tabs and spaces in indentation");
    EXPECT_EQ(error_of("x = 1abc\n"), "invalid decimal literal");
    EXPECT_EQ(error_of("x = 1_\n"), "invalid decimal literal");
    EXPECT_EQ(error_of("x = 0x\n"), "invalid hexadecimal literal");
    EXPECT_EQ(error_of("x = 0o8\n"), "invalid digit '8' in octal literal");
    EXPECT_EQ(error_of("x = 0b2\n"), "invalid digit '2' in binary literal");
    EXPECT_EQ(error_of("x = 0777\n"),
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    EXPECT_EQ(error_of("x = 5j9\n"), "invalid imaginary literal");
    EXPECT_EQ(error_of("print('hi'）\n"), "invalid character '）' (U+FF09)");
    EXPECT_EQ(error_of("x\xc2\xa0= 1\n"), "invalid non-printable character U+00A0");
    EXPECT_EQ(error_of("x = 1)\n"), "unmatched ')'");
    EXPECT_EQ(error_of("x = (1, 2]\n"), "closing parenthesis ']' does not match opening parenthesis '('");
    EXPECT_EQ(error_of("x = (1,\n 2]\n"), "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    EXPECT_EQ(error_of("x = (1 +\n"), "'(' was never closed");
    EXPECT_EQ(error_of("x = \\ 1\n"), "unexpected character after line continuation character");
    EXPECT_EQ(error_of("x = f'}'\n"), "f-string: single '}' is not allowed");
    EXPECT_EQ(error_of("x = f'{a]}'\n"), "f-string: unmatched ']'");
    EXPECT_EQ(error_of("x = " + std::string(201, '(') + "\n"), "too many nested parentheses");
    EXPECT_EQ(error_of("x = 1\0\n"), "(no error)");  // std::string stops at the NUL here
    EXPECT_EQ(error_of(std::string("x = 1\0\n", 7)), "source code cannot contain null bytes");
}

TEST(Lexer, ErrorLocations) {
    LexResult r = tokenize("x = 1)\n");
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->lineno, 1);
    EXPECT_EQ(r.error->col_offset, 5);
    LexResult u = tokenize("\n\nx = [1,\n");
    ASSERT_TRUE(u.unclosed_bracket);
    EXPECT_EQ(u.unclosed_bracket->lineno, 3);
    EXPECT_EQ(u.unclosed_bracket->col_offset, 4);
    EXPECT_EQ(u.tokens.back().kind, TokenKind::Error);
}

}  // namespace
