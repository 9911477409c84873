// Comprehensions and generator expressions, compiled as nested functions that receive the
// outermost iterator as their argument `.0` (the outermost iterable is evaluated in the
// enclosing scope, as Python specifies).
//
// Stack inside the function while the element is produced:
//     [accumulator, iter_1, ..., iter_k, element]
// so LIST_APPEND / SET_ADD / MAP_ADD reach the accumulator k+1 slots below the element.
#include "lang/compiler.h"

#include "vm/str.h"

namespace loopscope::lang {

using namespace ast;
using vm::Value;

namespace {

const char* unit_name(ComprehensionKind kind) {
    switch (kind) {
    case ComprehensionKind::List: return "<listcomp>";
    case ComprehensionKind::Set: return "<setcomp>";
    case ComprehensionKind::Dict: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

}  // namespace

void Compiler::comprehension(const ast::expr& e, const std::vector<ast::comprehension*>& generators,
                             const ast::expr* elt, const ast::expr* value) {
    Scope* scope = table_.scope_for(&e);
    ComprehensionKind kind = scope->comprehension;
    bool is_async = scope->is_coroutine;
    bool is_generator = kind == ComprehensionKind::Generator;

    enter_unit(scope, unit_name(kind), e.lineno);
    u_->argcount = 1;
    u_->flags = vm::kCoOptimized | vm::kCoNewLocals | vm::kCoNested;
    if (is_generator) {
        u_->flags |= is_async ? vm::kCoAsyncGenerator : vm::kCoGenerator;
    } else {
        u_->flags |= vm::kCoInlinedComprehension;
        if (is_async) u_->flags |= vm::kCoCoroutine;
    }
    set_loc(e);
    switch (kind) {
    case ComprehensionKind::List: emit(Op::BUILD_LIST, 0); break;
    case ComprehensionKind::Set: emit(Op::BUILD_SET, 0); break;
    case ComprehensionKind::Dict: emit(Op::BUILD_MAP, 0); break;
    default: break;
    }
    comprehension_generator(generators, 0, 0, elt, value, kind);
    set_loc(e);
    if (is_generator) emit(Op::RETURN_CONST, const_none());
    else emit(Op::RETURN_VALUE);
    vm::Ref<vm::CodeObject> code = leave_unit();

    set_loc(e);
    make_closure(code, 0);
    const ast::comprehension& outermost = *generators[0];
    expr(*outermost.iter);
    set_loc(*outermost.iter);
    emit(outermost.is_async ? Op::GET_AITER : Op::GET_ITER);
    set_loc(e);
    emit(Op::CALL, 0);  // [function, iterator]: the iterator sits in the self slot
    if (is_async && !is_generator) {
        emit(Op::GET_AWAITABLE, 0);
        load_none();
        yield_from_loop(true);
    }
}

void Compiler::comprehension_generator(const std::vector<ast::comprehension*>& generators,
                                       size_t index, int depth, const ast::expr* elt,
                                       const ast::expr* value, ComprehensionKind kind) {
    const ast::comprehension& gen = *generators[index];
    if (gen.is_async) {
        async_comprehension_generator(generators, index, depth, elt, value, kind);
        return;
    }
    Label start = new_label(), if_cleanup = new_label(), exhausted = new_label();
    if (index == 0) {
        emit(Op::LOAD_FAST, add_varname(".0"));
    } else {
        expr(*gen.iter);
        set_loc(*gen.iter);
        emit(Op::GET_ITER);
    }
    ++depth;
    bind(start);
    set_loc(*gen.iter);
    emit_jump(Op::FOR_ITER, exhausted);
    store_target(*gen.target);
    for (const ast::expr* cond : gen.ifs) jump_if(*cond, false, if_cleanup);
    if (index + 1 < generators.size()) {
        comprehension_generator(generators, index + 1, depth, elt, value, kind);
    } else {
        comprehension_element(elt, value, depth, kind);
    }
    bind(if_cleanup);
    emit_jump(Op::JUMP, start);
    bind(exhausted);
}

void Compiler::async_comprehension_generator(const std::vector<ast::comprehension*>& generators,
                                             size_t index, int depth, const ast::expr* elt,
                                             const ast::expr* value, ComprehensionKind kind) {
    const ast::comprehension& gen = *generators[index];
    Label start = new_label(), except = new_label(), if_cleanup = new_label();
    if (index == 0) {
        emit(Op::LOAD_FAST, add_varname(".0"));
    } else {
        expr(*gen.iter);
        set_loc(*gen.iter);
        emit(Op::GET_AITER);
    }
    ++depth;
    bind(start);
    push_fblock(FBlockKind::AsyncComprehensionGenerator, start, Label{});
    push_handler(except);
    set_loc(*gen.iter);
    emit(Op::GET_ANEXT);
    load_none();
    yield_from_loop(true);
    pop_handler();
    store_target(*gen.target);
    for (const ast::expr* cond : gen.ifs) jump_if(*cond, false, if_cleanup);
    if (index + 1 < generators.size()) {
        comprehension_generator(generators, index + 1, depth, elt, value, kind);
    } else {
        comprehension_element(elt, value, depth, kind);
    }
    bind(if_cleanup);
    emit_jump(Op::JUMP, start);
    pop_fblock(FBlockKind::AsyncComprehensionGenerator);
    bind(except);
    set_loc(*gen.iter);
    emit(Op::END_ASYNC_FOR);
}

void Compiler::comprehension_element(const ast::expr* elt, const ast::expr* value, int depth,
                                     ComprehensionKind kind) {
    switch (kind) {
    case ComprehensionKind::List:
        expr(*elt);
        emit(Op::LIST_APPEND, uint32_t(depth + 1));
        break;
    case ComprehensionKind::Set:
        expr(*elt);
        emit(Op::SET_ADD, uint32_t(depth + 1));
        break;
    case ComprehensionKind::Dict:
        expr(*elt);
        expr(*value);
        set_loc(*elt);
        emit(Op::MAP_ADD, uint32_t(depth + 1));
        break;
    default:
        expr(*elt);
        set_loc(*elt);
        if (u_->flags & vm::kCoAsyncGenerator) emit(Op::ASYNC_GEN_WRAP);
        emit(Op::YIELD_VALUE, 0);
        emit(Op::POP_TOP);
        break;
    }
}

}  // namespace loopscope::lang
