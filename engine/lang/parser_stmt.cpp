// Statement rules: simple statements, compound statements, blocks, function parameters.
#include "lang/parser_internal.h"

namespace loopscope::lang {

using namespace ast;

namespace {

bool is_aug_assign(TokenKind k, Operator& op) {
    switch (k) {
    case TokenKind::PlusEqual: op = Operator::Add; return true;
    case TokenKind::MinEqual: op = Operator::Sub; return true;
    case TokenKind::StarEqual: op = Operator::Mult; return true;
    case TokenKind::AtEqual: op = Operator::MatMult; return true;
    case TokenKind::SlashEqual: op = Operator::Div; return true;
    case TokenKind::PercentEqual: op = Operator::Mod; return true;
    case TokenKind::AmperEqual: op = Operator::BitAnd; return true;
    case TokenKind::VBarEqual: op = Operator::BitOr; return true;
    case TokenKind::CircumflexEqual: op = Operator::BitXor; return true;
    case TokenKind::LeftShiftEqual: op = Operator::LShift; return true;
    case TokenKind::RightShiftEqual: op = Operator::RShift; return true;
    case TokenKind::DoubleStarEqual: op = Operator::Pow; return true;
    case TokenKind::DoubleSlashEqual: op = Operator::FloorDiv; return true;
    default: return false;
    }
}

Pos pos_of_token(const Token& t) { return {t.lineno, t.col_offset}; }

}  // namespace

// ----- file and statement lists -----

std::vector<stmt*> Parser::file() {
    StmtList body;
    while (!at(TokenKind::EndMarker)) statement(body);
    return body;
}

void Parser::statement(StmtList& out) {
    switch (kind()) {
    case TokenKind::KwDef: case TokenKind::KwIf: case TokenKind::KwClass: case TokenKind::KwWith:
    case TokenKind::KwFor: case TokenKind::KwTry: case TokenKind::KwWhile: case TokenKind::At:
        out.push_back(compound_stmt());
        return;
    case TokenKind::KwAsync:
        if (peek().kind == TokenKind::KwDef || peek().kind == TokenKind::KwFor || peek().kind == TokenKind::KwWith) {
            out.push_back(compound_stmt());
            return;
        }
        break;
    default:
        break;
    }
    simple_stmts(out);
}

void Parser::simple_stmts(StmtList& out) {
    while (true) {
        out.push_back(simple_stmt());
        if (!accept(TokenKind::Semi) || at(TokenKind::Newline)) break;
    }
    expect(TokenKind::Newline);
}

stmt* Parser::simple_stmt() {
    auto guard = nest();
    Pos s = start();
    switch (kind()) {
    case TokenKind::KwReturn: return return_stmt();
    case TokenKind::KwRaise: return raise_stmt();
    case TokenKind::KwPass: advance(); return make<Pass>(s);
    case TokenKind::KwBreak: advance(); return make<Break>(s);
    case TokenKind::KwContinue: advance(); return make<Continue>(s);
    case TokenKind::KwDel: return del_stmt();
    case TokenKind::KwAssert: return assert_stmt();
    case TokenKind::KwGlobal: return global_or_nonlocal(true);
    case TokenKind::KwNonlocal: return global_or_nonlocal(false);
    case TokenKind::KwImport: return import_name();
    case TokenKind::KwFrom: return import_from();
    default: return expression_statement();
    }
}

// ----- expression statements and assignments -----

stmt* Parser::expression_statement() {
    Pos s = start();
    if (at(TokenKind::Name) && peek().kind == TokenKind::ColonEqual) {
        // `x := 1` needs parentheses here; CPython's error pass still reads the whole named
        // expression (and reports errors inside it) before pointing at ':='.
        size_t walrus = pos_ + 1;
        try {
            named_expression();
        } catch (const ParseFailure& f) {
            if (!f.generic) throw;
        }
        pos_ = furthest_ = walrus;
        fail_invalid_syntax();
    }
    expr* e = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
    if (at(TokenKind::ColonEqual) && !e->is<Tuple>() && !e->is<Starred>()) {
        // CPython's invalid_named_expression: `a < b := c`.
        size_t saved = pos_, saved_furthest = furthest_;
        advance();
        expr* value = nullptr;
        bool ok = try_parse(&Parser::expression, value);
        pos_ = saved;
        furthest_ = saved_furthest;
        if (ok) fail_at_node(*e, std::string("cannot use assignment expressions with ") + expr_name(e));
    }
    if (at(TokenKind::Colon)) return ann_assign_rest(e, s);
    if (at(TokenKind::Equal)) return assignment_rest(e, s);
    Operator op;
    if (is_aug_assign(kind(), op)) return aug_assign_rest(e, s);
    auto* st = make<Expr>(s);
    st->value = e;
    return st;
}

stmt* Parser::assignment_rest(expr* first, Pos s) {
    std::vector<expr*> targets{first};
    expr* value = nullptr;
    while (true) {
        validate_assign_target(targets.back(), targets.size() == 1);
        advance();  // =
        value = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
        if (!at(TokenKind::Equal)) break;
        targets.push_back(value);
    }
    for (expr* t : targets) set_store(t, ExprContext::Store);
    auto* a = make<Assign>(s);
    a->targets = std::move(targets);
    a->value = value;
    return a;
}

stmt* Parser::ann_assign_rest(expr* target, Pos s) {
    bool paren = is_parenthesized(target);
    bool valid = (target->is<Name>() || target->is<Attribute>() || target->is<Subscript>()) &&
                 !(target->is<Tuple>() || target->is<List>());
    if (!valid) {
        // CPython names a bad annotation target only when an annotation follows the ':'.
        size_t saved = pos_, saved_furthest = furthest_;
        advance();
        expr* annotation = nullptr;
        bool has_annotation = try_parse(&Parser::expression, annotation);
        pos_ = saved;
        furthest_ = saved_furthest;
        if (!has_annotation) fail_invalid_syntax();
    }
    if (target->is<Tuple>() && !paren)
        fail_at_node(*target->as<Tuple>().elts.front(), "only single target (not tuple) can be annotated");
    if (target->is<Tuple>() || target->is<List>())
        fail_at_node(*target, std::string("only single target (not ") + expr_name(target) + ") can be annotated");
    if (!target->is<Name>() && !target->is<Attribute>() && !target->is<Subscript>())
        fail_at_node(*target, "illegal target for annotation");
    set_store(target, ExprContext::Store);
    advance();  // :
    expr* annotation = expression();
    expr* value = nullptr;
    if (accept(TokenKind::Equal)) value = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
    auto* a = make<AnnAssign>(s);
    a->target = target;
    a->annotation = annotation;
    a->value = value;
    a->simple = (target->is<Name>() && !paren) ? 1 : 0;
    return a;
}

stmt* Parser::aug_assign_rest(expr* target, Pos s) {
    if (!target->is<Name>() && !target->is<Attribute>() && !target->is<Subscript>())
        fail_at_node(*target, std::string("'") + expr_name(target) +
                                  "' is an illegal expression for augmented assignment");
    Operator op;
    is_aug_assign(advance().kind, op);
    set_store(target, ExprContext::Store);
    expr* value = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
    auto* a = make<AugAssign>(s);
    a->target = target;
    a->op = op;
    a->value = value;
    return a;
}

// ----- other simple statements -----

stmt* Parser::return_stmt() {
    Pos s = start();
    advance();
    expr* value = (starts_expression() || at(TokenKind::Star)) ? star_expressions() : nullptr;
    auto* r = make<Return>(s);
    r->value = value;
    return r;
}

stmt* Parser::raise_stmt() {
    Pos s = start();
    advance();
    auto* r = arena_.make<Raise>();
    if (starts_expression()) {
        r->exc = expression();
        if (accept(TokenKind::KwFrom)) r->cause = expression();
    }
    r->lineno = s.lineno;
    r->col_offset = s.col_offset;
    finish(r);
    return r;
}

stmt* Parser::del_stmt() {
    Pos s = start();
    advance();
    std::vector<expr*> targets;
    while (true) {
        expr* t = star_expression();
        check_target(t, ExprContext::Del, false, "delete");
        set_store(t, ExprContext::Del);
        targets.push_back(t);
        if (!accept(TokenKind::Comma) || at(TokenKind::Newline) || at(TokenKind::Semi)) break;
    }
    if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) fail_invalid_syntax();
    auto* d = make<Delete>(s);
    d->targets = std::move(targets);
    return d;
}

