// Statements and control flow: assignments, if/while/for, break/continue/return and the
// unwinding they do through enclosing try/with/except blocks.
#include "lang/compiler.h"

#include "vm/protocol.h"
#include "vm/str.h"

namespace loopscope::lang {

using namespace ast;
using vm::Value;

uint32_t binop_arg(Operator op, bool inplace);  // compiler_expr.cpp

void Compiler::stmt(const ast::stmt& s) {
    set_loc(s);
    switch (s.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: function_def(static_cast<const FunctionDefBase&>(s)); break;
    case StmtKind::ClassDef: class_def(s.as<ClassDef>()); break;
    case StmtKind::Return: return_stmt(s.as<Return>()); break;
    case StmtKind::Delete:
        for (const ast::expr* t : s.as<Delete>().targets) delete_target(*t);
        break;
    case StmtKind::Assign: assign(s.as<Assign>()); break;
    case StmtKind::AugAssign: aug_assign(s.as<AugAssign>()); break;
    case StmtKind::AnnAssign: ann_assign(s.as<AnnAssign>()); break;
    case StmtKind::For: for_stmt(static_cast<const ForBase&>(s)); break;
    case StmtKind::AsyncFor: async_for_stmt(static_cast<const ForBase&>(s)); break;
    case StmtKind::While: while_stmt(s.as<While>()); break;
    case StmtKind::If: if_stmt(s.as<If>()); break;
    case StmtKind::With: with_stmt(static_cast<const WithBase&>(s), 0); break;
    case StmtKind::AsyncWith: async_with_stmt(static_cast<const WithBase&>(s), 0); break;
    case StmtKind::Raise: raise_stmt(s.as<Raise>()); break;
    case StmtKind::Try:
    case StmtKind::TryStar: try_stmt(static_cast<const TryBase&>(s)); break;
    case StmtKind::Assert: assert_stmt(s.as<Assert>()); break;
    case StmtKind::Import: import_stmt(s.as<Import>()); break;
    case StmtKind::ImportFrom: import_from(s.as<ImportFrom>()); break;
    case StmtKind::Global:
    case StmtKind::Nonlocal: break;
    case StmtKind::Expr: {
        const ast::expr& v = *s.as<Expr>().value;
        if (v.is<Constant>()) {
            emit(Op::NOP);  // keeps the line (docstring-like statements do nothing)
            break;
        }
        expr(v);
        set_loc(s);
        emit(Op::POP_TOP);
        break;
    }
    case StmtKind::Pass: emit(Op::NOP); break;
    case StmtKind::Break: break_stmt(s); break;
    case StmtKind::Continue: continue_stmt(s); break;
    }
}

// ---- assignment ----

void Compiler::assign(const Assign& s) {
    // a, b = b, a: no tuple is built; the values are reordered on the stack.
    if (s.targets.size() == 1 && s.value->is<Tuple>()) {
        const auto& values = s.value->as<Tuple>().elts;
        const ast::expr& target = *s.targets[0];
        const std::vector<ast::expr*>* targets = target.is<Tuple>()  ? &target.as<Tuple>().elts
                                                 : target.is<List>() ? &target.as<List>().elts
                                                                     : nullptr;
        bool plain = targets && targets->size() == values.size() && (values.size() == 2 || values.size() == 3);
        if (plain) {
            for (const ast::expr* e : values) plain = plain && !e->is<Starred>();
            for (const ast::expr* e : *targets) plain = plain && !e->is<Starred>();
        }
        if (plain) {
            exprs(values);
            set_loc(s);
            emit(Op::SWAP, uint32_t(values.size()));
            for (const ast::expr* t : *targets) store_target(*t);
            return;
        }
    }
    expr(*s.value);
    for (size_t i = 0; i < s.targets.size(); ++i) {
        if (i + 1 < s.targets.size()) emit(Op::COPY, 1);
        store_target(*s.targets[i]);
    }
}

// The target is evaluated once: obj.attr += v loads obj once, obj[k] += v loads obj and k once.
void Compiler::aug_assign(const AugAssign& s) {
    const ast::expr& t = *s.target;
    switch (t.kind) {
    case ExprKind::Name:
        set_loc(t);
        name_op(t.as<Name>().id, ExprContext::Load);
        expr(*s.value);
        set_loc(s);
        emit(Op::BINARY_OP, binop_arg(s.op, true));
        set_loc(t);
        name_op(t.as<Name>().id, ExprContext::Store);
        break;
    case ExprKind::Attribute: {
        const auto& a = t.as<Attribute>();
        note_static_attribute(a);
        expr(*a.value);
        set_loc(t);
        emit(Op::COPY, 1);
        set_loc(loc_matching_attr(loc_of(t), a));
        emit(Op::LOAD_ATTR, attr_site(mangle_name(a.attr)));
        expr(*s.value);
        set_loc(s);
        emit(Op::BINARY_OP, binop_arg(s.op, true));
        set_loc(loc_matching_attr(loc_of(t), a));
        emit(Op::SWAP, 2);
        emit(Op::STORE_ATTR, attr_site(mangle_name(a.attr)));
        break;
    }
    case ExprKind::Subscript: {
        const auto& sub = t.as<Subscript>();
        expr(*sub.value);
        expr(*sub.slice);
        set_loc(t);
        emit(Op::COPY, 2);
        emit(Op::COPY, 2);
        set_loc(t);
        emit(Op::BINARY_SUBSCR);
        expr(*s.value);
        set_loc(s);
        emit(Op::BINARY_OP, binop_arg(s.op, true));
        emit(Op::SWAP, 3);
        emit(Op::SWAP, 2);
        set_loc(t);
        emit(Op::STORE_SUBSCR);
        break;
    }
    default: throw std::logic_error("compiler: invalid augmented assignment target");
    }
}

void Compiler::ann_assign(const AnnAssign& s) {
    if (s.value) {
        expr(*s.value);
        store_target(*s.target);
    }
    bool module_or_class = u_->scope->kind == BlockKind::Module || u_->scope->kind == BlockKind::Class;
    switch (s.target->kind) {
    case ExprKind::Name:
        // A simple name at module or class level records its annotation.
        if (s.simple && module_or_class) {
            expr(*s.annotation);
            set_loc(s);
            emit(Op::LOAD_NAME, add_name("__annotations__"));
            load_const(Value(vm::intern(mangle_name(s.target->as<Name>().id))));
            emit(Op::STORE_SUBSCR);
        }
        break;
    case ExprKind::Attribute:
        if (!s.value) {
            expr(*s.target->as<Attribute>().value);
            emit(Op::POP_TOP);
        }
        break;
    case ExprKind::Subscript:
        if (!s.value) {
            expr(*s.target->as<Subscript>().value);
            emit(Op::POP_TOP);
            expr(*s.target->as<Subscript>().slice);
            emit(Op::POP_TOP);
        }
        break;
    default: break;
    }
    if (!s.simple && module_or_class) {
        expr(*s.annotation);
        emit(Op::POP_TOP);
    }
}

void Compiler::delete_target(const ast::expr& e) {
    set_loc(e);
    switch (e.kind) {
    case ExprKind::Name: name_op(e.as<Name>().id, ExprContext::Del); break;
    case ExprKind::Attribute:
        expr(*e.as<Attribute>().value);
        set_loc(loc_matching_attr(loc_of(e), e.as<Attribute>()));
        emit(Op::DELETE_ATTR, add_name(mangle_name(e.as<Attribute>().attr)));
        break;
    case ExprKind::Subscript: subscript(e.as<Subscript>()); break;
    case ExprKind::Tuple:
        for (const ast::expr* el : e.as<Tuple>().elts) delete_target(*el);
        break;
    case ExprKind::List:
        for (const ast::expr* el : e.as<List>().elts) delete_target(*el);
        break;
    default: throw std::logic_error("compiler: invalid del target");
    }
}

// ---- control flow ----

void Compiler::if_stmt(const If& s) {
    Label end = new_label();
    if (!s.orelse.empty()) {
        Label next = new_label();
        jump_if(*s.test, false, next);
        body(s.body);
        emit_jump(Op::JUMP, end);
        bind(next);
        body(s.orelse);
    } else {
        jump_if(*s.test, false, end);
        body(s.body);
    }
    bind(end);
}

void Compiler::while_stmt(const While& s) {
    Label top = new_label(), orelse = new_label(), end = new_label();
    bind(top);
    push_fblock(FBlockKind::WhileLoop, top, end);
    jump_if(*s.test, false, orelse);
    body(s.body);
    set_loc(s);
    emit_jump(Op::JUMP, top);
    pop_fblock(FBlockKind::WhileLoop);
    bind(orelse);
    body(s.orelse);
    bind(end);
}

void Compiler::for_stmt(const ForBase& s) {
    Label top = new_label(), exhausted = new_label(), end = new_label();
    expr(*s.iter);
    set_loc(*s.iter);
    emit(Op::GET_ITER);
    bind(top);
    push_fblock(FBlockKind::ForLoop, top, end);
    emit_jump(Op::FOR_ITER, exhausted);
    store_target(*s.target);
    body(s.body);
    set_loc(s);
    emit_jump(Op::JUMP, top);
    pop_fblock(FBlockKind::ForLoop);
    bind(exhausted);
    body(s.orelse);
    bind(end);
}

void Compiler::return_stmt(const Return& s) {
    if (!u_->scope->is_function_like()) error(s, "'return' outside function");
    if (s.value && u_->scope->is_async_def && u_->scope->is_generator) {
        error(s, "'return' with value in async generator");
    }
    bool preserve_tos = s.value && !s.value->is<Constant>();
    if (preserve_tos) expr(*s.value);
    std::vector<int> saved = u_->handler_stack;
    set_loc(s);
    unwind_fblock_stack(s, preserve_tos, false);
    set_loc(s);
    if (!s.value) emit(Op::RETURN_CONST, const_none());
    else if (!preserve_tos) emit(Op::RETURN_CONST, add_const(constant_value(s.value->as<Constant>().value)));
    else emit(Op::RETURN_VALUE);
    u_->handler_stack = saved;
}

void Compiler::break_stmt(const ast::stmt& s) {
    std::vector<int> saved = u_->handler_stack;
    std::optional<FBlock> loop = unwind_fblock_stack(s, false, true);
    if (!loop) error(s, "'break' outside loop");
    u_->handler_stack.resize(std::min(u_->handler_stack.size(), loop->handlers_outside));
    set_loc(s);
    unwind_fblock(*loop, false);
    emit_jump(Op::JUMP, loop->exit);
    u_->handler_stack = saved;
}

void Compiler::continue_stmt(const ast::stmt& s) {
    std::vector<int> saved = u_->handler_stack;
    std::optional<FBlock> loop = unwind_fblock_stack(s, false, true);
    if (!loop) error(s, "'continue' not properly in loop");
    set_loc(s);
    emit_jump(Op::JUMP, loop->block);
    u_->handler_stack = saved;
}

std::optional<FBlock> Compiler::unwind_fblock_stack(const node& where, bool preserve_tos,
                                                    bool stop_at_loop) {
    if (u_->fblocks.empty()) return std::nullopt;
    FBlock top = u_->fblocks.back();
    if (top.kind == FBlockKind::ExceptionGroupHandler) {
        error(where, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (stop_at_loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
        return top;
    }
    u_->fblocks.pop_back();
    u_->handler_stack.resize(std::min(u_->handler_stack.size(), top.handlers_outside));
    set_loc(where);
    unwind_fblock(top, preserve_tos);
    std::optional<FBlock> loop = unwind_fblock_stack(where, preserve_tos, stop_at_loop);
    u_->fblocks.push_back(top);
    return loop;
}

// The cleanup one block needs when control leaves it by break/continue/return. The handler
// stack is already the one outside the block.
void Compiler::unwind_fblock(const FBlock& b, bool preserve_tos) {
    switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
    case FBlockKind::ExceptionGroupHandler:
    case FBlockKind::AsyncComprehensionGenerator:
    case FBlockKind::TryExcept:
        return;
    case FBlockKind::ForLoop:
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);  // the iterator
        return;
    case FBlockKind::FinallyTry: {
        if (preserve_tos) push_fblock(FBlockKind::PopValue, Label{}, Label{});
        body(*static_cast<const std::vector<ast::stmt*>*>(b.datum));
        if (preserve_tos) pop_fblock(FBlockKind::PopValue);
        return;
    }
    case FBlockKind::FinallyEnd:
        // Stack: [marker, exc(, value)]: drop the exception, then the handled-exception marker.
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT);
        return;
    case FBlockKind::With:
    case FBlockKind::AsyncWith:
        set_loc(b.where);
        if (preserve_tos) emit(Op::SWAP, 2);
        call_exit_with_nones();
        if (b.kind == FBlockKind::AsyncWith) {
            emit(Op::GET_AWAITABLE, 2);
            load_none();
            yield_from_loop(true);
        }
        emit(Op::POP_TOP);
        return;
    case FBlockKind::HandlerCleanup: {
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT);
        if (b.datum) {
            const std::string& name = *static_cast<const std::string*>(b.datum);
            load_none();
            name_op(name, ExprContext::Store);
            name_op(name, ExprContext::Del);
        }
        return;
    }
    case FBlockKind::PopValue:
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        return;
    }
}

}  // namespace loopscope::lang
