// Expression rules, from star_expressions down to atom (CPython's Grammar/python.gram order).
#include <cstdlib>
#include <cstring>

#include "lang/parser_internal.h"

namespace loopscope::lang {

using namespace ast;

namespace {


bool is_soft_keyword(std::string_view text) {
    return text == "match" || text == "case" || text == "_" || text == "type";
}

}  // namespace

bool Parser::starts_expression() const {
    switch (kind()) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String:
    case TokenKind::FStringStart: case TokenKind::LPar: case TokenKind::LSqb:
    case TokenKind::LBrace: case TokenKind::Minus: case TokenKind::Plus: case TokenKind::Tilde:
    case TokenKind::KwNot: case TokenKind::KwLambda: case TokenKind::KwAwait:
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse:
    case TokenKind::Ellipsis:
        return true;
    default:
        return false;
    }
}

// Runs `rule` without committing: on failure the cursor is restored and false returned. The
// invalid-syntax checks are off meanwhile, like CPython's *_without_invalid rules.
bool Parser::try_parse(expr* (Parser::*rule)(), expr*& out) {
    size_t saved_pos = pos_, saved_furthest = furthest_;
    bool saved_spec = in_speculation_;
    in_speculation_ = true;
    try {
        out = (this->*rule)();
        in_speculation_ = saved_spec;
        furthest_ = saved_furthest;
        return true;
    } catch (const ParseFailure& f) {
        in_speculation_ = saved_spec;
        if (f.error.kind == SyntaxErrorKind::MemoryError) throw;
        pos_ = saved_pos;
        furthest_ = saved_furthest;
        return false;
    }
}

// The right operand of a binary operator. When it does not parse, PEG semantics apply: the
// operator is not consumed and the shorter expression stands (the caller then fails at the
// operator, or a more specific error rule gets its chance).
bool Parser::operand_or_backtrack(expr* (Parser::*rule)(), size_t op_pos, expr*& out) {
    try {
        out = (this->*rule)();
        return true;
    } catch (const ParseFailure& f) {
        if (!f.generic) throw;
        pos_ = op_pos;
        return false;
    }
}

// ----- comma-separated forms -----

expr* Parser::star_expressions() {
    Pos s = start();
    expr* first = star_expression();
    if (!at(TokenKind::Comma)) return first;
    auto* t = arena_.make<Tuple>();
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (!starts_expression() && !at(TokenKind::Star)) break;
        t->elts.push_back(star_expression());
    }
    t->lineno = s.lineno;
    t->col_offset = s.col_offset;
    finish(t);
    return t;
}

expr* Parser::star_expression() {
    if (!at(TokenKind::Star)) return expression();
    Pos s = start();
    advance();
    expr* value = bitwise_or();
    auto* st = make<Starred>(s);
    st->value = value;
    return st;
}

// `*` followed by something that is not an expression (CPython's invalid_starred_expression).
expr* Parser::starred_operand(expr* (Parser::*rule)()) {
    try {
        return (this->*rule)();
    } catch (ParseFailure& f) {
        if (!f.generic || f.unexpected_indent) throw;
        fail_last_token("Invalid star expression");
    }
}

expr* Parser::star_named_expression() {
    if (!at(TokenKind::Star)) return named_expression();
    Pos s = start();
    advance();
    expr* value = starred_operand(&Parser::bitwise_or);
    auto* st = make<Starred>(s);
    st->value = value;
    return st;
}

expr* Parser::named_expression() {
    if (at(TokenKind::Name) && peek().kind == TokenKind::ColonEqual) {
        Pos s = start();
        auto* target = make<Name>(s);
        advance();
        target->id = std::string(prev().text);
        target->ctx = ExprContext::Store;
        finish(target);
        advance();  // :=
        expr* value = expression();
        auto* n = make<NamedExpr>(s);
        n->target = target;
        n->value = value;
        return n;
    }
    expr* e = expression();
    if (at(TokenKind::ColonEqual) && !in_speculation_)
        fail_at_node(*e, std::string("cannot use assignment expressions with ") + expr_name(e));
    check_stray_equal(e);
    return e;
}

