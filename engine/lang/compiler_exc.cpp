// try/except/else/finally, except*, with / async with, raise, assert, and the suspension
// points: yield, yield from, await, async for.
//
// Handler blocks follow CPython 3.12's layout. When an exception reaches a handler the stack
// is cut to the handler's depth and the exception pushed. PUSH_EXC_INFO then makes it the
// exception being handled, leaving a marker below it ([marker, exc]); POP_EXCEPT pops the
// marker and restores the previous one. Every range that runs with an exception being
// handled is covered by a "cleanup" handler (SWAP 2, POP_EXCEPT, RERAISE), so the handled
// exception is restored whichever way control leaves.
#include "lang/compiler.h"

namespace loopscope::lang {

using namespace ast;

void Compiler::pop_except_and_reraise() {
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE);
}

void Compiler::try_stmt(const TryBase& s) {
    if (!s.finalbody.empty()) try_finally(s);
    else if (s.kind == StmtKind::TryStar) try_star_except(s);
    else try_except(s);
}

void Compiler::try_finally(const TryBase& s) {
    Label body_start = new_label(), on_exception = new_label(), exit = new_label(), cleanup = new_label();
    bind(body_start);
    push_fblock(FBlockKind::FinallyTry, body_start, on_exception, &s.finalbody);
    push_handler(on_exception);
    if (!s.handlers.empty()) {
        if (s.kind == StmtKind::TryStar) try_star_except(s);
        else try_except(s);
    } else {
        body(s.body);
    }
    pop_handler();
    pop_fblock(FBlockKind::FinallyTry);
    body(s.finalbody);
    emit_jump(Op::JUMP, exit);

    // The exceptional path: run the finally body with the exception being handled, re-raise.
    bind(on_exception);
    size_t outside = u_->handler_stack.size();
    push_handler(cleanup);
    emit(Op::PUSH_EXC_INFO);
    push_fblock(FBlockKind::FinallyEnd, on_exception, Label{}, nullptr, outside);
    body(s.finalbody);
    pop_fblock(FBlockKind::FinallyEnd);
    emit(Op::RERAISE);
    pop_handler();
    bind(cleanup);
    pop_except_and_reraise();
    bind(exit);
}

void Compiler::try_except(const TryBase& s) {
    Label body_start = new_label(), on_exception = new_label(), end = new_label(), cleanup = new_label();
    bind(body_start);
    push_fblock(FBlockKind::TryExcept, body_start, Label{});
    push_handler(on_exception);
    body(s.body);
    pop_handler();
    pop_fblock(FBlockKind::TryExcept);
    body(s.orelse);
    emit_jump(Op::JUMP, end);

    bind(on_exception);  // [exc]
    size_t outside = u_->handler_stack.size();
    push_handler(cleanup);
    emit(Op::PUSH_EXC_INFO);  // [marker, exc]
    push_fblock(FBlockKind::ExceptionHandler, Label{}, Label{});
    size_t n = s.handlers.size();
    for (size_t i = 0; i < n; ++i) {
        const ExceptHandler& h = *s.handlers[i];
        set_loc(h);
        if (!h.type && i + 1 < n) error(h, "default 'except:' must be last");
        Label next = new_label();
        if (h.type) {
            expr(*h.type);
            set_loc(h);
            emit(Op::CHECK_EXC_MATCH);
            emit_jump(Op::POP_JUMP_IF_FALSE, next);
        }
        if (!h.name.empty()) {
            // except E as name: the body runs in a try/finally that unbinds `name`.
            Label cleanup_end = new_label();
            name_op(h.name, ExprContext::Store);  // [marker]
            push_handler(cleanup_end);
            push_fblock(FBlockKind::HandlerCleanup, Label{}, Label{}, &h.name, outside);
            body(h.body);
            pop_fblock(FBlockKind::HandlerCleanup);
            pop_handler();
            std::vector<int> saved = u_->handler_stack;
            u_->handler_stack.resize(outside);
            emit(Op::POP_EXCEPT);
            load_none();
            name_op(h.name, ExprContext::Store);
            name_op(h.name, ExprContext::Del);
            emit_jump(Op::JUMP, end);
            u_->handler_stack = saved;
            bind(cleanup_end);  // [marker, exc2]
            load_none();
            name_op(h.name, ExprContext::Store);
            name_op(h.name, ExprContext::Del);
            emit(Op::RERAISE);
        } else {
            emit(Op::POP_TOP);  // [marker]
            push_fblock(FBlockKind::HandlerCleanup, Label{}, Label{}, nullptr, outside);
            body(h.body);
            pop_fblock(FBlockKind::HandlerCleanup);
            std::vector<int> saved = u_->handler_stack;
            u_->handler_stack.resize(outside);
            emit(Op::POP_EXCEPT);
            emit_jump(Op::JUMP, end);
            u_->handler_stack = saved;
        }
        bind(next);
    }
    pop_fblock(FBlockKind::ExceptionHandler);
    emit(Op::RERAISE);  // nothing matched: [marker, exc] → re-raise exc
    pop_handler();
    bind(cleanup);
    pop_except_and_reraise();
    bind(end);
}

