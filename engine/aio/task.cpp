// Task: CPython 3.13's C Task step semantics, restated.
//
// A task runs its coroutine one step per loop callback. A step sends None into the coroutine
// (or throws an exception in) and looks at what comes out:
//   - StopIteration (return): the task finishes with the value — or is cancelled, if a
//     cancel() arrived too late to be thrown in (must_cancel);
//   - CancelledError: the task is cancelled (the exception is kept to chain later);
//   - any other exception: the task finishes with it (SystemExit/KeyboardInterrupt also
//     propagate out of the loop);
//   - a future yielded by `await fut` (its _asyncio_future_blocking set): the task waits on it
//     — registers its wakeup as the future's done callback, and forwards a pending cancel;
//   - None (a bare `yield`, what sleep(0) does): the next step is scheduled at once;
//   - anything else: a RuntimeError is thrown into the coroutine at the next step ("Task got
//     bad yield", "yield was used instead of yield from", "Task cannot await on itself", a
//     future of another loop).
// Steps and wakeups are always scheduled with call_soon; nothing is ever called directly.
#include "aio/task.h"

#include "aio/aio_state.h"
#include "aio/context.h"
#include "aio/event_loop.h"
#include "aio/labels.h"
#include "aio/reprs.h"
#include "aio/task_callables.h"
#include "aio/trace_hooks.h"
#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/interp.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::aio {

TaskObject::~TaskObject() {
    if (!tearing_down) unregister_task(this);
}

void TaskObject::clear_references() {
    FutureObject::clear_references();
    coro = name = context = fut_waiter = Value();
    coro_code.reset();
}

bool is_native_task(const Value& v) { return v.is_obj() && v.as_obj()->type->is_subtype_of(state().types.task); }

TaskObject* as_task(const Value& v) { return is_native_task(v) ? static_cast<TaskObject*>(v.as_obj()) : nullptr; }

Value task_name(TaskObject* t) {
    if (t->name.empty()) t->name = vm::make_str("Task-" + std::to_string(t->name_number));
    return t->name;
}

std::string task_name_text(TaskObject* t) {
    if (t->name.empty()) return "Task-" + std::to_string(t->name_number);
    return vm::is_exception_instance(t->name) ? "?" : vm::str_string(t->name);
}