// CPython's invalid_named_expression: `x = 1` where only an expression may stand.
void Parser::check_stray_equal(expr* e) {
    if (!at(TokenKind::Equal) || in_speculation_) return;
    bool plain_name = e->is<Name>() && !is_parenthesized(e);
    bool excluded = e->is<List>() || e->is<Tuple>() || e->is<GeneratorExp>() ||
                    (e->is<Constant>() && (e->as<Constant>().value.kind == ConstantKind::None ||
                                           e->as<Constant>().value.kind == ConstantKind::Bool));
    bool bitwise_level = is_parenthesized(e) ||
                         !(e->is<BoolOp>() || e->is<Compare>() || e->is<IfExp>() || e->is<Lambda>() ||
                           e->is<NamedExpr>() || (e->is<UnaryOp>() && e->as<UnaryOp>().op == UnaryOpKind::Not));
    if (!plain_name && (excluded || !bitwise_level)) return;
    size_t saved = pos_, saved_furthest = furthest_;
    advance();
    expr* rhs = nullptr;
    bool ok = try_parse(&Parser::bitwise_or, rhs) && !at(TokenKind::Equal) && !at(TokenKind::ColonEqual);
    pos_ = saved;
    furthest_ = saved_furthest;
    if (!ok) return;
    if (plain_name) fail_range(*e, *rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    fail_at_node(*e, std::string("cannot assign to ") + expr_name(e) +
                         " here. Maybe you meant '==' instead of '='?");
}

expr* Parser::expressions() {
    Pos s = start();
    expr* first = expression();
    if (!at(TokenKind::Comma)) return first;
    auto* t = arena_.make<Tuple>();
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (!starts_expression()) break;
        t->elts.push_back(expression());
    }
    t->lineno = s.lineno;
    t->col_offset = s.col_offset;
    finish(t);
    return t;
}

// ----- expression, lambda, yield -----

expr* Parser::expression() {
    auto guard = nest();
    if (at(TokenKind::KwLambda)) return lambdef();
    size_t first_token = pos_;
    expr* a = disjunction();
    if (at(TokenKind::KwIf)) {
        size_t if_pos = pos_;
        advance();
        expr* test = nullptr;
        if (!operand_or_backtrack(&Parser::disjunction, if_pos, test)) return a;
        if (!at(TokenKind::KwElse)) {
            if (!at(TokenKind::Colon) && !in_speculation_)
                fail_range(*a, *test, "expected 'else' after 'if' expression");
            pos_ = if_pos;
            return a;
        }
        advance();
        expr* orelse = nullptr;
        if (!operand_or_backtrack(&Parser::expression, if_pos, orelse)) return a;
        auto* n = make<IfExp>(start_of(a));
        n->test = test;
        n->body = a;
        n->orelse = orelse;
        return n;
    }
    if (!in_speculation_ && starts_expression()) {
        // CPython's invalid_legacy_expression and invalid_expression ("forgot a comma").
        const Token& first = tokens_[first_token];
        if (a->is<Name>() && !is_parenthesized(a) && (a->as<Name>().id == "print" || a->as<Name>().id == "exec")) {
            expr* rest = nullptr;
            if (try_parse(&Parser::star_expressions, rest))
                fail_range(*a, *rest, "Missing parentheses in call to '" + a->as<Name>().id +
                                          "'. Did you mean " + a->as<Name>().id + "(...)?");
        }
        bool name_string = first.kind == TokenKind::Name &&
                           (tokens_[first_token + 1].kind == TokenKind::String ||
                            tokens_[first_token + 1].kind == TokenKind::FStringStart);
        bool soft = first.kind == TokenKind::Name && is_soft_keyword(first.text);
        if (!name_string && !soft) {
            // CPython parses the second expression before looking at the bracket level (of its
            // last token): the tokens it reads count even outside brackets.
            size_t saved = pos_;
            expr* b = nullptr;
            if (try_parse(&Parser::expression, b)) {
                if (prev().level > 0) fail_range(*a, *b, "invalid syntax. Perhaps you forgot a comma?");
                pos_ = saved;
            }
        }
    }
    return a;
}