// except*: each clause takes the part of the group it matches (CHECK_EG_MATCH splits it);
// what the clauses raise or leave unmatched is collected in a list and re-raised together
// (PREP_RERAISE_STAR).
//
// Stack through the clauses: [marker, orig, raised_list, rest].
void Compiler::try_star_except(const TryBase& s) {
    Label body_start = new_label(), on_exception = new_label(), orelse = new_label(), end = new_label(),
          cleanup = new_label(), reraise_star = new_label(), reraise = new_label();
    bind(body_start);
    push_fblock(FBlockKind::TryExcept, body_start, Label{});
    push_handler(on_exception);
    body(s.body);
    pop_handler();
    pop_fblock(FBlockKind::TryExcept);
    emit_jump(Op::JUMP, orelse);

    bind(on_exception);
    size_t outside = u_->handler_stack.size();
    push_handler(cleanup);
    emit(Op::PUSH_EXC_INFO);  // [marker, orig]
    push_fblock(FBlockKind::ExceptionGroupHandler, Label{}, Label{});
    size_t n = s.handlers.size();
    for (size_t i = 0; i < n; ++i) {
        const ExceptHandler& h = *s.handlers[i];
        set_loc(h);
        Label next = new_label(), with_error = new_label(), no_match = new_label(), cleanup_end = new_label();
        if (i == 0) {
            emit(Op::BUILD_LIST, 0);  // [marker, orig, []]
            emit(Op::COPY, 2);        // [marker, orig, [], orig]
        }
        if (h.type) {
            expr(*h.type);
            set_loc(h);
            emit(Op::CHECK_EG_MATCH);  // [.., rest, match]
            emit(Op::COPY, 1);
            emit_jump(Op::POP_JUMP_IF_NONE, no_match);
        }
        if (!h.name.empty()) name_op(h.name, ExprContext::Store);
        else emit(Op::POP_TOP);  // [marker, orig, list, rest]
        push_handler(cleanup_end);
        push_fblock(FBlockKind::HandlerCleanup, Label{}, Label{}, h.name.empty() ? nullptr : &h.name, outside);
        body(h.body);
        pop_fblock(FBlockKind::HandlerCleanup);
        pop_handler();
        if (!h.name.empty()) {
            load_none();
            name_op(h.name, ExprContext::Store);
            name_op(h.name, ExprContext::Del);
        }
        emit_jump(Op::JUMP, next);

        bind(cleanup_end);  // [marker, orig, list, rest, exc2]: collect what the clause raised
        if (!h.name.empty()) {
            load_none();
            name_op(h.name, ExprContext::Store);
            name_op(h.name, ExprContext::Del);
        }
        emit(Op::LIST_APPEND, 2);
        emit_jump(Op::JUMP, with_error);

        bind(next);
        emit(Op::NOP);
        emit_jump(Op::JUMP, with_error);

        bind(no_match);
        emit(Op::POP_TOP);  // the None match

        bind(with_error);
        if (i + 1 == n) {
            emit(Op::LIST_APPEND, 1);  // the unmatched rest (or None)
            emit_jump(Op::JUMP, reraise_star);
        }
    }
    pop_fblock(FBlockKind::ExceptionGroupHandler);

    bind(reraise_star);  // [marker, orig, list]
    emit(Op::PREP_RERAISE_STAR);
    emit(Op::COPY, 1);
    emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
    emit(Op::POP_TOP);
    {
        std::vector<int> saved = u_->handler_stack;
        u_->handler_stack.resize(outside);
        emit(Op::POP_EXCEPT);
        emit_jump(Op::JUMP, end);
        bind(reraise);  // [marker, exc]
        emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT);
        emit(Op::RERAISE);
        u_->handler_stack = saved;
    }
    pop_handler();
    bind(cleanup);
    pop_except_and_reraise();
    bind(orelse);
    body(s.orelse);
    bind(end);
}