namespace {

// coroutines.iscoroutine: a native coroutine, or an object of the Coroutine ABC's shape.
bool is_coroutine(const Value& v) {
    if (!v.is_obj()) return false;
    vm::TypeObject* tp = v.as_obj()->type;
    if (tp == vm::types().coroutine) return true;
    if (tp == vm::types().generator || tp == vm::types().async_generator) return false;
    vm::Names& n = vm::names();
    return tp->lookup(n.send) && tp->lookup(n.throw_) && tp->lookup(n.close) && tp->lookup(n.__await__);
}

EventLoopObject* task_loop(TaskObject* t) { return as_loop(t->loop); }

void record_created(TaskObject* t) {
    trace::Recorder* r = trace::active_recorder();
    if (!r) return;
    trace::Event e = make_event(trace::EventKind::TaskCreated);
    e.task = t->task_id;
    e.future = t->id;
    e.name = task_name_text(t);
    if (vm::GeneratorObject* g = vm::is_generator_object(t->coro) ? static_cast<vm::GeneratorObject*>(t->coro.as_obj()) : nullptr) {
        e.detail = vm::str_string(g->qualname);
    } else {
        e.detail = vm::type_of(t->coro)->name;
    }
    r->record(std::move(e));
}

// The innermost frame of the student's code in the coroutine's await chain: where the task
// is suspended (or about to start).
bool coro_location(const Value& coro, std::string& filename, int& line) {
    bool found = false;
    Value at = coro;
    for (int depth = 0; depth < 64 && vm::is_generator_object(at); ++depth) {
        auto* g = static_cast<vm::GeneratorObject*>(at.as_obj());
        if (!g->frame) break;
        const std::string& name = g->frame->code->filename;
        if (!is_library_file(name)) {
            filename = name;
            line = g->suspended_line();
            found = true;
        }
        at = g->delegate();
    }
    return found;
}

trace::Event task_event(trace::EventKind kind, TaskObject* t) {
    std::string filename;
    int line = 0;
    coro_location(t->coro, filename, line);
    trace::Event e = make_event_at(kind, filename, line);
    e.task = t->task_id;
    return e;
}

void record_step_begin(TaskObject* t, const Value& exc, uint64_t woken_by, const char* reason) {
    trace::Recorder* r = trace::active_recorder();
    if (!r) return;
    if (!exc.empty() && vm::exception_matches(exc, cancelled_error_type())) {
        trace::Event c = task_event(trace::EventKind::CancelDelivered, t);
        c.detail = trace_repr(exc);
        r->record(std::move(c));
    }
    trace::Event e = task_event(trace::EventKind::StepBegin, t);
    // An eager first step runs inside the creating step, not from the ready queue.
    e.handle = std::string_view(reason) == "eager" ? 0 : current_handle_id();
    e.future = woken_by;
    e.what = !exc.empty() ? "throw" : reason;
    if (!exc.empty()) e.detail = trace_repr(exc);
    r->record(std::move(e));
}

void record_suspend(TaskObject* t, const Value& awaited, const char* what, std::string detail) {
    trace::Recorder* r = trace::active_recorder();
    if (!r) return;
    trace::Event e = task_event(trace::EventKind::StepSuspend, t);
    if (FutureObject* f = as_future(awaited)) {
        e.future = f->id;
        describe_awaited(f, e.what, e.detail);
    } else {
        e.what = what;
        e.detail = std::move(detail);
    }
    r->record(std::move(e));
}

void enter_task(EventLoopObject* loop, TaskObject* t) {
    if (!loop->current_task.empty() && !loop->current_task.is_none()) {
        vm::raise(vm::types().RuntimeError, "Cannot enter into task " + task_repr(t) + " while another task " +
                                                 vm::repr_string(loop->current_task) + " is being executed.");
    }
    loop->current_task = Value::borrowed(t);
}

void leave_task(EventLoopObject* loop, TaskObject* t) {
    if (!same(loop->current_task, Value::borrowed(t))) {
        vm::raise(vm::types().RuntimeError, "Leaving task " + task_repr(t) + " does not match the current task " +
                                                vm::repr_string(loop->current_task) + ".");
    }
    loop->current_task = Value::none();
}

// task_set_error_soon: a RuntimeError thrown into the coroutine at the next step.
void error_soon(TaskObject* t, const std::string& message) {
    Ref<vm::ExceptionObject> e = vm::new_exception(vm::types().RuntimeError, {vm::make_str(message)});
    record_suspend(t, Value(), "error", message);
    task_schedule_step(t, Value(e));
}

// Resumes the coroutine: `exc` Empty sends None.
vm::ResumeResult resume_coro(TaskObject* t, const Value& exc, Value* out) {
    if (vm::is_generator_object(t->coro)) {
        auto* g = static_cast<vm::GeneratorObject*>(t->coro.as_obj());
        return exc.empty() ? vm::resume(g, Value::none(), out) : vm::throw_into(g, exc, out);
    }
    try {  // a Coroutine-ABC object: its own send/throw
        *out = exc.empty() ? vm::call_method(t->coro, vm::names().send, {Value::none()})
                           : vm::call_method(t->coro, vm::names().throw_, {exc});
        return vm::ResumeResult::Yielded;
    } catch (vm::PyException& e) {
        if (vm::exception_matches(e.exc, vm::types().StopIteration)) {
            Value v = static_cast<vm::ExceptionObject*>(e.exc.as_obj())->value;
            *out = v.empty() ? Value::none() : v;
            return vm::ResumeResult::Returned;
        }
        *out = e.exc;
        return vm::ResumeResult::Raised;
    }
}

void handle_return(TaskObject* t, Value value) {
    if (t->must_cancel) {  // cancelled right before the coroutine returned
        t->must_cancel = false;
        future_cancel(t, t->cancel_message().empty() ? Value::none() : t->cancel_message());
    } else {
        future_set_result(t, std::move(value));
    }
}

void handle_raise(TaskObject* t, Value exc) {
    if (vm::exception_matches(exc, cancelled_error_type())) {
        t->set_cancelled_exc(exc);  // chained as __context__ when the task's awaiter re-raises
        future_cancel(t, Value::none());
        return;
    }
    vm::Types& ty = vm::types();
    bool fatal = vm::exception_matches(exc, ty.KeyboardInterrupt) || vm::exception_matches(exc, ty.SystemExit);
    future_set_exception(t, exc);
    if (fatal) throw vm::PyException{exc};
}

// The task waits on `fut`: the future's done callback wakes it. A cancel() that arrived while
// no waiter existed is forwarded to the future now.
void wait_on(TaskObject* t, const Value& fut, bool native) {
    record_suspend(t, fut, "future", "");
    if (native) {
        future_add_done_callback(as_future(fut), make_task_wakeup_callable(t), t->context);
    } else {
        add_done_callback_any(fut, make_task_wakeup_callable(t), t->context);
    }
    t->fut_waiter = fut;
    if (t->must_cancel) {
        if (cancel_any(fut, t->cancel_message().empty() ? Value::none() : t->cancel_message())) t->must_cancel = false;
    }
}

void handle_yield(TaskObject* t, Value result) {
    vm::TypeObject* tp = vm::type_of(result);
    AioTypes& types = state().types;
    if (tp == types.future || tp == types.task) {  // the exact native types: fast path
        FutureObject* f = static_cast<FutureObject*>(result.as_obj());
        if (!same(f->loop, t->loop)) {
            error_soon(t, "Task " + task_repr(t) + " got Future " + vm::repr_string(result) + " attached to a different loop");
        } else if (!f->blocking) {
            error_soon(t, "yield was used instead of yield from in task " + task_repr(t) + " with " + vm::repr_string(result));
        } else if (f == t) {
            error_soon(t, "Task cannot await on itself: " + task_repr(t));
        } else {
            f->blocking = false;
            wait_on(t, result, true);
        }
        return;
    }
    if (result.is_none()) {  // bare yield: give up the loop for one turn
        record_suspend(t, Value(), "yield", "sleep(0)");
        task_schedule_step(t, Value());
        return;
    }
    vm::StrObject* blocking_name = vm::interp().intern("_asyncio_future_blocking").get();  // interned: stays alive
    Value blocking = vm::getattr_or_empty(result, blocking_name);
    if (!blocking.empty() && !blocking.is_none()) {  // a Future-compatible object
        bool is_blocking = vm::truthy(blocking);
        Value other_loop = vm::call_method(result, vm::interp().intern("get_loop").get(), {});
        if (!same(other_loop, t->loop)) {
            error_soon(t, "Task " + task_repr(t) + " got Future " + vm::repr_string(result) + " attached to a different loop");
        } else if (!is_blocking) {
            error_soon(t, "yield was used instead of yield from in task " + task_repr(t) + " with " + vm::repr_string(result));
        } else if (same(result, Value::borrowed(t))) {
            error_soon(t, "Task cannot await on itself: " + task_repr(t));
        } else {
            vm::setattr(result, blocking_name, Value::boolean(false));
            wait_on(t, result, false);
        }
        return;
    }
    if (tp == vm::types().generator) {
        error_soon(t, "yield was used instead of yield from for generator in task " + task_repr(t) + " with " +
                          vm::repr_string(result));
        return;
    }
    error_soon(t, "Task got bad yield: " + vm::repr_string(result));
}

// __step_run_and_handle_result: resume the coroutine, then act on what came out.
void run_and_handle_result(TaskObject* t, Value exc, uint64_t woken_by, const char* reason) {
    record_step_begin(t, exc, woken_by, reason);
    Value out;
    vm::ResumeResult r = resume_coro(t, exc, &out);
    switch (r) {
    case vm::ResumeResult::Returned: handle_return(t, std::move(out)); break;
    case vm::ResumeResult::Raised: handle_raise(t, std::move(out)); break;
    case vm::ResumeResult::Yielded: handle_yield(t, std::move(out)); break;
    }
}

void step_impl(TaskObject* t, Value exc, uint64_t woken_by, const char* reason) {
    if (t->done()) {
        vm::raise(invalid_state_error_type(), "_step(): already done: " + task_repr(t) + ", " +
                                                  (exc.empty() ? std::string("None") : vm::repr_string(exc)));
    }
    if (t->must_cancel) {
        if (exc.empty() || !vm::exception_matches(exc, cancelled_error_type())) exc = future_make_cancelled_error(t);
        t->must_cancel = false;
    }
    t->fut_waiter = Value::none();
    run_and_handle_result(t, std::move(exc), woken_by, reason);
}

// task_step with enter/leave around it (leave runs even when the step raises).
void run_step(TaskObject* t, Value exc, uint64_t woken_by, const char* reason) {
    Ref<TaskObject> keep(t);
    EventLoopObject* loop = task_loop(t);
    if (!loop) vm::raise(vm::types().RuntimeError, "Task's loop is not an asyncio event loop");
    enter_task(loop, t);
    try {
        step_impl(t, std::move(exc), woken_by, reason);
    } catch (...) {
        if (same(loop->current_task, Value::borrowed(t))) loop->current_task = Value::none();
        throw;
    }
    leave_task(loop, t);
}

// Task(eager_start=True) on a running loop: the first step runs now, inside the creating
// task's step (which is swapped out meanwhile), not from the ready queue. A task that
// finishes in that step is never registered and drops its coroutine.
void eager_start(TaskObject* t, EventLoopObject* loop) {
    Ref<TaskObject> keep(t);
    Value previous = loop->current_task.empty() ? Value::none() : loop->current_task;
    loop->current_task = Value::borrowed(t);
    try {
        run_in_context(t->context, [&] { run_and_handle_result(t, Value(), 0, "eager"); });
    } catch (...) {
        loop->current_task = previous;
        throw;
    }
    loop->current_task = previous;
    if (t->done()) {
        t->coro = Value::none();
    } else {
        register_task(loop, t);
    }
}

}  // namespace