expr* Parser::lambdef() {
    const Token& kw = advance();
    Pos s{kw.lineno, kw.col_offset};
    arguments* args = at(TokenKind::Colon) ? make<arguments>(start()) : parameters(TokenKind::Colon, true);
    const Token& colon = expect(TokenKind::Colon);
    if (at(TokenKind::FStringMiddle))
        fail_range(kw.lineno, kw.col_offset, colon.end_lineno, colon.end_col_offset,
                   "f-string: lambda expressions are not allowed without parentheses");
    expr* body = expression();
    auto* l = make<Lambda>(s);
    l->args = args;
    l->body = body;
    return l;
}

expr* Parser::yield_expr() {
    Pos s = start();
    advance();  // yield
    if (accept(TokenKind::KwFrom)) {
        expr* v = expression();
        auto* y = make<YieldFrom>(s);
        y->value = v;
        return y;
    }
    expr* v = (starts_expression() || at(TokenKind::Star)) ? star_expressions() : nullptr;
    auto* y = make<Yield>(s);
    y->value = v;
    return y;
}

// ----- boolean and comparison operators -----

expr* Parser::disjunction() {
    expr* first = conjunction();
    if (!at(TokenKind::KwOr)) return first;
    auto* b = arena_.make<BoolOp>();
    b->op = BoolOpKind::Or;
    b->values.push_back(first);
    while (at(TokenKind::KwOr)) {
        size_t op_pos = pos_;
        advance();
        expr* r = nullptr;
        if (!operand_or_backtrack(&Parser::conjunction, op_pos, r)) break;
        b->values.push_back(r);
    }
    if (b->values.size() == 1) return first;
    finish(b);
    b->lineno = start_of(first).lineno;
    b->col_offset = start_of(first).col_offset;
    return b;
}

expr* Parser::conjunction() {
    expr* first = inversion();
    if (!at(TokenKind::KwAnd)) return first;
    auto* b = arena_.make<BoolOp>();
    b->op = BoolOpKind::And;
    b->values.push_back(first);
    while (at(TokenKind::KwAnd)) {
        size_t op_pos = pos_;
        advance();
        expr* r = nullptr;
        if (!operand_or_backtrack(&Parser::inversion, op_pos, r)) break;
        b->values.push_back(r);
    }
    if (b->values.size() == 1) return first;
    finish(b);
    b->lineno = start_of(first).lineno;
    b->col_offset = start_of(first).col_offset;
    return b;
}

expr* Parser::inversion() {
    if (!at(TokenKind::KwNot)) return comparison();
    auto guard = nest();
    Pos s = start();
    advance();
    expr* operand = inversion();
    auto* u = make<UnaryOp>(s);
    u->op = UnaryOpKind::Not;
    u->operand = operand;
    return u;
}

