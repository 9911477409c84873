// The parser's class, shared by parser*.cpp. Not part of the engine's API: include parser.h.
//
// Error handling: the first error throws ParseFailure, which parse() catches; CPython also stops
// at the first error. Each grammar function is named after the CPython rule it implements.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"
#include "lang/parser.h"
#include "lang/token.h"

namespace loopscope::lang {

struct ParseFailure {
    SyntaxError error;
    // CPython's generic "unexpected indent": it keeps this one even when the tokenizer would
    // fail further on.
    bool unexpected_indent = false;
    // A plain "invalid syntax" (or unexpected indent): in CPython's PEG parser this is just a rule
    // not matching, so callers may backtrack past it.
    bool generic = false;
};

// The value of a NUMBER token's text ("0x_ff", "1e3", "2j", ...), already validated by the lexer.
ast::ConstantValue number_value(std::string_view text);

// Start of a node: where its first token began.
struct Pos {
    int lineno;
    int col_offset;
};

class Parser {
public:
    Parser(std::string_view source, const std::vector<Token>& tokens, ast::Arena& arena,
           std::vector<SyntaxWarning>& warnings);

    std::vector<ast::stmt*> file();

    // The furthest token the parser fetched, counting the lookahead of error checks (CPython's
    // p->tokens[p->fill - 1]; decides whether "'(' was never closed" wins).
    const Token& fetched_token() const { return tokens_[fetched_]; }

private:
    using expr = ast::expr;
    using stmt = ast::stmt;
    using StmtList = std::vector<stmt*>;

    // ----- tokens (parser.cpp) -----
    const Token& tok() const { return tokens_[pos_]; }
    const Token& peek(size_t ahead = 1) const;
    // The next token without counting it as read (for checks CPython makes only in its second,
    // error-reporting pass, which must not move the "invalid syntax" location).
    const Token& peek_quietly() const { return tokens_[std::min(pos_ + 1, tokens_.size() - 1)]; }
    bool at_comprehension_start() const {
        return at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && peek().kind == TokenKind::KwFor);
    }
    const Token& prev() const { return tokens_[pos_ - 1]; }
    TokenKind kind() const { return tok().kind; }
    bool at(TokenKind k) const { return tok().kind == k; }
    bool at_name(std::string_view text) const { return at(TokenKind::Name) && tok().text == text; }
    const Token& advance();
    bool accept(TokenKind k);
    const Token& expect(TokenKind k);            // else "invalid syntax" here
    const Token& expect_forced(TokenKind k);     // else "expected 'x'" here (CPython's &&'x')
    Pos start() const { return {tok().lineno, tok().col_offset}; }
    void touch(size_t index);                    // records lookahead for error locations

    // ----- errors (parser.cpp) -----
    [[noreturn]] void fail_invalid_syntax();
    [[noreturn]] void fail_at_token(const Token& t, std::string message,
                                    SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError);
    [[noreturn]] void fail_at_node(const ast::node& n, std::string message);
    [[noreturn]] void fail_range(const ast::node& from, const ast::node& to, std::string message);
    [[noreturn]] void fail_range(int lineno, int col, int end_lineno, int end_col, std::string message,
                                 SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError);
    [[noreturn]] void fail_last_token(std::string message);  // CPython's RAISE_SYNTAX_ERROR
    // Recursion guard for the rules that can nest without bound.
    struct NestGuard {
        Parser* p;
        ~NestGuard() { --p->depth_; }
    };
    [[nodiscard]] NestGuard nest();

    // ----- node construction -----
    template <class T>
    T* make(Pos s) {
        T* n = arena_.make<T>();
        n->lineno = s.lineno;
        n->col_offset = s.col_offset;
        finish(n);
        return n;
    }
    template <class T>
    T* make_from(const ast::node& first) {
        return make<T>(Pos{first.lineno, first.col_offset});
    }
    void finish(ast::node* n) const;  // ends the node at the previous token
    static Pos pos_of(const ast::node& n) { return {n.lineno, n.col_offset}; }
    void set_span_from(ast::node* n, const Token& t) const;
    // A parenthesized expression keeps its own location (as in CPython), but a node built on it
    // starts at the outermost '(' (`(a + b) * c` starts at column 0).
    void mark_parenthesized(expr* e, Pos open) { parenthesized_[e] = open; }
    bool is_parenthesized(const expr* e) const { return parenthesized_.count(e) != 0; }
    Pos start_of(const expr* e) const {
        auto it = parenthesized_.find(e);
        return it != parenthesized_.end() ? it->second : pos_of(*e);
    }