void task_init(TaskObject* t, Value coro, Value loop, Value name, Value context, bool eager) {
    future_init(t, loop);
    if (!is_coroutine(coro)) {
        t->log_destroy_pending = false;
        vm::raise_type_error("a coroutine was expected, got " + vm::repr_string(coro));
    }
    if (name.empty() || name.is_none()) {
        t->name = Value();
        t->name_number = ++state().task_name_counter;
    } else {
        t->name = name.is_obj() && name.as_obj()->type == vm::types().str ? name : Value(vm::str(name));
    }
    t->num_cancels_requested = 0;
    t->must_cancel = false;
    t->fut_waiter = Value::none();
    t->coro = std::move(coro);
    if (vm::is_generator_object(t->coro)) {
        auto* g = static_cast<vm::GeneratorObject*>(t->coro.as_obj());
        if (g->frame) t->coro_code = Ref<vm::Object>(g->frame->code);
    }
    t->context = context.empty() || context.is_none() ? copy_current_context() : std::move(context);
    vm::object_serial(t);  // hash order = creation order (sets of tasks; see docs/aio.md)
    if (t->task_id == 0) t->task_id = state().next_task_id++;
    record_created(t);
    EventLoopObject* l = task_loop(t);
    if (eager && l && l->running) {
        eager_start(t, l);
        return;
    }
    task_schedule_step(t, Value());
    if (l) register_task(l, t);
}