// ---- with ----

void Compiler::call_exit_with_nones() {
    // [exit, None, None, None] → CALL 2: the first None fills the self slot: exit(None, None, None).
    load_none();
    load_none();
    load_none();
    emit(Op::CALL, 2);
}

// [exit, marker, exc, result of __exit__]: a true result swallows the exception.
void Compiler::with_except_finish(Label cleanup) {
    Label suppress = new_label(), exit = new_label();
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    bind(suppress);
    emit(Op::POP_TOP);  // exc
    pop_handler();
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);  // exit
    emit_jump(Op::JUMP, exit);
    bind(cleanup);
    pop_except_and_reraise();
    bind(exit);
}

void Compiler::with_stmt(const WithBase& s, size_t pos) {
    const withitem& item = *s.items[pos];
    Label block = new_label(), on_exception = new_label(), exit = new_label(), cleanup = new_label();
    expr(*item.context_expr);
    set_loc(*item.context_expr);
    emit(Op::BEFORE_WITH);  // [exit, entered]
    bind(block);
    push_fblock(FBlockKind::With, block, on_exception, &s);  // unwinding calls __exit__ at the item
    push_handler(on_exception, -1);  // an exception drops the __enter__ result: [exit, exc]
    if (item.optional_vars) store_target(*item.optional_vars);
    else emit(Op::POP_TOP);
    if (pos + 1 == s.items.size()) body(s.body);
    else with_stmt(s, pos + 1);
    pop_handler();
    pop_fblock(FBlockKind::With);
    set_loc(*item.context_expr);  // CPython 3.13 gives both __exit__ calls this location
    call_exit_with_nones();
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, exit);

    bind(on_exception);  // [exit, exc]
    set_loc(*item.context_expr);
    push_handler(cleanup);
    emit(Op::PUSH_EXC_INFO);  // [exit, marker, exc]
    emit(Op::WITH_EXCEPT_START);
    with_except_finish(cleanup);
    bind(exit);
}

void Compiler::async_with_stmt(const WithBase& s, size_t pos) {
    if (!u_->scope->is_async_def) error(s, "'async with' outside async function");
    const withitem& item = *s.items[pos];
    Label block = new_label(), on_exception = new_label(), exit = new_label(), cleanup = new_label();
    expr(*item.context_expr);
    set_loc(*item.context_expr);
    emit(Op::BEFORE_ASYNC_WITH);
    emit(Op::GET_AWAITABLE, 1);
    load_none();
    yield_from_loop(true);  // [exit, entered]
    bind(block);
    push_fblock(FBlockKind::AsyncWith, block, on_exception, &s);
    push_handler(on_exception, -1);
    if (item.optional_vars) store_target(*item.optional_vars);
    else emit(Op::POP_TOP);
    if (pos + 1 == s.items.size()) body(s.body);
    else async_with_stmt(s, pos + 1);
    pop_handler();
    pop_fblock(FBlockKind::AsyncWith);
    set_loc(*item.context_expr);
    call_exit_with_nones();
    emit(Op::GET_AWAITABLE, 2);
    load_none();
    yield_from_loop(true);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, exit);

    bind(on_exception);
    set_loc(*item.context_expr);
    push_handler(cleanup);
    emit(Op::PUSH_EXC_INFO);
    emit(Op::WITH_EXCEPT_START);
    emit(Op::GET_AWAITABLE, 2);
    load_none();
    yield_from_loop(true);
    with_except_finish(cleanup);
    bind(exit);
}