stmt* Parser::assert_stmt() {
    Pos s = start();
    advance();
    auto* a = arena_.make<Assert>();
    a->test = expression();
    if (accept(TokenKind::Comma)) a->msg = expression();
    a->lineno = s.lineno;
    a->col_offset = s.col_offset;
    finish(a);
    return a;
}

stmt* Parser::global_or_nonlocal(bool global) {
    Pos s = start();
    advance();
    std::vector<std::string> names;
    do {
        names.emplace_back(expect(TokenKind::Name).text);
    } while (accept(TokenKind::Comma));
    if (global) {
        auto* g = make<Global>(s);
        g->names = std::move(names);
        return g;
    }
    auto* n = make<Nonlocal>(s);
    n->names = std::move(names);
    return n;
}

std::string Parser::dotted_name() {
    std::string name(expect(TokenKind::Name).text);
    while (at(TokenKind::Dot) && peek().kind == TokenKind::Name) {
        advance();
        name += ".";
        name += advance().text;
    }
    return name;
}

stmt* Parser::import_name() {
    Pos s = start();
    advance();
    if (at(TokenKind::Newline)) fail_at_token(tok(), "Expected one or more names after 'import'");
    auto* imp = arena_.make<Import>();
    do {
        Pos as = start();
        auto* a = arena_.make<alias>();
        a->name = dotted_name();
        if (accept(TokenKind::KwAs)) a->asname = std::string(expect(TokenKind::Name).text);
        a->lineno = as.lineno;
        a->col_offset = as.col_offset;
        finish(a);
        imp->names.push_back(a);
    } while (accept(TokenKind::Comma));
    imp->lineno = s.lineno;
    imp->col_offset = s.col_offset;
    finish(imp);
    return imp;
}