Ref<TaskObject> new_task(EventLoopObject* loop, Value coro, Value name, Value context) {
    Ref<TaskObject> t = vm::make<TaskObject>(state().types.task);
    task_init(t.get(), std::move(coro), Value(Ref<EventLoopObject>(loop)), std::move(name), std::move(context));
    return t;
}

void task_schedule_step(TaskObject* t, Value exc) {
    Value step = make_task_step_callable(t, std::move(exc));
    if (EventLoopObject* loop = task_loop(t)) {
        call_soon(loop, std::move(step), {}, t->context);
        return;
    }
    vm::call(vm::getattr(t->loop, vm::interp().intern("call_soon").get()), {step});
}

bool task_cancel(TaskObject* t, Value msg) {
    t->log_traceback = false;
    if (t->done()) return false;
    t->num_cancels_requested += 1;
    if (trace::Recorder* r = trace::active_recorder()) {
        trace::Event e = make_event(trace::EventKind::CancelRequested);
        e.task = t->task_id;
        if (!msg.is_none() && !msg.empty()) e.detail = trace_repr(msg);
        r->record(std::move(e));
    }
    if (!t->fut_waiter.empty() && !t->fut_waiter.is_none()) {
        Value waiter = t->fut_waiter;
        // The waiter stays: it may be a task that ignores the cancel and must be cancelled again.
        if (cancel_any(waiter, msg)) return true;
    }
    t->must_cancel = true;
    t->set_cancel_message(msg.is_none() ? Value() : std::move(msg));
    return true;
}

void task_step(TaskObject* t, Value exc) {
    run_step(t, std::move(exc), 0, t->coro.is_obj() && vm::is_generator_object(t->coro) &&
                                            static_cast<vm::GeneratorObject*>(t->coro.as_obj())->state ==
                                                vm::GenState::Created
                                        ? "start"
                                        : "yield");
}

void task_wakeup(TaskObject* t, const Value& fut) {
    Value exc;
    uint64_t woken_by = 0;
    vm::TypeObject* tp = vm::type_of(fut);
    if (tp == state().types.future || tp == state().types.task) {
        FutureObject* f = static_cast<FutureObject*>(fut.as_obj());
        woken_by = f->id;
        try {
            future_result(f);
        } catch (vm::PyException& e) {
            exc = e.exc;
        }
    } else {
        if (FutureObject* f = as_future(fut)) woken_by = f->id;
        try {
            vm::call_method(fut, vm::interp().intern("result").get(), {});
        } catch (vm::PyException& e) {
            exc = e.exc;
        }
    }
    run_step(t, std::move(exc), woken_by, "wakeup");
}

// ---------------------------------------------------------------------------------------------

void TaskObject::finalize() {
    if (state == FutureState::Pending && log_destroy_pending && !loop.empty()) {
        try {
            Ref<vm::DictObject> context = vm::make_dict();
            context->set(vm::make_str("message"), vm::make_str("Task was destroyed but it is pending!"));
            context->set(vm::make_str("task"), Value::borrowed(this));
            call_exception_handler(loop, context);
        } catch (const vm::PyException&) {
        }
    }
    FutureObject::finalize();
}

}  // namespace loopscope::aio