expr* Parser::comparison() {
    expr* left = bitwise_or();
    Compare* c = nullptr;
    while (true) {
        CmpOp op;
        switch (kind()) {
        case TokenKind::EqEqual: op = CmpOp::Eq; break;
        case TokenKind::NotEqual: op = CmpOp::NotEq; break;
        case TokenKind::Less: op = CmpOp::Lt; break;
        case TokenKind::LessEqual: op = CmpOp::LtE; break;
        case TokenKind::Greater: op = CmpOp::Gt; break;
        case TokenKind::GreaterEqual: op = CmpOp::GtE; break;
        case TokenKind::KwIn: op = CmpOp::In; break;
        case TokenKind::KwIs: op = peek().kind == TokenKind::KwNot ? CmpOp::IsNot : CmpOp::Is; break;
        case TokenKind::KwNot:
            if (peek().kind != TokenKind::KwIn) return c ? static_cast<expr*>(c) : left;
            op = CmpOp::NotIn;
            break;
        default:
            return c ? static_cast<expr*>(c) : left;
        }
        size_t op_pos = pos_;
        advance();
        if (op == CmpOp::IsNot || op == CmpOp::NotIn) advance();
        expr* right = nullptr;
        if (!operand_or_backtrack(&Parser::bitwise_or, op_pos, right)) return c ? static_cast<expr*>(c) : left;
        if (!c) {
            c = arena_.make<Compare>();
            c->left = left;
            c->lineno = start_of(left).lineno;
            c->col_offset = start_of(left).col_offset;
        }
        c->ops.push_back(op);
        c->comparators.push_back(right);
        finish(c);
    }
}

// ----- binary operators (left-associative loops) -----

namespace {

BinOp* make_binop(Arena& arena, Pos start, expr* left, Operator op, expr* right) {
    auto* b = arena.make<BinOp>();
    b->left = left;
    b->op = op;
    b->right = right;
    b->lineno = start.lineno;
    b->col_offset = start.col_offset;
    b->end_lineno = right->end_lineno;
    b->end_col_offset = right->end_col_offset;
    return b;
}

}  // namespace

// One left-associative precedence level: operand (op operand)*.
expr* Parser::binary_level(expr* (Parser::*operand)(), Operator (*op_of)(TokenKind, bool&)) {
    expr* e = (this->*operand)();
    while (true) {
        bool ok = false;
        Operator op = op_of(kind(), ok);
        if (!ok) return e;
        size_t op_pos = pos_;
        advance();
        expr* r = nullptr;
        if (!operand_or_backtrack(operand, op_pos, r)) return e;
        e = make_binop(arena_, start_of(e), e, op, r);
        finish(e);
    }
}

namespace {

Operator bitor_op(TokenKind k, bool& ok) { ok = k == TokenKind::VBar; return Operator::BitOr; }
Operator bitxor_op(TokenKind k, bool& ok) { ok = k == TokenKind::Circumflex; return Operator::BitXor; }
Operator bitand_op(TokenKind k, bool& ok) { ok = k == TokenKind::Amper; return Operator::BitAnd; }
Operator shift_op(TokenKind k, bool& ok) {
    ok = k == TokenKind::LeftShift || k == TokenKind::RightShift;
    return k == TokenKind::LeftShift ? Operator::LShift : Operator::RShift;
}
Operator sum_op(TokenKind k, bool& ok) {
    ok = k == TokenKind::Plus || k == TokenKind::Minus;
    return k == TokenKind::Plus ? Operator::Add : Operator::Sub;
}
Operator term_op(TokenKind k, bool& ok) {
    ok = true;
    switch (k) {
    case TokenKind::Star: return Operator::Mult;
    case TokenKind::Slash: return Operator::Div;
    case TokenKind::DoubleSlash: return Operator::FloorDiv;
    case TokenKind::Percent: return Operator::Mod;
    case TokenKind::At: return Operator::MatMult;
    default: ok = false; return Operator::Add;
    }
}

}  // namespace

expr* Parser::bitwise_or() { return binary_level(&Parser::bitwise_xor, bitor_op); }
expr* Parser::bitwise_xor() { return binary_level(&Parser::bitwise_and, bitxor_op); }
expr* Parser::bitwise_and() { return binary_level(&Parser::shift_expr, bitand_op); }
expr* Parser::shift_expr() { return binary_level(&Parser::sum, shift_op); }
expr* Parser::sum() { return binary_level(&Parser::term, sum_op); }
expr* Parser::term() { return binary_level(&Parser::factor, term_op); }