stmt* Parser::import_from() {
    Pos s = start();
    advance();
    auto* imp = arena_.make<ImportFrom>();
    while (at(TokenKind::Dot) || at(TokenKind::Ellipsis)) imp->level += advance().kind == TokenKind::Dot ? 1 : 3;
    if (!at(TokenKind::KwImport) || imp->level == 0) imp->module = dotted_name();
    expect(TokenKind::KwImport);
    if (at(TokenKind::Newline)) fail_at_token(tok(), "Expected one or more names after 'import'");
    if (at(TokenKind::Star)) {
        Pos as = start();
        advance();
        auto* a = make<alias>(as);
        a->name = "*";
        imp->names.push_back(a);
    } else {
        bool paren = accept(TokenKind::LPar);
        while (true) {
            Pos as = start();
            auto* a = arena_.make<alias>();
            a->name = std::string(expect(TokenKind::Name).text);
            if (accept(TokenKind::KwAs)) a->asname = std::string(expect(TokenKind::Name).text);
            a->lineno = as.lineno;
            a->col_offset = as.col_offset;
            finish(a);
            imp->names.push_back(a);
            if (!accept(TokenKind::Comma)) break;
            if (paren && at(TokenKind::RPar)) break;
            if (!paren && at(TokenKind::Newline))
                fail_at_token(tok(), "trailing comma not allowed without surrounding parentheses");
        }
        if (paren) expect(TokenKind::RPar);
    }
    imp->lineno = s.lineno;
    imp->col_offset = s.col_offset;
    finish(imp);
    return imp;
}

// ----- blocks -----

// The indented block after `keyword ... :`, or the simple statements on the same line.
std::vector<stmt*> Parser::block(const Token& keyword, const std::string& what) {
    auto guard = nest();
    StmtList body;
    if (!at(TokenKind::Newline)) {
        simple_stmts(body);
        return body;
    }
    advance();
    if (!at(TokenKind::Indent))
        fail_at_token(tok(), "expected an indented block after " + what + " on line " +
                                 std::to_string(keyword.lineno), SyntaxErrorKind::IndentationError);
    advance();
    while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) statement(body);
    accept(TokenKind::Dedent);
    return body;
}