// ---- raise, assert ----

void Compiler::raise_stmt(const Raise& s) {
    uint32_t n = 0;
    if (s.exc) {
        expr(*s.exc);
        ++n;
        if (s.cause) {
            expr(*s.cause);
            ++n;
        }
    }
    set_loc(s);
    emit(Op::RAISE_VARARGS, n);
}

void Compiler::assert_stmt(const Assert& s) {
    if (s.test->is<Tuple>() && !s.test->as<Tuple>().elts.empty()) {
        warn(s, "assertion is always true, perhaps remove parentheses?");
    }
    Label end = new_label();
    jump_if(*s.test, true, end);
    set_loc(s);
    emit(Op::LOAD_ASSERTION_ERROR);
    if (s.msg) {
        expr(*s.msg);
        set_loc(s);
        emit(Op::CALL, 0);  // [AssertionError, msg]: msg in the self slot
    }
    set_loc(*s.test);
    emit(Op::RAISE_VARARGS, 1);
    bind(end);
}

// ---- suspension points ----

void Compiler::yield_expr(const Yield& e) {
    if (!u_->scope->is_function_like()) error(e, "'yield' outside function");
    if (e.value) expr(*e.value);
    else load_none();
    set_loc(e);
    if (u_->flags & vm::kCoAsyncGenerator) emit(Op::ASYNC_GEN_WRAP);
    emit(Op::YIELD_VALUE, 0);
}

void Compiler::yield_from_expr(const YieldFrom& e) {
    if (!u_->scope->is_function_like()) error(e, "'yield' outside function");
    if (u_->scope->is_async_def) error(e, "'yield from' inside async function");
    expr(*e.value);
    set_loc(e);
    emit(Op::GET_YIELD_FROM_ITER);
    load_none();
    yield_from_loop(false);
}

void Compiler::await_expr(const Await& e) {
    if (!u_->scope->is_function_like()) error(e, "'await' outside function");
    if (!u_->scope->is_async_def && u_->scope->kind != BlockKind::Comprehension) {
        error(e, "'await' outside async function");
    }
    expr(*e.value);
    set_loc(e);
    emit(Op::GET_AWAITABLE, 0);
    load_none();
    yield_from_loop(true);
}

void Compiler::yield_from_loop(bool await) {
    (void)await;
    Label send = new_label(), fail = new_label(), exit = new_label();
    bind(send);
    emit_jump(Op::SEND, exit);  // [iter, r]
    push_handler(fail);         // throw()/close() delegated through the YIELD land here
    emit(Op::YIELD_VALUE, 1);
    pop_handler();
    emit_jump(Op::JUMP, send);
    bind(fail);
    emit(Op::CLEANUP_THROW);
    bind(exit);
    emit(Op::END_SEND);
}

void Compiler::async_for_stmt(const ForBase& s) {
    if (!u_->scope->is_async_def) error(s, "'async for' outside async function");
    Label start = new_label(), except = new_label(), end = new_label();
    expr(*s.iter);
    set_loc(*s.iter);
    emit(Op::GET_AITER);
    bind(start);
    push_fblock(FBlockKind::ForLoop, start, end);
    push_handler(except);
    emit(Op::GET_ANEXT);
    load_none();
    yield_from_loop(true);
    pop_handler();
    store_target(*s.target);
    body(s.body);
    set_loc(s);
    emit_jump(Op::JUMP, start);
    pop_fblock(FBlockKind::ForLoop);
    bind(except);
    set_loc(*s.iter);
    emit(Op::END_ASYNC_FOR);
    body(s.orelse);
    bind(end);
}

}  // namespace loopscope::lang