expr* Parser::factor() {
    UnaryOpKind op;
    switch (kind()) {
    case TokenKind::Plus: op = UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
    }
    auto guard = nest();
    Pos s = start();
    advance();
    expr* operand = factor();
    auto* u = make<UnaryOp>(s);
    u->op = op;
    u->operand = operand;
    return u;
}

expr* Parser::power() {
    expr* base = await_primary();
    size_t op_pos = pos_;
    if (!accept(TokenKind::DoubleStar)) return base;
    expr* exponent = nullptr;
    if (!operand_or_backtrack(&Parser::factor, op_pos, exponent)) return base;
    auto* b = make_binop(arena_, start_of(base), base, Operator::Pow, exponent);
    finish(b);
    return b;
}

expr* Parser::await_primary() {
    if (!at(TokenKind::KwAwait)) return primary();
    auto guard = nest();
    Pos s = start();
    advance();
    expr* v = primary();
    auto* a = make<Await>(s);
    a->value = v;
    return a;
}

// ----- primary: attribute, call, subscript -----

expr* Parser::primary() {
    expr* e = atom();
    while (true) {
        if (at(TokenKind::Dot)) {
            advance();
            if (!at(TokenKind::Name)) fail_invalid_syntax();
            auto* a = make<Attribute>(start_of(e));
            a->value = e;
            a->attr = std::string(advance().text);
            finish(a);
            e = a;
        } else if (at(TokenKind::LPar) || at(TokenKind::LSqb)) {
            // PEG semantics: a call or subscript that does not parse is not part of the primary.
            size_t saved = pos_;
            try {
                e = at(TokenKind::LPar) ? call_rest(e) : subscript_rest(e);
            } catch (const ParseFailure& f) {
                if (!f.generic) throw;
                pos_ = saved;
                return e;
            }
        } else {
            return e;
        }
    }
}