// The ':' that ends a compound statement's header; CPython says "expected ':'" when the line ends
// without it.
void Parser::expect_block_colon() {
    if (at(TokenKind::Colon)) { advance(); return; }
    if (at(TokenKind::Newline)) fail_at_token(tok(), "expected ':'");
    fail_invalid_syntax();
}

stmt* Parser::compound_stmt() {
    switch (kind()) {
    case TokenKind::KwIf: return if_stmt(false);
    case TokenKind::KwWhile: return while_stmt();
    case TokenKind::KwFor: return for_stmt(nullptr);
    case TokenKind::KwWith: return with_stmt(nullptr);
    case TokenKind::KwTry: return try_stmt();
    case TokenKind::KwDef: return function_def({}, nullptr, start());
    case TokenKind::KwClass: return class_def({}, start());
    case TokenKind::At: return decorated();
    case TokenKind::KwAsync: {
        const Token& async_tok = advance();
        if (at(TokenKind::KwDef)) return function_def({}, &async_tok, pos_of_token(async_tok));
        if (at(TokenKind::KwFor)) return for_stmt(&async_tok);
        return with_stmt(&async_tok);
    }
    default: fail_invalid_syntax();
    }
}

stmt* Parser::if_stmt(bool elif) {
    const Token& kw = advance();
    auto* n = arena_.make<If>();
    n->lineno = kw.lineno;
    n->col_offset = kw.col_offset;
    n->test = named_expression();
    expect_block_colon();
    n->body = block(kw, elif ? "'elif' statement" : "'if' statement");
    if (at(TokenKind::KwElif)) {
        n->orelse.push_back(if_stmt(true));
    } else if (at(TokenKind::KwElse)) {
        const Token& else_kw = advance();
        expect_forced(TokenKind::Colon);
        n->orelse = block(else_kw, "'else' statement");
    }
    finish(n);
    return n;
}

stmt* Parser::while_stmt() {
    const Token& kw = advance();
    auto* n = arena_.make<While>();
    n->lineno = kw.lineno;
    n->col_offset = kw.col_offset;
    n->test = named_expression();
    expect_block_colon();
    n->body = block(kw, "'while' statement");
    if (at(TokenKind::KwElse)) {
        const Token& else_kw = advance();
        expect_forced(TokenKind::Colon);
        n->orelse = block(else_kw, "'else' statement");
    }
    finish(n);
    return n;
}

// Comma-separated targets for `for`, parsed below the comparison level so `in` ends them.
ast::expr* Parser::star_targets(TokenKind stop) {
    Pos s = start();
    auto one = [&]() -> expr* {
        if (!at(TokenKind::Star)) return bitwise_or();
        Pos ss = start();
        advance();
        expr* v = bitwise_or();
        auto* st = make<Starred>(ss);
        st->value = v;
        return st;
    };
    expr* first = one();
    if (!at(TokenKind::Comma)) return first;
    auto* t = arena_.make<Tuple>();
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (at(stop) || (!starts_expression() && !at(TokenKind::Star))) break;
        t->elts.push_back(one());
    }
    t->lineno = s.lineno;
    t->col_offset = s.col_offset;
    finish(t);
    return t;
}

// The target of `for ... in`, up to and including `in`, with CPython's errors for bad targets.
ast::expr* Parser::for_target(bool comprehension) {
    size_t start_pos = pos_;
    expr* target = nullptr;
    bool parsed = true;
    try {
        target = star_targets(TokenKind::KwIn);
    } catch (const ParseFailure& f) {
        if (f.error.kind == SyntaxErrorKind::MemoryError || f.error.message != "invalid syntax") throw;
        parsed = false;
    }
    if (!parsed || !at(TokenKind::KwIn)) {
        // CPython's invalid_for_target: read the target as an expression (`for f() in x`,
        // `for not a in b`) and name what cannot be assigned to.
        size_t saved_furthest = furthest_, after_target = pos_;
        pos_ = start_pos;
        expr* e = nullptr;
        if (try_parse(&Parser::star_expressions, e)) check_target(e, ExprContext::Store, true, "assign to");
        furthest_ = saved_furthest;
        pos_ = after_target;
        if (parsed && comprehension) fail_at_token(tok(), "'in' expected after for-loop variables");
        fail_invalid_syntax();
    }
    advance();  // in
    check_target(target, ExprContext::Store, true, "assign to");
    set_store(target, ExprContext::Store);
    return target;
}

