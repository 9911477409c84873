// Atoms: names, constants, numbers, and the bracketed displays (tuples, lists, dicts, sets,
// comprehensions, generator expressions).
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lang/parser_internal.h"

namespace loopscope::lang {

using namespace ast;

namespace {


// Decimal digits of an unsigned number given in `radix` (2, 8, 16), by repeated
// multiply-and-add on base-10^9 limbs; only used for literals that overflow int64.
std::string radix_to_decimal(std::string_view digits, int radix) {
    std::vector<uint32_t> limbs{0};  // little-endian, base 1e9
    for (char ch : digits) {
        int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
        uint64_t carry = static_cast<uint64_t>(d);
        for (auto& limb : limbs) {
            uint64_t v = static_cast<uint64_t>(limb) * radix + carry;
            limb = static_cast<uint32_t>(v % 1000000000);
            carry = v / 1000000000;
        }
        while (carry) { limbs.push_back(static_cast<uint32_t>(carry % 1000000000)); carry /= 1000000000; }
    }
    std::string out = std::to_string(limbs.back());
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::string part = std::to_string(limbs[i]);
        out += std::string(9 - part.size(), '0') + part;
    }
    return out;
}

ConstantValue integer_value(std::string digits, int radix) {
    ConstantValue v;
    size_t nz = digits.find_first_not_of('0');
    digits = nz == std::string::npos ? "0" : digits.substr(nz);
    std::string decimal = radix == 10 ? digits : radix_to_decimal(digits, radix);
    static const std::string kMax = "9223372036854775807";
    bool fits = decimal.size() < kMax.size() || (decimal.size() == kMax.size() && decimal <= kMax);
    if (fits) {
        v.kind = ConstantKind::Int;
        v.i = static_cast<int64_t>(std::strtoull(decimal.c_str(), nullptr, 10));
    } else {
        v.kind = ConstantKind::BigInt;
        v.s = std::move(decimal);
    }
    return v;
}

}  // namespace

ConstantValue number_value(std::string_view text) {
    std::string clean;
    for (char c : text)
        if (c != '_') clean += c;
    ConstantValue v;
    if (clean.size() > 1 && clean[0] == '0') {
        char p = static_cast<char>(clean[1] | 0x20);
        if (p == 'x') return integer_value(clean.substr(2), 16);
        if (p == 'o') return integer_value(clean.substr(2), 8);
        if (p == 'b') return integer_value(clean.substr(2), 2);
    }
    char last = static_cast<char>(clean.back() | 0x20);
    if (last == 'j') {
        v.kind = ConstantKind::Complex;
        clean.pop_back();
        v.f = std::strtod(clean.c_str(), nullptr);
        return v;
    }
    if (clean.find_first_of(".eE") != std::string::npos) {
        v.kind = ConstantKind::Float;
        v.f = std::strtod(clean.c_str(), nullptr);  // glibc rounds correctly, as CPython does
        return v;
    }
    return integer_value(clean, 10);
}

expr* Parser::number_atom() {
    Pos s = start();
    const Token& t = advance();
    auto* c = make<Constant>(s);
    c->value = number_value(t.text);
    return c;
}

expr* Parser::atom() {
    Pos s = start();
    switch (kind()) {
    case TokenKind::Name: {
        auto* n = make<Name>(s);
        n->id = std::string(advance().text);
        finish(n);
        return n;
    }
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis: {
        TokenKind k = advance().kind;
        auto* c = make<Constant>(s);
        if (k == TokenKind::KwNone) c->value.kind = ConstantKind::None;
        else if (k == TokenKind::Ellipsis) c->value.kind = ConstantKind::Ellipsis;
        else { c->value.kind = ConstantKind::Bool; c->value.b = k == TokenKind::KwTrue; }
        return c;
    }
    case TokenKind::Number: return number_atom();
    case TokenKind::String:
    case TokenKind::FStringStart: return strings();
    case TokenKind::LPar: return paren_atom();
    case TokenKind::LSqb: return list_atom();
    case TokenKind::LBrace: return brace_atom();
    default: fail_invalid_syntax();
    }
}

// `(` ... `)`: empty tuple, group, tuple or generator expression.
expr* Parser::paren_atom() {
    auto guard = nest();
    Pos s = start();
    advance();
    if (accept(TokenKind::RPar)) {
        auto* empty = make<Tuple>(s);
        mark_parenthesized(empty, s);
        return empty;
    }
    if (at(TokenKind::KwYield)) {
        expr* y = yield_expr();
        expect(TokenKind::RPar);
        mark_parenthesized(y, s);
        return y;
    }
    if (at(TokenKind::DoubleStar) && !in_speculation_) {
        const Token& stars = tok();
        size_t saved = pos_, saved_furthest = furthest_;
        advance();
        expr* e = nullptr;
        if (try_parse(&Parser::expression, e) && at(TokenKind::RPar))
            fail_at_token(stars, "cannot use double starred expression here");
        pos_ = saved;
        furthest_ = saved_furthest;
    }
    expr* first = star_named_expression();
    if (at_comprehension_start()) {
        if (first->is<Starred>()) fail_at_node(*first, "iterable unpacking cannot be used in comprehension");
        auto* g = arena_.make<GeneratorExp>();
        g->elt = first;
        g->generators = for_if_clauses();
        expect(TokenKind::RPar);
        g->lineno = s.lineno;
        g->col_offset = s.col_offset;
        finish(g);
        return g;
    }
    if (accept(TokenKind::RPar)) {
        if (first->is<Starred>()) fail_at_node(*first, "cannot use starred expression here");
        mark_parenthesized(first, s);
        return first;
    }
    if (!at(TokenKind::Comma)) fail_invalid_syntax();
    auto* t = arena_.make<Tuple>();
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RPar)) break;
        t->elts.push_back(star_named_expression());
    }
    expect(TokenKind::RPar);
    t->lineno = s.lineno;
    t->col_offset = s.col_offset;
    finish(t);
    mark_parenthesized(t, s);
    return t;
}

