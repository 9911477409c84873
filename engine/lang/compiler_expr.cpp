// Expressions: operators, comparisons, calls, displays, f-strings, attribute and subscript
// access, assignment targets and unpacking.
#include "lang/compiler.h"

#include "vm/interp.h"
#include "vm/list.h"
#include "vm/protocol.h"
#include "vm/set_constant.h"
#include "vm/str.h"

namespace loopscope::lang {

using namespace ast;
using vm::Value;

namespace {

vm::BinOp binop_of(Operator op) {
    switch (op) {
    case Operator::Add: return vm::BinOp::Add;
    case Operator::Sub: return vm::BinOp::Sub;
    case Operator::Mult: return vm::BinOp::Mul;
    case Operator::MatMult: return vm::BinOp::MatMul;
    case Operator::Div: return vm::BinOp::TrueDiv;
    case Operator::Mod: return vm::BinOp::Mod;
    case Operator::Pow: return vm::BinOp::Pow;
    case Operator::LShift: return vm::BinOp::LShift;
    case Operator::RShift: return vm::BinOp::RShift;
    case Operator::BitOr: return vm::BinOp::Or;
    case Operator::BitXor: return vm::BinOp::Xor;
    case Operator::BitAnd: return vm::BinOp::And;
    case Operator::FloorDiv: return vm::BinOp::FloorDiv;
    }
    return vm::BinOp::Add;
}

bool is_starred(const expr* e) { return e->is<Starred>(); }

bool any_starred(const std::vector<expr*>& es) {
    for (const expr* e : es) {
        if (is_starred(e)) return true;
    }
    return false;
}

// A constant the compiler can fold into a tuple constant.
bool is_foldable_constant(const expr* e) { return e->is<Constant>(); }

// Largest number of values a call or display pushes before switching to the incremental form
// (CPython's STACK_USE_GUIDELINE).
constexpr size_t kStackUseGuideline = 30;

}  // namespace

// Public so compiler_stmt.cpp can share it.
uint32_t binop_arg(Operator op, bool inplace) {
    return uint32_t(binop_of(op)) | (inplace ? vm::kInplaceFlag : 0);
}

void Compiler::expr(const ast::expr& e) {
    vm::Position saved = u_->loc;
    set_loc(e);
    switch (e.kind) {
    case ExprKind::BoolOp: bool_op(e.as<BoolOp>()); break;
    case ExprKind::NamedExpr: named_expr(e.as<NamedExpr>()); break;
    case ExprKind::BinOp: {
        const auto& b = e.as<BinOp>();
        expr(*b.left);
        expr(*b.right);
        set_loc(e);
        emit(Op::BINARY_OP, binop_arg(b.op, false));
        break;
    }
    case ExprKind::UnaryOp: {
        const auto& un = e.as<UnaryOp>();
        // Fold -<number> and +<number> into constants (CPython's AST optimizer does).
        if (un.operand->is<Constant>() && (un.op == UnaryOpKind::USub || un.op == UnaryOpKind::UAdd)) {
            const ConstantValue& c = un.operand->as<Constant>().value;
            if (c.kind == ConstantKind::Int && c.i != INT64_MIN) {
                load_const(Value::small_int(un.op == UnaryOpKind::USub ? -c.i : c.i));
                break;
            }
            if (c.kind == ConstantKind::Float) {
                load_const(Value::real(un.op == UnaryOpKind::USub ? -c.f : c.f));
                break;
            }
        }
        expr(*un.operand);
        set_loc(e);
        switch (un.op) {
        case UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
        case UnaryOpKind::USub: emit(Op::UNARY_OP, uint32_t(vm::UnaryOp::Neg)); break;
        case UnaryOpKind::UAdd: emit(Op::UNARY_OP, uint32_t(vm::UnaryOp::Pos)); break;
        case UnaryOpKind::Invert: emit(Op::UNARY_OP, uint32_t(vm::UnaryOp::Invert)); break;
        }
        break;
    }
    case ExprKind::Lambda: lambda(e.as<Lambda>()); break;
    case ExprKind::IfExp: {
        const auto& i = e.as<IfExp>();
        Label orelse = new_label(), end = new_label();
        jump_if(*i.test, false, orelse);
        expr(*i.body);
        emit_jump(Op::JUMP, end);
        bind(orelse);
        expr(*i.orelse);
        bind(end);
        break;
    }
    case ExprKind::Dict: dict_display(e.as<Dict>()); break;
    case ExprKind::Set: {
        const auto& elts = e.as<Set>().elts;
        std::vector<Value> constants;
        if (elts.size() > 2 && folded_constants(elts, constants)) {
            // CPython: BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1 — which decides the
            // iteration order of sets like {-1, -2, 5, -8, 16}.
            emit(Op::BUILD_SET, 0);
            load_const(Value(vm::compiled_frozenset_constant(constants)));
            emit(Op::SET_UPDATE, 1);
        } else {
            sequence_display(elts, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
        }
        break;
    }
    case ExprKind::ListComp: comprehension(e, e.as<ListComp>().generators, e.as<ListComp>().elt, nullptr); break;
    case ExprKind::SetComp: comprehension(e, e.as<SetComp>().generators, e.as<SetComp>().elt, nullptr); break;
    case ExprKind::DictComp:
        comprehension(e, e.as<DictComp>().generators, e.as<DictComp>().key, e.as<DictComp>().value);
        break;
    case ExprKind::GeneratorExp:
        comprehension(e, e.as<GeneratorExp>().generators, e.as<GeneratorExp>().elt, nullptr);
        break;
    case ExprKind::Await: await_expr(e.as<Await>()); break;
    case ExprKind::Yield: yield_expr(e.as<Yield>()); break;
    case ExprKind::YieldFrom: yield_from_expr(e.as<YieldFrom>()); break;
    case ExprKind::Compare: compare(e.as<Compare>()); break;
    case ExprKind::Call: call(e.as<Call>()); break;
    case ExprKind::FormattedValue: formatted_value(e.as<FormattedValue>()); break;
    case ExprKind::JoinedStr: joined_str(e.as<JoinedStr>()); break;
    case ExprKind::Constant: load_const(constant_value(e.as<Constant>().value)); break;
    case ExprKind::Attribute: {
        const auto& a = e.as<Attribute>();
        if (a.ctx != ExprContext::Load) throw std::logic_error("compiler: attribute store as expression");
        attribute(a);
        break;
    }
    case ExprKind::Subscript: subscript(e.as<Subscript>()); break;
    case ExprKind::Starred: error(e, "can't use starred expression here");
    case ExprKind::Name: name_op(e.as<Name>().id, ExprContext::Load); break;
    case ExprKind::List:
        sequence_display(e.as<List>().elts, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false);
        break;
    case ExprKind::Tuple: {
        const auto& t = e.as<Tuple>();
        bool all_constant = !t.elts.empty();
        for (const ast::expr* el : t.elts) all_constant = all_constant && is_foldable_constant(el);
        if (all_constant) {
            std::vector<Value> items;
            for (const ast::expr* el : t.elts) items.push_back(constant_value(el->as<Constant>().value));
            load_const(Value(vm::make_tuple(std::move(items))));
        } else {
            sequence_display(t.elts, Op::BUILD_TUPLE, Op::LIST_APPEND, Op::LIST_EXTEND, true);
        }
        break;
    }
    case ExprKind::Slice: {
        const auto& s = e.as<Slice>();
        slice_parts(s);
        emit(Op::BUILD_SLICE, s.step ? 3 : 2);
        break;
    }
    }
    u_->loc = saved;
}

void Compiler::bool_op(const BoolOp& e) {
    Label end = new_label();
    Op jump = e.op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    for (size_t i = 0; i + 1 < e.values.size(); ++i) {
        expr(*e.values[i]);
        set_loc(e);
        emit_jump(jump, end);
    }
    expr(*e.values.back());
    bind(end);
}

void Compiler::named_expr(const NamedExpr& e) {
    expr(*e.value);
    emit(Op::COPY, 1);
    store_target(*e.target);
}

namespace {

void emit_compare_op(Compiler& c, CmpOp op) {
    switch (op) {
    case CmpOp::Eq: c.emit(Op::COMPARE_OP, uint32_t(vm::CmpOp::Eq)); break;
    case CmpOp::NotEq: c.emit(Op::COMPARE_OP, uint32_t(vm::CmpOp::Ne)); break;
    case CmpOp::Lt: c.emit(Op::COMPARE_OP, uint32_t(vm::CmpOp::Lt)); break;
    case CmpOp::LtE: c.emit(Op::COMPARE_OP, uint32_t(vm::CmpOp::Le)); break;
    case CmpOp::Gt: c.emit(Op::COMPARE_OP, uint32_t(vm::CmpOp::Gt)); break;
    case CmpOp::GtE: c.emit(Op::COMPARE_OP, uint32_t(vm::CmpOp::Ge)); break;
    case CmpOp::Is: c.emit(Op::IS_OP, 0); break;
    case CmpOp::IsNot: c.emit(Op::IS_OP, 1); break;
    case CmpOp::In: c.emit(Op::CONTAINS_OP, 0); break;
    case CmpOp::NotIn: c.emit(Op::CONTAINS_OP, 1); break;
    }
}

}  // namespace

// ---- compile-time warnings ----

namespace {

// The type CPython's infer_type() gives an expression, or nullptr when it cannot tell.
const char* inferred_type(const ast::expr& e) {
    switch (e.kind) {
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp: return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp: return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::Lambda: return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "str";
    case ExprKind::Constant:
        switch (e.as<Constant>().value.kind) {
        case ConstantKind::None: return "NoneType";
        case ConstantKind::Bool: return "bool";
        case ConstantKind::Ellipsis: return "ellipsis";
        case ConstantKind::Int:
        case ConstantKind::BigInt: return "int";
        case ConstantKind::Float: return "float";
        case ConstantKind::Complex: return "complex";
        case ConstantKind::Str: return "str";
        case ConstantKind::Bytes: return "bytes";
        }
        return nullptr;
    default: return nullptr;
    }
}

// Operands `is` may be used with without a warning: anything but a non-singleton literal.
bool ok_with_is(const ast::expr& e) {
    if (!e.is<Constant>()) return true;
    ConstantKind k = e.as<Constant>().value.kind;
    return k == ConstantKind::None || k == ConstantKind::Bool || k == ConstantKind::Ellipsis;
}

}  // namespace

void Compiler::check_compare(const Compare& e) {
    bool left = ok_with_is(*e.left);
    const ast::expr* left_expr = e.left;
    for (size_t i = 0; i < e.ops.size(); ++i) {
        const ast::expr* right_expr = e.comparators[i];
        bool right = ok_with_is(*right_expr);
        if ((e.ops[i] == CmpOp::Is || e.ops[i] == CmpOp::IsNot) && (!left || !right)) {
            const ast::expr& literal = !left ? *left_expr : *right_expr;
            std::string type = inferred_type(literal);
            warn(e, e.ops[i] == CmpOp::Is ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                                          : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
        left_expr = right_expr;
    }
}

void Compiler::check_caller(const ast::expr& f) {
    switch (f.kind) {
    case ExprKind::Constant:
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::ListComp:
    case ExprKind::Dict:
    case ExprKind::DictComp:
    case ExprKind::Set:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        warn(f, std::string("'") + inferred_type(f) + "' object is not callable; perhaps you missed a comma?");
        return;
    default: return;
    }
}

void Compiler::check_subscript(const Subscript& s) {
    const ast::expr& v = *s.value;
    bool not_subscriptable = false;
    switch (v.kind) {
    case ExprKind::Constant: {
        ConstantKind k = v.as<Constant>().value.kind;
        not_subscriptable = k == ConstantKind::None || k == ConstantKind::Ellipsis || k == ConstantKind::Int ||
                            k == ConstantKind::BigInt || k == ConstantKind::Float || k == ConstantKind::Complex ||
                            k == ConstantKind::Bool;
        break;
    }
    case ExprKind::Set:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::Lambda: not_subscriptable = true; break;
    default: break;
    }
    if (not_subscriptable) {
        warn(v, std::string("'") + inferred_type(v) + "' object is not subscriptable; perhaps you missed a comma?");
        return;
    }
    const char* index_type = inferred_type(*s.slice);
    if (!index_type || std::string(index_type) == "int" || std::string(index_type) == "bool") return;
    if (s.slice->is<Slice>()) return;
    bool indexable_literal = false;
    switch (v.kind) {
    case ExprKind::Constant: {
        ConstantKind k = v.as<Constant>().value.kind;
        indexable_literal = k == ConstantKind::Str || k == ConstantKind::Bytes;
        break;
    }
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::ListComp:
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: indexable_literal = true; break;
    default: break;
    }
    if (indexable_literal) {
        warn(v, std::string(inferred_type(v)) + " indices must be integers or slices, not " + index_type +
                    "; perhaps you missed a comma?");
    }
}

// a < b < c evaluates b once: [a, b] → SWAP 2, COPY 2 → [b, a, b] → compare → [b, r].
void Compiler::compare(const Compare& e) {
    check_compare(e);
    expr(*e.left);
    size_t n = e.ops.size();
    if (n == 1) {
        expr(*e.comparators[0]);
        set_loc(e);
        emit_compare_op(*this, e.ops[0]);
        return;
    }
    Label cleanup = new_label(), end = new_label();
    for (size_t i = 0; i + 1 < n; ++i) {
        expr(*e.comparators[i]);
        set_loc(e);
        emit(Op::SWAP, 2);
        emit(Op::COPY, 2);
        emit_compare_op(*this, e.ops[i]);
        emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(*e.comparators[n - 1]);
    set_loc(e);
    emit_compare_op(*this, e.ops[n - 1]);
    emit_jump(Op::JUMP, end);
    bind(cleanup);
    emit(Op::SWAP, 2);
    emit(Op::POP_TOP);
    bind(end);
}

// Jumps to `target` when the truth of `e` equals `when_true`, without materializing
// intermediate booleans for not / and / or.
void Compiler::jump_if(const ast::expr& e, bool when_true, Label target) {
    switch (e.kind) {
    case ExprKind::UnaryOp:
        if (e.as<UnaryOp>().op == UnaryOpKind::Not) {
            jump_if(*e.as<UnaryOp>().operand, !when_true, target);
            return;
        }
        break;
    case ExprKind::BoolOp: {
        const auto& b = e.as<BoolOp>();
        bool is_or = b.op == BoolOpKind::Or;
        // `a or b` jumps-if-true when any is true; `a and b` jumps-if-false when any is false.
        if (is_or == when_true) {
            for (const ast::expr* v : b.values) jump_if(*v, when_true, target);
        } else {
            Label next = new_label();
            for (size_t i = 0; i + 1 < b.values.size(); ++i) jump_if(*b.values[i], !when_true, next);
            jump_if(*b.values.back(), when_true, target);
            bind(next);
        }
        return;
    }
    case ExprKind::Constant: {
        const ConstantValue& c = e.as<Constant>().value;
        bool truth;
        switch (c.kind) {
        case ConstantKind::None: truth = false; break;
        case ConstantKind::Bool: truth = c.b; break;
        case ConstantKind::Int: truth = c.i != 0; break;
        case ConstantKind::Str: truth = !c.s.empty(); break;
        case ConstantKind::Ellipsis: truth = true; break;
        default: goto generic;
        }
        if (truth == when_true) {
            set_loc(e);
            emit_jump(Op::JUMP, target);
        }
        return;
    }
    case ExprKind::Compare: {
        const auto& c = e.as<Compare>();
        if (c.ops.size() == 1 && (c.ops[0] == CmpOp::Is || c.ops[0] == CmpOp::IsNot) &&
            c.comparators[0]->is<Constant>() && c.comparators[0]->as<Constant>().value.kind == ConstantKind::None) {
            expr(*c.left);
            set_loc(e);
            bool jump_on_none = (c.ops[0] == CmpOp::Is) == when_true;
            emit_jump(jump_on_none ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE, target);
            return;
        }
        break;
    }
    default: break;
    }
generic:
    expr(e);
    set_loc(e);
    emit_jump(when_true ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
}

// ---- calls ----

namespace {

void check_keywords(Compiler& c, const std::vector<keyword*>& keywords) {
    for (size_t i = 0; i < keywords.size(); ++i) {
        if (keywords[i]->arg.empty()) continue;
        for (size_t j = i + 1; j < keywords.size(); ++j) {
            if (keywords[j]->arg == keywords[i]->arg) {
                c.error(*keywords[j], "keyword argument repeated: " + keywords[i]->arg);
            }
        }
    }
}

bool has_double_star(const std::vector<keyword*>& keywords) {
    for (const keyword* k : keywords) {
        if (k->arg.empty()) return true;
    }
    return false;
}

}  // namespace

void Compiler::call(const Call& e) {
    check_caller(*e.func);
    check_keywords(*this, e.keywords);
    bool simple = !any_starred(e.args) && !has_double_star(e.keywords) &&
                  e.args.size() + e.keywords.size() < kStackUseGuideline;
    if (simple && e.func->is<Attribute>() && e.func->as<Attribute>().ctx == ExprContext::Load) {
        const auto& a = e.func->as<Attribute>();
        expr(*a.value);
        set_loc(loc_matching_attr(loc_of(a), a));
        emit(Op::LOAD_METHOD, attr_site(mangle_name(a.attr)));
        call_helper(0, e.args, e.keywords, e, &a);
        return;
    }
    expr(*e.func);
    set_loc(e);
    // f(...) of a global: LOAD_GLOBAL pushes the null self slot itself (as CPython's does).
    Instr& last = u_->instrs.back();
    if (e.func->is<Name>() && vm::op_of(last.word) == Op::LOAD_GLOBAL && !(vm::arg_of(last.word) & 1)) {
        last.word = vm::encode(Op::LOAD_GLOBAL, vm::arg_of(last.word) | 1);
    } else {
        emit(Op::PUSH_NULL);
    }
    call_helper(0, e.args, e.keywords, e);
}

// Emits the arguments and the call; `n_pushed` positional arguments are already on the stack
// (the class statement pushes the body function and the name).
void Compiler::call_helper(size_t n_pushed, const std::vector<ast::expr*>& args,
                           const std::vector<keyword*>& keywords, const node& where, const Attribute* method) {
    vm::Position call_loc = method ? loc_matching_attr(loc_of(where), *method) : loc_of(where);
    if (any_starred(args) || has_double_star(keywords) ||
        n_pushed + args.size() + keywords.size() >= kStackUseGuideline) {
        starred_call(n_pushed, args, keywords);
        set_loc(call_loc);
        emit(Op::CALL_FUNCTION_EX, keywords.empty() ? 0 : 1);
        return;
    }
    for (const ast::expr* a : args) expr(*a);
    if (keywords.empty()) {
        set_loc(call_loc);
        emit(Op::CALL, uint32_t(n_pushed + args.size()));
        return;
    }
    std::vector<Value> names;
    for (const keyword* k : keywords) {
        expr(*k->value);
        names.push_back(Value(vm::intern(k->arg)));
    }
    set_loc(call_loc);
    load_const(Value(vm::make_tuple(std::move(names))));
    emit(Op::CALL_KW, uint32_t(n_pushed + args.size() + keywords.size()));
}

// Builds the positional tuple and (when there are keywords) the keyword dict of a call that
// CALL_FUNCTION_EX makes.
void Compiler::starred_call(size_t n_pushed, const std::vector<ast::expr*>& args,
                            const std::vector<keyword*>& keywords) {
    if (n_pushed == 0 && args.size() == 1 && is_starred(args[0])) {
        // f(*x): CALL_FUNCTION_EX makes the tuple, with the "argument after *" error.
        expr(*args[0]->as<Starred>().value);
    } else {
        size_t leading = 0;
        while (leading < args.size() && !is_starred(args[leading]) && leading < kStackUseGuideline) {
            expr(*args[leading]);
            ++leading;
        }
        emit(Op::BUILD_LIST, uint32_t(n_pushed + leading));
        for (size_t i = leading; i < args.size(); ++i) {
            if (is_starred(args[i])) {
                expr(*args[i]->as<Starred>().value);
                emit(Op::LIST_EXTEND, 1);
            } else {
                expr(*args[i]);
                emit(Op::LIST_APPEND, 1);
            }
        }
        emit(Op::LIST_TO_TUPLE);
    }
    if (keywords.empty()) return;
    bool have_dict = false;
    size_t seen = 0;
    auto pack = [&](size_t begin, size_t end) {
        std::vector<Value> names;
        for (size_t i = begin; i < end; ++i) {
            expr(*keywords[i]->value);
            names.push_back(Value(vm::intern(keywords[i]->arg)));
        }
        load_const(Value(vm::make_tuple(std::move(names))));
        emit(Op::BUILD_CONST_KEY_MAP, uint32_t(end - begin));
        if (have_dict) emit(Op::DICT_MERGE, 1);
        have_dict = true;
    };
    for (size_t i = 0; i < keywords.size(); ++i) {
        if (!keywords[i]->arg.empty()) {
            ++seen;
            continue;
        }
        if (seen) {
            pack(i - seen, i);
            seen = 0;
        }
        if (!have_dict) {
            emit(Op::BUILD_MAP, 0);
            have_dict = true;
        }
        expr(*keywords[i]->value);
        emit(Op::DICT_MERGE, 1);
    }
    if (seen) pack(keywords.size() - seen, keywords.size());
}

// ---- displays ----

// [a, *b, c] / (a, *b) / {a, *b}: small displays without stars are one BUILD_*; otherwise a
// list grows item by item (and becomes a tuple at the end for tuples).
// The values of `elts` when every one is a constant after CPython's AST folding of
// -<number> / +<number> and of tuples of constants (binary operations are not folded here,
// so a set display holding `2**40` keeps the element-by-element form).
bool Compiler::folded_constants(const std::vector<ast::expr*>& elts, std::vector<Value>& out) {
    for (const ast::expr* e : elts) {
        if (e->is<Constant>()) {
            out.push_back(constant_value(e->as<Constant>().value));
            continue;
        }
        if (e->is<Tuple>()) {
            std::vector<Value> items;
            if (!folded_constants(e->as<Tuple>().elts, items)) return false;
            out.push_back(Value(vm::make_tuple(std::move(items))));
            continue;
        }
        if (!e->is<UnaryOp>()) return false;
        const auto& un = e->as<UnaryOp>();
        if (!un.operand->is<Constant>() || (un.op != UnaryOpKind::USub && un.op != UnaryOpKind::UAdd)) return false;
        const ConstantValue& cv = un.operand->as<Constant>().value;
        if (cv.kind == ConstantKind::Int && cv.i != INT64_MIN) {
            out.push_back(Value::small_int(un.op == UnaryOpKind::USub ? -cv.i : cv.i));
        } else if (cv.kind == ConstantKind::Float) {
            out.push_back(Value::real(un.op == UnaryOpKind::USub ? -cv.f : cv.f));
        } else {
            return false;
        }
    }
    return true;
}

void Compiler::sequence_display(const std::vector<ast::expr*>& elts, Op build, Op add, Op extend,
                                bool to_tuple) {
    if (!any_starred(elts) && elts.size() < kStackUseGuideline) {
        exprs(elts);
        emit(build, uint32_t(elts.size()));
        return;
    }
    Op container = to_tuple ? Op::BUILD_LIST : build;
    size_t leading = 0;
    while (leading < elts.size() && !is_starred(elts[leading]) && leading < kStackUseGuideline) {
        expr(*elts[leading]);
        ++leading;
    }
    emit(container, uint32_t(leading));
    for (size_t i = leading; i < elts.size(); ++i) {
        if (is_starred(elts[i])) {
            expr(*elts[i]->as<Starred>().value);
            emit(extend, 1);
        } else {
            expr(*elts[i]);
            emit(add, 1);
        }
    }
    if (to_tuple) emit(Op::LIST_TO_TUPLE);
}

void Compiler::dict_display(const Dict& d) {
    size_t n = d.values.size();
    bool have_dict = false;
    size_t pending = 0;  // key/value pairs on the stack not yet in a dict
    auto flush = [&]() {
        if (!pending && have_dict) return;
        emit(Op::BUILD_MAP, uint32_t(pending));
        if (have_dict) emit(Op::DICT_UPDATE, 1);
        have_dict = true;
        pending = 0;
    };
    for (size_t i = 0; i < n; ++i) {
        if (!d.keys[i]) {
            flush();
            expr(*d.values[i]);
            emit(Op::DICT_UPDATE, 1);
            continue;
        }
        if (pending * 2 >= kStackUseGuideline) flush();
        expr(*d.keys[i]);
        expr(*d.values[i]);
        ++pending;
    }
    if (pending || !have_dict) flush();
}

// ---- f-strings ----

void Compiler::joined_str(const JoinedStr& e) {
    if (e.values.empty()) {
        load_const(Value(vm::intern("")));
        return;
    }
    for (const ast::expr* v : e.values) expr(*v);
    if (e.values.size() > 1) {
        set_loc(e);
        emit(Op::BUILD_STRING, uint32_t(e.values.size()));
    } else if (e.values[0]->is<Constant>()) {
        // A lone constant part is already the string.
    }
}

void Compiler::formatted_value(const FormattedValue& e) {
    expr(*e.value);
    uint32_t flags = 0;
    switch (e.conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: break;
    }
    if (e.format_spec) {
        expr(*e.format_spec);
        flags |= 4;
    }
    set_loc(e);
    emit(Op::FORMAT_VALUE, flags);
}

// ---- attributes and subscripts ----

void Compiler::attribute(const Attribute& a) {
    expr(*a.value);
    set_loc(loc_matching_attr(loc_of(a), a));
    emit(Op::LOAD_ATTR, attr_site(mangle_name(a.attr)));
}

void Compiler::slice_parts(const Slice& s) {
    if (s.lower) expr(*s.lower); else load_none();
    if (s.upper) expr(*s.upper); else load_none();
    if (s.step) expr(*s.step);
}

namespace {
bool is_two_part_slice(const ast::expr* e) { return e->is<Slice>() && !e->as<Slice>().step; }
}  // namespace

void Compiler::subscript(const Subscript& s) {
    if (s.ctx == ExprContext::Load) check_subscript(s);
    expr(*s.value);
    if (s.ctx == ExprContext::Load && is_two_part_slice(s.slice)) {
        slice_parts(s.slice->as<Slice>());
        set_loc(s);
        emit(Op::BINARY_SLICE);
        return;
    }
    expr(*s.slice);
    set_loc(s);
    switch (s.ctx) {
    case ExprContext::Load: emit(Op::BINARY_SUBSCR); break;
    case ExprContext::Store: emit(Op::STORE_SUBSCR); break;
    case ExprContext::Del: emit(Op::DELETE_SUBSCR); break;
    }
}

// ---- assignment targets ----

// Stores the value on top of the stack into `target`.
void Compiler::store_target(const ast::expr& target) {
    vm::Position saved = u_->loc;
    switch (target.kind) {
    case ExprKind::Name:
        set_loc(target);
        name_op(target.as<Name>().id, ExprContext::Store);
        break;
    case ExprKind::Attribute: {
        const auto& a = target.as<Attribute>();
        note_static_attribute(a);
        expr(*a.value);
        set_loc(loc_matching_attr(loc_of(target), a));
        emit(Op::STORE_ATTR, attr_site(mangle_name(a.attr)));
        break;
    }
    case ExprKind::Subscript: {
        const auto& s = target.as<Subscript>();
        expr(*s.value);
        if (is_two_part_slice(s.slice)) {
            slice_parts(s.slice->as<Slice>());
            set_loc(target);
            emit(Op::STORE_SLICE);
        } else {
            expr(*s.slice);
            set_loc(target);
            emit(Op::STORE_SUBSCR);
        }
        break;
    }
    case ExprKind::List: unpack_helper(target.as<List>().elts, target); break;
    case ExprKind::Tuple: unpack_helper(target.as<Tuple>().elts, target); break;
    case ExprKind::Starred: error(target, "starred assignment target must be in a list or tuple");
    default: throw std::logic_error("compiler: invalid assignment target");
    }
    u_->loc = saved;
}

void Compiler::unpack_helper(const std::vector<ast::expr*>& elts, const node& where) {
    size_t star = elts.size();
    for (size_t i = 0; i < elts.size(); ++i) {
        if (!is_starred(elts[i])) continue;
        if (star != elts.size()) error(where, "multiple starred expressions in assignment");
        star = i;
    }
    set_loc(where);
    if (star == elts.size()) {
        emit(Op::UNPACK_SEQUENCE, uint32_t(elts.size()));
    } else {
        size_t after = elts.size() - star - 1;
        if (star >= 256 || after >= (1u << 16)) error(where, "too many expressions in star-unpacking assignment");
        emit(Op::UNPACK_EX, uint32_t(star | after << 8));
    }
    for (const ast::expr* e : elts) store_target(is_starred(e) ? *e->as<Starred>().value : *e);
}

}  // namespace loopscope::lang