stmt* Parser::for_stmt(const Token* async_tok) {
    const Token& kw = advance();
    ForBase* n = async_tok ? static_cast<ForBase*>(arena_.make<AsyncFor>()) : arena_.make<For>();
    const Token& first = async_tok ? *async_tok : kw;
    n->lineno = first.lineno;
    n->col_offset = first.col_offset;
    n->target = for_target(false);
    n->iter = star_expressions();
    expect_block_colon();
    n->body = block(kw, "'for' statement");
    if (at(TokenKind::KwElse)) {
        const Token& else_kw = advance();
        expect_forced(TokenKind::Colon);
        n->orelse = block(else_kw, "'else' statement");
    }
    finish(n);
    return n;
}

ast::withitem* Parser::with_item() {
    auto* item = arena_.make<withitem>();
    Pos s = start();
    item->context_expr = expression();
    if (accept(TokenKind::KwAs)) {
        // One target: in `with a as b, c:` the comma separates items.
        size_t target_pos = pos_;
        expr* target = bitwise_or();
        if (!at(TokenKind::Comma) && !at(TokenKind::RPar) && !at(TokenKind::Colon)) {
            // CPython's invalid_with_item reads the target as an expression, whose own error
            // checks ("forgot a comma") may fire.
            size_t saved_furthest = furthest_;
            pos_ = target_pos;
            try { expression(); } catch (const ParseFailure& f) { if (!f.generic) throw; }
            furthest_ = saved_furthest;
            fail_invalid_syntax();
        }
        check_target(target, ExprContext::Store, false, "assign to");
        set_store(target, ExprContext::Store);
        item->optional_vars = target;
    }
    item->lineno = s.lineno;
    item->col_offset = s.col_offset;
    finish(item);
    return item;
}

// `with (a as b, c as d):` — only when the parentheses hold with-items and are followed by ':'.
bool Parser::parenthesized_with_items(std::vector<withitem*>& items) {
    // A real grammar alternative (not an error check): its lookahead counts for where a later
    // "invalid syntax" points, as in CPython, so furthest_ is not restored.
    size_t saved_pos = pos_;
    try {
        advance();  // (
        std::vector<withitem*> found;
        while (true) {
            found.push_back(with_item());
            if (!accept(TokenKind::Comma) || at(TokenKind::RPar)) break;
        }
        expect(TokenKind::RPar);
        if (!at(TokenKind::Colon)) throw ParseFailure{SyntaxError{}, false, true};
        items = std::move(found);
        return true;
    } catch (const ParseFailure& f) {
        if (!f.generic) throw;
        pos_ = saved_pos;
        return false;
    }
}

stmt* Parser::with_stmt(const Token* async_tok) {
    const Token& kw = advance();
    WithBase* n = async_tok ? static_cast<WithBase*>(arena_.make<AsyncWith>()) : arena_.make<With>();
    const Token& first = async_tok ? *async_tok : kw;
    n->lineno = first.lineno;
    n->col_offset = first.col_offset;
    if (!(at(TokenKind::LPar) && parenthesized_with_items(n->items))) {
        do {
            n->items.push_back(with_item());
        } while (accept(TokenKind::Comma));
    }
    expect_block_colon();
    n->body = block(kw, "'with' statement");
    finish(n);
    return n;
}

// ----- try -----