expr* Parser::list_atom() {
    auto guard = nest();
    Pos s = start();
    advance();
    std::vector<expr*> elts;
    while (!at(TokenKind::RSqb)) {
        elts.push_back(star_named_expression());
        if (at_comprehension_start()) {
            if (elts.size() > 1)
                fail_range(*elts.front(), *elts.back(), "did you forget parentheses around the comprehension target?");
            if (elts[0]->is<Starred>()) fail_at_node(*elts[0], "iterable unpacking cannot be used in comprehension");
            auto* lc = arena_.make<ListComp>();
            lc->elt = elts[0];
            lc->generators = for_if_clauses();
            expect(TokenKind::RSqb);
            lc->lineno = s.lineno;
            lc->col_offset = s.col_offset;
            finish(lc);
            return lc;
        }
        if (!accept(TokenKind::Comma)) break;
        if (at_comprehension_start() && !in_speculation_) {
            const Token& comma = prev();
            fail_range(elts.front()->lineno, elts.front()->col_offset, comma.end_lineno, comma.end_col_offset,
                       "did you forget parentheses around the comprehension target?");
        }
    }
    expect(TokenKind::RSqb);
    auto* l = make<List>(s);
    l->elts = std::move(elts);
    return l;
}

// `{` ... `}`: dict, set, dict or set comprehension.
expr* Parser::brace_atom() {
    auto guard = nest();
    Pos s = start();
    advance();
    if (accept(TokenKind::RBrace)) return make<Dict>(s);
    if (at(TokenKind::DoubleStar)) {
        const Token& stars = advance();
        expr* v = bitwise_or();
        if (at_comprehension_start())
            fail_at_token(stars, "dict unpacking cannot be used in dict comprehension");
        return dict_rest(s, nullptr, v);
    }
    expr* first = star_named_expression();
    if (at(TokenKind::Colon) && !first->is<Starred>()) {
        const Token& colon = advance();
        if ((at(TokenKind::RBrace) || at(TokenKind::Comma)) && !in_speculation_)
            fail_at_token(colon, "expression expected after dictionary key and ':'");
        if (at(TokenKind::Star) && !in_speculation_) starred_dict_value_error();
        expr* value = expression();
        if (at_comprehension_start()) {
            auto* dc = arena_.make<DictComp>();
            dc->key = first;
            dc->value = value;
            dc->generators = for_if_clauses();
            expect(TokenKind::RBrace);
            dc->lineno = s.lineno;
            dc->col_offset = s.col_offset;
            finish(dc);
            return dc;
        }
        return dict_rest(s, first, value);
    }
    if (at_comprehension_start()) {
        if (first->is<Starred>()) fail_at_node(*first, "iterable unpacking cannot be used in comprehension");
        auto* sc = arena_.make<SetComp>();
        sc->elt = first;
        sc->generators = for_if_clauses();
        expect(TokenKind::RBrace);
        sc->lineno = s.lineno;
        sc->col_offset = s.col_offset;
        finish(sc);
        return sc;
    }
    std::vector<expr*> elts{first};
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        elts.push_back(star_named_expression());
    }
    expect(TokenKind::RBrace);
    auto* st = make<Set>(s);
    st->elts = std::move(elts);
    return st;
}

// `{k: *v}`: the error spans the starred expression.
void Parser::starred_dict_value_error() {
    const Token& star = advance();
    expr* v = bitwise_or();
    fail_range(star.lineno, star.col_offset, v->end_lineno, v->end_col_offset,
               "cannot use a starred expression in a dictionary value");
}

expr* Parser::dict_rest(Pos s, expr* first_key, expr* first_value) {
    auto* d = arena_.make<Dict>();
    d->keys.push_back(first_key);
    d->values.push_back(first_value);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        if (accept(TokenKind::DoubleStar)) {
            d->keys.push_back(nullptr);
            d->values.push_back(bitwise_or());
            continue;
        }
        // CPython's invalid_kvpair: after the first pair, a key without ':' is reported as such
        // rather than as a missing comma.
        bool saved = in_speculation_;
        in_speculation_ = true;
        expr* key = expression();
        in_speculation_ = saved;
        if (!at(TokenKind::Colon)) {
            if (in_speculation_) fail_invalid_syntax();
            fail_range(key->lineno, key->end_col_offset - 1, key->end_lineno, -1,
                       "':' expected after dictionary key");
        }
        const Token& colon = advance();
        if ((at(TokenKind::RBrace) || at(TokenKind::Comma)) && !in_speculation_)
            fail_at_token(colon, "expression expected after dictionary key and ':'");
        if (at(TokenKind::Star) && !in_speculation_) starred_dict_value_error();
        d->keys.push_back(key);
        d->values.push_back(expression());
    }
    expect(TokenKind::RBrace);
    d->lineno = s.lineno;
    d->col_offset = s.col_offset;
    finish(d);
    return d;
}

}  // namespace loopscope::lang
