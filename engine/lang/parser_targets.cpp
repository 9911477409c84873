// Assignment, deletion and loop targets: setting expr_context and CPython's "cannot assign to"
// family of errors (Parser/pegen.c: _PyPegen_get_invalid_target, _PyPegen_get_expr_name).
#include "lang/parser_internal.h"

namespace loopscope::lang {

using namespace ast;

const char* Parser::expr_name(const expr* e) {
    switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    case ExprKind::Constant: {
        const ConstantValue& v = e->as<Constant>().value;
        if (v.kind == ConstantKind::None) return "None";
        if (v.kind == ConstantKind::Bool) return v.b ? "True" : "False";
        if (v.kind == ConstantKind::Ellipsis) return "ellipsis";
        return "literal";
    }
    }
    return "expression";
}

// The first sub-expression that cannot be a target, or nullptr when `e` is a valid target.
const expr* Parser::invalid_target(const expr* e, bool for_targets) const {
    switch (e->kind) {
    case ExprKind::List:
        for (const expr* x : e->as<List>().elts)
            if (const expr* bad = invalid_target(x, for_targets)) return bad;
        return nullptr;
    case ExprKind::Tuple:
        for (const expr* x : e->as<Tuple>().elts)
            if (const expr* bad = invalid_target(x, for_targets)) return bad;
        return nullptr;
    case ExprKind::Starred:
        return invalid_target(e->as<Starred>().value, for_targets);
    case ExprKind::Compare:
        // `for a in b` parsed as an expression is a comparison whose left side is the target.
        if (for_targets) {
            const auto& c = e->as<Compare>();
            return c.ops[0] == CmpOp::In ? invalid_target(c.left, for_targets) : nullptr;
        }
        return e;
    case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute:
        return nullptr;
    default:
        return e;
    }
}

void Parser::check_target(expr* e, ExprContext ctx, bool for_targets, const char* verb) {
    const expr* bad = nullptr;
    if (ctx == ExprContext::Del) {
        bad = e->is<Starred>() ? e : invalid_target(e, false);
        if (!bad && (e->is<List>() || e->is<Tuple>())) {
            for (const expr* x : e->is<List>() ? e->as<List>().elts : e->as<Tuple>().elts)
                if (x->is<Starred>()) { bad = x; break; }
        }
    } else {
        bad = invalid_target(e, for_targets);
    }
    if (bad) fail_at_node(*bad, std::string("cannot ") + verb + " " + expr_name(bad));
}

void Parser::set_store(expr* e, ExprContext ctx) {
    switch (e->kind) {
    case ExprKind::Name: e->as<Name>().ctx = ctx; break;
    case ExprKind::Attribute: e->as<Attribute>().ctx = ctx; break;
    case ExprKind::Subscript: e->as<Subscript>().ctx = ctx; break;
    case ExprKind::Starred:
        e->as<Starred>().ctx = ctx;
        set_store(e->as<Starred>().value, ctx);
        break;
    case ExprKind::List:
        e->as<List>().ctx = ctx;
        for (expr* x : e->as<List>().elts) set_store(x, ctx);
        break;
    case ExprKind::Tuple:
        e->as<Tuple>().ctx = ctx;
        for (expr* x : e->as<Tuple>().elts) set_store(x, ctx);
        break;
    default:
        break;
    }
}

namespace {

// Whether `e` is what CPython's bitwise_or rule can produce (anything but the lower-precedence
// forms, unless they are parenthesized).
bool is_bitwise_level(const expr* e, bool parenthesized) {
    if (parenthesized) return true;
    switch (e->kind) {
    case ExprKind::BoolOp: case ExprKind::Compare: case ExprKind::IfExp: case ExprKind::Lambda:
    case ExprKind::NamedExpr: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
        return false;
    case ExprKind::Tuple:
        return false;
    case ExprKind::UnaryOp:
        return e->as<UnaryOp>().op != UnaryOpKind::Not;
    default:
        return true;
    }
}

bool starts_bitwise_or(TokenKind k) {
    return k != TokenKind::KwNot && k != TokenKind::KwLambda && k != TokenKind::KwYield &&
           k != TokenKind::Star;
}

}  // namespace

// CPython's invalid_assignment, checked at the '=' after each target (the value need not even
// parse). For the first target, `a = b` with nothing further is CPython's invalid_named_expression
// instead: "cannot assign to X here. Maybe you meant '==' instead of '='?".
void Parser::validate_assign_target(expr* t, bool first) {
    bool paren = is_parenthesized(t);
    if ((t->is<Yield>() || t->is<YieldFrom>()) && !paren)
        fail_at_node(*t, "assignment to yield expression not possible");
    const expr* bad = invalid_target(t, false);
    if (!bad) return;
    bool excluded = (t->is<List>() || t->is<Tuple>() || t->is<GeneratorExp>() ||
                     (t->is<Constant>() && (t->as<Constant>().value.kind == ConstantKind::None ||
                                            t->as<Constant>().value.kind == ConstantKind::Bool)));
    if (first && !excluded && is_bitwise_level(t, paren) && starts_bitwise_or(peek_quietly().kind)) {
        size_t saved = pos_, saved_furthest = furthest_;
        advance();  // =
        expr* rhs = nullptr;
        bool here = try_parse(&Parser::bitwise_or, rhs) && !at(TokenKind::Equal) && !at(TokenKind::ColonEqual);
        pos_ = saved;
        furthest_ = saved_furthest;
        if (here)
            fail_at_node(*t, std::string("cannot assign to ") + expr_name(t) +
                                 " here. Maybe you meant '==' instead of '='?");
    }
    fail_at_node(*bad, std::string("cannot assign to ") + expr_name(bad));
}

}  // namespace loopscope::lang