ast::ExceptHandler* Parser::except_block(bool& star, bool first, bool expect_star) {
    const Token& kw = advance();
    auto* h = arena_.make<ExceptHandler>();
    h->lineno = kw.lineno;
    h->col_offset = kw.col_offset;
    bool is_star = false;
    if (at(TokenKind::Star)) {
        const Token& st = advance();
        is_star = true;
        if (at(TokenKind::Colon) || at(TokenKind::Newline))
            fail_at_token(tok(), "expected one or more exception types");
        if (!first && !expect_star)
            fail_range(kw.lineno, kw.col_offset, st.end_lineno, st.end_col_offset,
                       "cannot have both 'except' and 'except*' on the same 'try'");
    } else if (!first && expect_star) {
        fail_at_token(kw, "cannot have both 'except' and 'except*' on the same 'try'");
    }
    star = is_star;
    if (!at(TokenKind::Colon)) {
        h->type = expression();
        if (at(TokenKind::Comma) && !in_speculation_) {
            advance();
            expr* rest = expressions();
            fail_range(*h->type, *rest, "multiple exception types must be parenthesized");
        }
        if (accept(TokenKind::KwAs)) h->name = std::string(expect(TokenKind::Name).text);
    }
    expect_block_colon();
    h->body = block(kw, is_star ? "'except*' statement" : "'except' statement");
    finish(h);
    return h;
}

stmt* Parser::try_stmt() {
    const Token& kw = advance();
    expect_forced(TokenKind::Colon);
    StmtList body = block(kw, "'try' statement");
    std::vector<ExceptHandler*> handlers;
    bool star = false;
    while (at(TokenKind::KwExcept)) {
        bool this_star = false;
        handlers.push_back(except_block(this_star, handlers.empty(), star));
        if (handlers.size() == 1) star = this_star;
    }
    StmtList orelse, finalbody;
    if (!handlers.empty() && at(TokenKind::KwElse)) {
        const Token& else_kw = advance();
        expect_forced(TokenKind::Colon);
        orelse = block(else_kw, "'else' statement");
    }
    if (at(TokenKind::KwFinally)) {
        const Token& fin = advance();
        expect_forced(TokenKind::Colon);
        finalbody = block(fin, "'finally' statement");
    } else if (handlers.empty()) {
        touch(pos_);
        fail_last_token("expected 'except' or 'finally' block");
    }
    TryBase* n = star ? static_cast<TryBase*>(arena_.make<TryStar>()) : arena_.make<Try>();
    n->lineno = kw.lineno;
    n->col_offset = kw.col_offset;
    n->body = std::move(body);
    n->handlers = std::move(handlers);
    n->orelse = std::move(orelse);
    n->finalbody = std::move(finalbody);
    finish(n);
    return n;
}

// ----- functions and classes -----

stmt* Parser::decorated() {
    std::vector<expr*> decorators;
    while (accept(TokenKind::At)) {
        decorators.push_back(named_expression());
        expect(TokenKind::Newline);
    }
    Pos s = start();
    if (at(TokenKind::KwDef)) return function_def(std::move(decorators), nullptr, s);
    if (at(TokenKind::KwClass)) return class_def(std::move(decorators), s);
    if (at(TokenKind::KwAsync) && peek().kind == TokenKind::KwDef) {
        const Token& async_tok = advance();
        return function_def(std::move(decorators), &async_tok, s);
    }
    fail_invalid_syntax();
}

stmt* Parser::function_def(std::vector<expr*> decorators, const Token* async_tok, Pos s) {
    const Token& kw = advance();
    FunctionDefBase* f = async_tok ? static_cast<FunctionDefBase*>(arena_.make<AsyncFunctionDef>())
                                   : arena_.make<FunctionDef>();
    f->lineno = s.lineno;
    f->col_offset = s.col_offset;
    f->decorator_list = std::move(decorators);
    f->name = std::string(expect(TokenKind::Name).text);
    expect_forced(TokenKind::LPar);
    f->args = at(TokenKind::RPar) ? make<arguments>(start()) : parameters(TokenKind::RPar, false);
    expect(TokenKind::RPar);
    if (at(TokenKind::RArrow)) {
        const Token& arrow = advance();
        if (!starts_expression()) fail_at_token(arrow, "expected ':'");
        f->returns = expression();
    }
    expect_forced(TokenKind::Colon);
    f->body = block(kw, "function definition");
    finish(f);
    return f;
}