expr* Parser::call_rest(expr* func) {
    auto guard = nest();
    const Token& open = advance();
    auto* call = arena_.make<Call>();
    call->func = func;
    bool seen_keyword = false, seen_double_star = false;
    while (!at(TokenKind::RPar)) {
        if (at(TokenKind::Star)) {
            Pos s = start();
            const Token* comma = pos_ > 0 && prev().kind == TokenKind::Comma ? &prev() : nullptr;
            advance();
            expr* v = starred_operand(&Parser::expression);
            auto* st = make<Starred>(s);
            st->value = v;
            if (seen_double_star && comma)
                fail_range(comma->lineno, comma->col_offset, st->end_lineno, st->end_col_offset,
                           "iterable argument unpacking follows keyword argument unpacking");
            call->args.push_back(st);
        } else if (at(TokenKind::DoubleStar)) {
            Pos s = start();
            advance();
            expr* v = expression();
            auto* k = make<keyword>(s);
            k->value = v;
            call->keywords.push_back(k);
            seen_double_star = true;
        } else if (at(TokenKind::Name) && peek().kind == TokenKind::Equal) {
            Pos s = start();
            std::string name(advance().text);
            advance();
            if (at(TokenKind::RPar) || at(TokenKind::Comma))
                fail_range(s.lineno, s.col_offset, prev().end_lineno, prev().end_col_offset,
                           "expected argument value expression");
            expr* v = expression();
            auto* k = make<keyword>(s);
            k->arg = std::move(name);
            k->value = v;
            call->keywords.push_back(k);
            seen_keyword = true;
        } else if ((at(TokenKind::KwTrue) || at(TokenKind::KwFalse) || at(TokenKind::KwNone)) &&
                   peek().kind == TokenKind::Equal) {
            const Token& t = tok();
            const Token& eq = peek();
            fail_range(t.lineno, t.col_offset, eq.end_lineno, eq.end_col_offset,
                       "cannot assign to " + std::string(t.text));
        } else {
            expr* e = (at(TokenKind::Name) && peek().kind == TokenKind::ColonEqual) ? named_expression() : expression();
            if (at_comprehension_start()) {
                auto gens = for_if_clauses();
                bool first_arg = call->args.empty() && call->keywords.empty();
                if (first_arg && !at(TokenKind::RPar) && !at(TokenKind::Comma)) fail_invalid_syntax();
                if (!first_arg || at(TokenKind::Comma)) {
                    const comprehension* last = gens.back();
                    const expr* end = last->ifs.empty() ? last->iter : last->ifs.back();
                    fail_range(*e, *end, "Generator expression must be parenthesized");
                }
                auto* g = arena_.make<GeneratorExp>();
                g->elt = e;
                g->generators = std::move(gens);
                expect(TokenKind::RPar);
                set_span_from(g, open);
                call->args.push_back(g);
                set_span_from(call, open);
                call->lineno = start_of(func).lineno;
                call->col_offset = start_of(func).col_offset;
                return call;
            }
            if (at(TokenKind::Equal)) {
                const Token& eq = tok();
                fail_range(e->lineno, e->col_offset, eq.end_lineno, eq.end_col_offset,
                           "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            // CPython reports these at the last token it read (the ',' or ')' after the argument).
            if (seen_double_star) fail_at_token(tok(), "positional argument follows keyword argument unpacking");
            if (seen_keyword) fail_at_token(tok(), "positional argument follows keyword argument");
            call->args.push_back(e);
        }
        if (!accept(TokenKind::Comma)) break;
    }
    expect(TokenKind::RPar);
    call->lineno = start_of(func).lineno;
    call->col_offset = start_of(func).col_offset;
    finish(call);
    return call;
}

expr* Parser::subscript_rest(expr* value) {
    auto guard = nest();
    advance();  // [
    Pos s = start();
    expr* first = slice();
    expr* index = first;
    if (at(TokenKind::Comma) || first->is<Starred>()) {  // a[*b] is a[(*b,)]
        auto* t = arena_.make<Tuple>();
        t->elts.push_back(first);
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::RSqb)) break;
            t->elts.push_back(slice());
        }
        t->lineno = s.lineno;
        t->col_offset = s.col_offset;
        finish(t);
        index = t;
    }
    expect(TokenKind::RSqb);
    auto* sub = make<Subscript>(start_of(value));
    sub->value = value;
    sub->slice = index;
    return sub;
}

expr* Parser::slice() {
    Pos s = start();
    if (at(TokenKind::Star)) return star_expression();
    expr* lower = nullptr;
    if (!at(TokenKind::Colon)) {
        lower = (at(TokenKind::Name) && peek().kind == TokenKind::ColonEqual) ? named_expression() : expression();
        if (!at(TokenKind::Colon)) {
            check_stray_equal(lower);
            return lower;
        }
    }
    advance();  // :
    auto ends_part = [&] { return at(TokenKind::Colon) || at(TokenKind::RSqb) || at(TokenKind::Comma); };
    expr* upper = ends_part() ? nullptr : expression();
    expr* step = nullptr;
    if (accept(TokenKind::Colon)) step = (at(TokenKind::RSqb) || at(TokenKind::Comma)) ? nullptr : expression();
    auto* sl = make<Slice>(s);
    sl->lower = lower;
    sl->upper = upper;
    sl->step = step;
    return sl;
}

// ----- comprehensions -----

std::vector<comprehension*> Parser::for_if_clauses() {
    std::vector<comprehension*> out;
    while (at_comprehension_start()) {
        Pos s = start();
        auto* c = arena_.make<comprehension>();
        c->is_async = accept(TokenKind::KwAsync) ? 1 : 0;
        expect(TokenKind::KwFor);
        c->target = for_target(true);
        c->iter = disjunction();
        while (accept(TokenKind::KwIf)) c->ifs.push_back(disjunction());
        c->lineno = s.lineno;
        c->col_offset = s.col_offset;
        finish(c);
        out.push_back(c);
    }
    return out;
}

}  // namespace loopscope::lang