    // ----- statements (parser_stmt.cpp) -----
    StmtList statements_until(TokenKind end);
    void statement(StmtList& out);
    void simple_stmts(StmtList& out);
    stmt* simple_stmt();
    stmt* expression_statement();
    stmt* assignment_rest(expr* first, Pos s);
    stmt* ann_assign_rest(expr* target, Pos s);
    stmt* aug_assign_rest(expr* target, Pos s);
    stmt* return_stmt();
    stmt* raise_stmt();
    stmt* del_stmt();
    stmt* assert_stmt();
    stmt* global_or_nonlocal(bool global);
    stmt* import_name();
    stmt* import_from();
    std::string dotted_name();
    stmt* compound_stmt();
    StmtList block(const Token& keyword, const std::string& what);
    stmt* if_stmt(bool elif);
    stmt* while_stmt();
    stmt* for_stmt(const Token* async_tok);
    stmt* with_stmt(const Token* async_tok);
    bool parenthesized_with_items(std::vector<ast::withitem*>& items);
    ast::withitem* with_item();
    stmt* try_stmt();
    ast::ExceptHandler* except_block(bool& star, bool first, bool expect_star);
    stmt* function_def(std::vector<expr*> decorators, const Token* async_tok, Pos s);
    stmt* class_def(std::vector<expr*> decorators, Pos s);
    stmt* decorated();
    ast::arguments* parameters(TokenKind closing, bool lambda);
    ast::arg* param(bool lambda, bool star_annotation);
    expr* star_targets(TokenKind stop);
    expr* for_target(bool comprehension);
    void class_arguments(ast::ClassDef* c);
    void expect_block_colon();

    // ----- expressions (parser_expr.cpp) -----
    bool starts_expression() const;
    expr* star_expressions();
    expr* star_expression();
    expr* star_named_expression();
    expr* starred_operand(expr* (Parser::*rule)());
    expr* named_expression();
    expr* expressions();
    expr* expression();
    expr* yield_expr();
    expr* lambdef();
    expr* disjunction();
    expr* conjunction();
    expr* inversion();
    expr* comparison();
    expr* binary_level(expr* (Parser::*operand)(), ast::Operator (*op_of)(TokenKind, bool&));
    expr* bitwise_or();
    expr* bitwise_xor();
    expr* bitwise_and();
    expr* shift_expr();
    expr* sum();
    expr* term();
    expr* factor();
    expr* power();
    expr* await_primary();
    expr* primary();
    expr* atom();
    expr* paren_atom();
    expr* list_atom();
    expr* brace_atom();
    expr* dict_rest(Pos s, expr* first_key, expr* first_value);
    [[noreturn]] void starred_dict_value_error();
    expr* call_rest(expr* func);
    expr* subscript_rest(expr* value);
    expr* slice();
    std::vector<ast::comprehension*> for_if_clauses();
    expr* number_atom();
    void check_after_expression(expr* e);
    void check_stray_equal(expr* e);
    bool try_parse(expr* (Parser::*rule)(), expr*& out);
    bool operand_or_backtrack(expr* (Parser::*rule)(), size_t op_pos, expr*& out);

    // ----- strings (parser_strings.cpp) -----
    expr* strings();
    // Literal text not yet turned into a Constant, and where it starts and ends.
    struct PendingText {
        std::string text;
        Pos start{0, 0};
        Pos end{0, 0};
    };
    void fstring(std::vector<expr*>& parts, PendingText& pending);
    void flush_text(std::vector<expr*>& parts, PendingText& pending);
    expr* fstring_replacement_field();
    expr* fstring_format_spec(const Token& colon);
    std::string decode_literal(const Token& t, std::string_view body, bool raw, bool bytes);

    // ----- targets (parser_targets.cpp) -----
    void set_store(expr* e, ast::ExprContext ctx);
    void check_target(expr* e, ast::ExprContext ctx, bool star_ok, const char* verb);
    void validate_assign_target(expr* target, bool first);
    static const char* expr_name(const expr* e);
    const expr* invalid_target(const expr* e, bool for_targets) const;

    std::string_view source_;
    const std::vector<Token>& tokens_;
    ast::Arena& arena_;
    std::vector<SyntaxWarning>& warnings_;
    size_t pos_ = 0;
    // Furthest token reached by the grammar proper: where a generic "invalid syntax" points
    // (CPython reports the furthest token of its first pass).
    size_t furthest_ = 0;
    size_t fetched_ = 0;  // furthest token fetched by anything, error checks included
    int depth_ = 0;
    bool in_speculation_ = false;
    std::unordered_map<const expr*, Pos> parenthesized_;
    std::string debug_text_;
    Pos debug_end_{0, 0};     // where the text of that `{x=}` field ends  // text of the last `{x=}` field ("x="), handed to its f-string
};

}  // namespace loopscope::lang