void Parser::class_arguments(ClassDef* c) {
    auto* dummy = arena_.make<Name>();
    dummy->lineno = tok().lineno;
    dummy->col_offset = tok().col_offset;
    expr* call = call_rest(dummy);
    c->bases = call->as<Call>().args;
    c->keywords = call->as<Call>().keywords;
}

stmt* Parser::class_def(std::vector<expr*> decorators, Pos s) {
    const Token& kw = advance();
    auto* c = arena_.make<ClassDef>();
    c->lineno = s.lineno;
    c->col_offset = s.col_offset;
    c->decorator_list = std::move(decorators);
    c->name = std::string(expect(TokenKind::Name).text);
    if (at(TokenKind::LPar)) class_arguments(c);
    expect_block_colon();
    c->body = block(kw, "class definition");
    finish(c);
    return c;
}

ast::arg* Parser::param(bool lambda, bool star_annotation) {
    Pos s = start();
    auto* a = arena_.make<arg>();
    a->arg = std::string(expect(TokenKind::Name).text);
    if (!lambda && accept(TokenKind::Colon)) a->annotation = star_annotation ? star_expression() : expression();
    a->lineno = s.lineno;
    a->col_offset = s.col_offset;
    finish(a);
    return a;
}

// Parameters of a def (closing ')') or lambda (closing ':'), with CPython's error messages.
ast::arguments* Parser::parameters(TokenKind closing, bool lambda) {
    auto* args = arena_.make<arguments>();
    std::vector<arg*> plain;
    bool seen_slash = false, seen_star = false, seen_default = false;
    while (!at(closing)) {
        if (at(TokenKind::Slash)) {
            const Token& slash = tok();
            if (seen_star) fail_at_token(slash, "/ must be ahead of *");
            if (seen_slash) fail_at_token(slash, "/ may appear only once");
            if (plain.empty() && peek_quietly().kind == TokenKind::Comma)
                fail_at_token(slash, "at least one argument must precede /");
            if (plain.empty()) fail_invalid_syntax();
            advance();
            args->posonlyargs = std::move(plain);
            plain.clear();
            seen_slash = true;
        } else if (at(TokenKind::Star)) {
            const Token& star = tok();
            if (seen_star) fail_at_token(star, "* argument may appear only once");
            advance();
            seen_star = true;
            if (at(closing) || (at(TokenKind::Comma) && (peek().kind == closing || peek().kind == TokenKind::DoubleStar)))
                fail_at_token(star, "named arguments must follow bare *");
            if (!at(TokenKind::Comma)) {
                args->vararg = param(lambda, !lambda);
                if (at(TokenKind::Equal)) fail_at_token(tok(), "var-positional argument cannot have default value");
            }
        } else if (at(TokenKind::DoubleStar)) {
            advance();
            args->kwarg = param(lambda, false);
            if (at(TokenKind::Equal)) fail_at_token(tok(), "var-keyword argument cannot have default value");
            if (accept(TokenKind::Comma) && !at(closing)) {
                if (at(TokenKind::Name)) {
                    arg* extra = param(lambda, false);
                    fail_at_node(*extra, "arguments cannot follow var-keyword argument");
                }
                if (at(TokenKind::Star) || at(TokenKind::DoubleStar) || at(TokenKind::Slash))
                    fail_at_token(tok(), "arguments cannot follow var-keyword argument");
            }
            break;
        } else if (at(TokenKind::Name)) {
            arg* p = param(lambda, false);
            if (at(TokenKind::Equal)) {
                const Token& eq = advance();
                if (at(TokenKind::Comma) || at(TokenKind::RPar)) fail_at_token(eq, "expected default value expression");
                expr* d = expression();
                (seen_star ? args->kw_defaults : args->defaults).push_back(d);
                if (!seen_star) seen_default = true;
            } else if (seen_star) {
                args->kw_defaults.push_back(nullptr);
            } else if (seen_default) {
                fail_at_node(*p, "parameter without a default follows parameter with a default");
            }
            (seen_star ? args->kwonlyargs : plain).push_back(p);
        } else {
            fail_invalid_syntax();
        }
        if (!accept(TokenKind::Comma)) break;
    }
    args->args = std::move(plain);
    return args;
}

}  // namespace loopscope::lang
