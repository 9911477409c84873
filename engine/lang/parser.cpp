// Parser infrastructure: token cursor, error reporting, and parse() which decides, as CPython
// does, whether the tokenizer's or the parser's error is the one to report.
#include "lang/parser.h"

#include <algorithm>

#include "lang/lexer.h"
#include "lang/parser_internal.h"

namespace loopscope::lang {

namespace {

// Nesting depth of the recursive rules before we give up like CPython's "too complex" check.
// Each level costs a few hundred bytes of native stack through the expression rules, so this
// stays far below any thread's stack size.
constexpr int kMaxDepth = 1000;

}  // namespace

Parser::Parser(std::string_view source, const std::vector<Token>& tokens, ast::Arena& arena,
               std::vector<SyntaxWarning>& warnings)
    : source_(source), tokens_(tokens), arena_(arena), warnings_(warnings) {}

// ----- tokens -----

const Token& Parser::peek(size_t ahead) const {
    size_t i = pos_ + ahead;
    if (i >= tokens_.size()) i = tokens_.size() - 1;
    const_cast<Parser*>(this)->touch(i);
    return tokens_[i];
}

void Parser::touch(size_t index) {
    if (index >= tokens_.size()) return;
    if (index > furthest_) furthest_ = index;
    if (index > fetched_) fetched_ = index;
}

const Token& Parser::advance() {
    const Token& t = tokens_[pos_];
    if (pos_ + 1 < tokens_.size()) ++pos_;
    touch(pos_);
    return t;
}

bool Parser::accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
}

const Token& Parser::expect(TokenKind k) {
    if (!at(k)) fail_invalid_syntax();
    return advance();
}

const Token& Parser::expect_forced(TokenKind k) {
    if (!at(k)) fail_at_token(tok(), "expected '" + std::string(spelling(k)) + "'");
    return advance();
}

Parser::NestGuard Parser::nest() {
    if (++depth_ > kMaxDepth) {
        SyntaxError e;
        e.kind = SyntaxErrorKind::MemoryError;
        e.message = "Parser stack overflowed - Python source too complex to parse";
        e.lineno = tok().lineno;
        throw ParseFailure{e};
    }
    return NestGuard{this};
}

// ----- errors -----

void Parser::fail_range(int lineno, int col, int end_lineno, int end_col, std::string message,
                        SyntaxErrorKind kind) {
    SyntaxError e;
    e.message = std::move(message);
    e.kind = kind;
    e.lineno = lineno;
    e.col_offset = col;
    e.end_lineno = end_lineno;
    e.end_col_offset = end_col;
    throw ParseFailure{e};
}

void Parser::fail_at_token(const Token& t, std::string message, SyntaxErrorKind kind) {
    fail_range(t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, std::move(message), kind);
}

void Parser::fail_at_node(const ast::node& n, std::string message) {
    fail_range(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, std::move(message));
}

void Parser::fail_range(const ast::node& from, const ast::node& to, std::string message) {
    fail_range(from.lineno, from.col_offset, to.end_lineno, to.end_col_offset, std::move(message));
}

void Parser::fail_last_token(std::string message) {
    fail_at_token(tokens_[fetched_], std::move(message));
}

void Parser::fail_invalid_syntax() {
    const Token& t = tokens_[std::max(furthest_, pos_)];
    if (t.kind == TokenKind::Indent) {
        // CPython's offset is the indentation's width: a caret shows only under tabs.
        SyntaxError e;
        e.message = "unexpected indent";
        e.kind = SyntaxErrorKind::IndentationError;
        e.lineno = e.end_lineno = t.lineno;
        e.col_offset = t.end_col_offset - 1;
        e.end_col_offset = -1;
        throw ParseFailure{e, true, true};
    }
    if (t.kind == TokenKind::Dedent && t.start < source_.size()) {
        SyntaxError e;
        e.message = "unexpected unindent";
        e.kind = SyntaxErrorKind::IndentationError;
        e.lineno = e.end_lineno = t.lineno;
        e.col_offset = 0;
        e.end_col_offset = -1;
        throw ParseFailure{e, true, true};
    }
    SyntaxError e;
    e.message = "invalid syntax";
    e.lineno = t.lineno;
    e.col_offset = t.col_offset;
    e.end_lineno = t.end_lineno;
    e.end_col_offset = t.end_col_offset;
    throw ParseFailure{e, false, true};
}

// ----- nodes -----

// Like CPython's EXTRA, a node ends at the last consumed token that is not NEWLINE, INDENT or
// DEDENT (a compound statement ends with its last statement, not with the DEDENT after it).
void Parser::finish(ast::node* n) const {
    size_t i = pos_ > 0 ? pos_ - 1 : 0;
    while (i > 0 && (tokens_[i].kind == TokenKind::Newline || tokens_[i].kind == TokenKind::Indent ||
                     tokens_[i].kind == TokenKind::Dedent))
        --i;
    const Token& last = tokens_[i];
    n->end_lineno = last.end_lineno;
    n->end_col_offset = last.end_col_offset;
}

void Parser::set_span_from(ast::node* n, const Token& t) const {
    n->lineno = t.lineno;
    n->col_offset = t.col_offset;
    finish(n);
}

// ----- entry point -----

namespace {

// CPython reads source with universal newlines; the lexer handles \r\n and \r itself, but a
// UTF-8 byte order mark must go.
std::string_view strip_bom(std::string_view source) {
    if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
    return source;
}

// Picks the error CPython would report, given the tokenizer's and the parser's.
// CPython raises a tokenizer error as soon as its parser fetches the failing token; after a parser
// error it tokenizes the rest of the file and reports most tokenizer errors found there too.
// "'(' was never closed" wins when the parser ran into the end of the input, or when the last
// token it fetched lies on a later line than the bracket.
SyntaxError choose_error(const LexResult& lex, const ParseFailure& failure, bool parser_reached_end,
                         int fetched_line) {
    if (failure.error.kind == SyntaxErrorKind::MemoryError) return failure.error;
    if (failure.unexpected_indent) return failure.error;
    if (lex.error) {
        bool reached = parser_reached_end;
        if (reached || (!lex.error_is_lazy && !lex.error_in_fstring)) return *lex.error;
        return failure.error;
    }
    if (lex.unclosed_bracket) {
        if (parser_reached_end || fetched_line > lex.unclosed_bracket->lineno)
            return *lex.unclosed_bracket;
    }
    return failure.error;
}

}  // namespace

ParseResult parse(std::string_view source) {
    source = strip_bom(source);
    ParseResult result;
    LexResult lex = tokenize(source);
    auto module = std::make_unique<ast::Module>();
    Parser parser(source, lex.tokens, module->arena, result.warnings);
    try {
        module->body = parser.file();
        result.module = std::move(module);
    } catch (const ParseFailure& failure) {
        const Token& fetched = parser.fetched_token();
        bool reached_eof = &fetched == &lex.tokens.back() && lex.tokens.back().kind == TokenKind::Error;
        result.error = choose_error(lex, failure, reached_eof, fetched.lineno);
        result.warnings.clear();
    }
    return result;
}

std::string format_syntax_warning(const SyntaxWarning& warning, std::string_view filename,
                                  std::string_view source) {
    std::string out = std::string(filename) + ":" + std::to_string(warning.lineno) +
                      ": SyntaxWarning: " + warning.message + "\n";
    std::string_view line = source_line(source, warning.lineno);
    size_t first = line.find_first_not_of(" \t\f");
    if (first != std::string_view::npos) out += "  " + std::string(line.substr(first)) + "\n";
    return out;
}

}  // namespace loopscope::lang
