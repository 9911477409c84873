#include "aio/event_loop.h"

#include <algorithm>
#include <cmath>

#include "aio/aio_state.h"
#include "aio/asyncgens.h"
#include "aio/clock.h"
#include "aio/diagnostics.h"
#include "aio/future.h"
#include "aio/reprs.h"
#include "aio/task.h"
#include "aio/task_callables.h"
#include "aio/trace_hooks.h"
#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/native.h"
#include "vm/generator.h"
#include "vm/interp.h"
#include "vm/interpreter.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::aio {

EventLoopObject::~EventLoopObject() {
    if (tearing_down) return;
    forget_loop_asyncgens(this);
    std::erase(state().loops, this);
}

void EventLoopObject::clear_references() {
    ready.clear();
    timers.clear();
    task_factory = exception_handler = current_task = current_handle = Value();
    saved_firstiter = saved_finalizer = Value();
    tasks_head = tasks_tail = nullptr;
    dict.reset();
}

vm::DictObject* EventLoopObject::attribute_dict(bool create) { return vm::subclass_instance_dict(this, dict, create); }

EventLoopObject* as_loop(const Value& v) {
    if (!v.is_obj() || !v.as_obj()->type->is_subtype_of(state().types.event_loop)) return nullptr;
    return static_cast<EventLoopObject*>(v.as_obj());
}

double loop_time() { return now_seconds(); }

void check_closed(EventLoopObject* loop) {
    if (loop->closed) vm::raise(vm::types().RuntimeError, "Event loop is closed");
}

namespace {

// What the trace calls a callback, without running any Python code.
std::string callback_label(const Value& cb) {
    if (!cb.is_obj()) return vm::type_name(cb);
    vm::TypeObject* tp = cb.as_obj()->type;
    vm::Types& t = vm::types();
    if (tp == state().types.task_step) return task_name_text(callable_task(cb)) + " step";
    if (tp == state().types.task_wakeup) return task_name_text(callable_task(cb)) + " wakeup";
    if (tp == t.function) return vm::str_string(static_cast<vm::FunctionObject*>(cb.as_obj())->qualname);
    if (tp == t.method) return callback_label(static_cast<vm::BoundMethodObject*>(cb.as_obj())->func);
    if (tp == t.builtin_function) return static_cast<vm::NativeFunctionObject*>(cb.as_obj())->name;
    return tp->name;
}

void describe_handle(trace::Event& e, HandleObject* h) {
    e.handle = h->id;
    e.name = callback_label(h->callback);
    switch (handle_role(h)) {
    case HandleRole::TaskStep: e.what = "step"; e.task = callable_task(h->callback)->task_id; break;
    case HandleRole::TaskWakeup: e.what = "wakeup"; e.task = callable_task(h->callback)->task_id; break;
    case HandleRole::Callback: e.what = "callback"; break;
    }
}

void record_handle_event(trace::EventKind kind, HandleObject* h) {
    trace::Recorder* r = trace::active_recorder();
    if (!r) return;
    trace::Event e = make_event(kind);
    describe_handle(e, h);
    if (h->is_timer) e.when = h->when;
    r->record(std::move(e));
}

void record_simple(trace::EventKind kind, uint64_t handle) {
    trace::Recorder* r = trace::active_recorder();
    if (!r) return;
    trace::Event e = make_event_at(kind, "", 0);
    e.handle = handle;
    r->record(std::move(e));
}

Ref<HandleObject> pop_timer(EventLoopObject* loop) {
    std::pop_heap(loop->timers.begin(), loop->timers.end(), TimerAfter());
    Ref<HandleObject> h = std::move(loop->timers.back());
    loop->timers.pop_back();
    h->scheduled = false;
    return h;
}

// CPython's housekeeping: many cancelled timers -> rebuild the heap; otherwise drop the
// cancelled ones sitting on top.
void drop_cancelled_timers(EventLoopObject* loop) {
    constexpr size_t kMinScheduled = 100;  // _MIN_SCHEDULED_TIMER_HANDLES
    size_t n = loop->timers.size();
    if (n > kMinScheduled && double(loop->timer_cancelled_count) / double(n) > 0.5) {
        std::vector<Ref<HandleObject>> kept;
        for (Ref<HandleObject>& h : loop->timers) {
            if (h->cancelled) {
                h->scheduled = false;
                record_simple(trace::EventKind::TimerDiscarded, h->id);
            } else {
                kept.push_back(std::move(h));
            }
        }
        loop->timers = std::move(kept);
        std::make_heap(loop->timers.begin(), loop->timers.end(), TimerAfter());
        loop->timer_cancelled_count = 0;
        return;
    }
    while (!loop->timers.empty() && loop->timers.front()->cancelled) {
        if (loop->timer_cancelled_count > 0) --loop->timer_cancelled_count;
        Ref<HandleObject> h = pop_timer(loop);
        record_simple(trace::EventKind::TimerDiscarded, h->id);
    }
}

// Nothing is ready: sleep until the earliest deadline (see event_loop.h). Returns the jump
// target, or -1 when the clock did not move.
double idle_jump(EventLoopObject* loop) {
    double now = loop_time();
    double earliest = loop->timers.front()->when;
    if (earliest - now > kMaximumSelectTimeout) {  // select() never waits longer than a day
        advance_to(now + kMaximumSelectTimeout);
        return now + kMaximumSelectTimeout;
    }
    if (earliest <= now) return -1;
    // Timers due within the wake window fire with the earliest: land on the latest of them.
    double target = earliest;
    for (const Ref<HandleObject>& h : loop->timers) {
        if (!h->cancelled && h->when < earliest + kIdleWakeWindow && h->when > target) target = h->when;
    }
    advance_to(target);
    return target;
}

// CPython's test is `when < now + resolution`; past ~194 days of loop time adding 1 ns no
// longer changes a double, and a timer due exactly now would never fire (CPython would spin
// forever there), so a timer due at `now` always counts as due.
void move_due_timers(EventLoopObject* loop) {
    double now = loop_time();
    double end_time = now + kClockResolution;
    while (!loop->timers.empty() && (loop->timers.front()->when < end_time || loop->timers.front()->when <= now)) {
        Ref<HandleObject> h = pop_timer(loop);
        record_handle_event(trace::EventKind::TimerFired, h.get());
        loop->ready.push_back(std::move(h));
    }
}

void log_slow_callback(EventLoopObject* loop, HandleObject* h, double dt) {
    std::string what;
    if (handle_role(h) != HandleRole::Callback && !h->callback.is_none()) {
        what = task_repr(callable_task(h->callback));
    } else {
        what = handle_repr(h);
    }
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.3f", dt);
    log_warning("slow_callback", "Executing " + what + " took " + secs + " seconds\n");
    (void)loop;
}

void run_ready_handle(EventLoopObject* loop, Ref<HandleObject> h) {
    if (h->cancelled) {
        record_simple(trace::EventKind::HandleSkipped, h->id);
        return;
    }
    uint64_t previous = state().current_handle_id;
    state().current_handle_id = h->id;
    bool is_callback = handle_role(h.get()) == HandleRole::Callback;
    if (is_callback) record_handle_event(trace::EventKind::CallbackBegin, h.get());
    double t0 = loop_time();
    if (loop->debug) loop->current_handle = Value(h);
    try {
        run_handle(h.get());
    } catch (...) {
        loop->current_handle = Value();
        state().current_handle_id = previous;
        throw;
    }
    loop->current_handle = Value();
    state().current_handle_id = previous;
    if (is_callback) record_simple(trace::EventKind::CallbackEnd, h->id);
    if (loop->debug) {
        double dt = loop_time() - t0;
        if (dt >= loop->slow_callback_duration) log_slow_callback(loop, h.get(), dt);
    }
}

void record_turn(EventLoopObject* loop, double jumped_to) {
    trace::Recorder* r = trace::active_recorder();
    if (!r) return;
    trace::Event e = make_event_at(trace::EventKind::Turn, "", 0);
    e.count = loop->turn;
    e.detail = "ready=" + std::to_string(loop->ready.size()) + " timers=" + std::to_string(loop->timers.size());
    if (jumped_to >= 0) e.when = jumped_to;
    r->record(std::move(e));
}

}  // namespace

Ref<HandleObject> call_soon(EventLoopObject* loop, Value callback, std::vector<Value> args, Value context) {
    check_closed(loop);
    Ref<HandleObject> h = make_handle(loop, std::move(callback), std::move(args), std::move(context), false, 0);
    record_handle_event(trace::EventKind::HandleScheduled, h.get());
    loop->ready.push_back(h);
    return h;
}

Ref<HandleObject> call_at(EventLoopObject* loop, double when, Value callback, std::vector<Value> args, Value context) {
    check_closed(loop);
    Ref<HandleObject> h = make_handle(loop, std::move(callback), std::move(args), std::move(context), true, when);
    h->seq = state().next_timer_seq++;
    record_handle_event(trace::EventKind::TimerScheduled, h.get());
    loop->timers.push_back(h);
    std::push_heap(loop->timers.begin(), loop->timers.end(), TimerAfter());
    h->scheduled = true;
    return h;
}

void timer_handle_cancelled(EventLoopObject* loop, HandleObject* h) {
    if (h->scheduled) ++loop->timer_cancelled_count;
}

void run_once(EventLoopObject* loop) {
    ++loop->turn;
    // A turn counts as a step of the budget: callbacks that are all native code (which
    // charge nothing themselves) must not be able to spin the loop forever.
    ++vm::interp().steps;
    vm::check_budgets();
    drop_cancelled_timers(loop);
    double jumped_to = -1;
    if (loop->ready.empty() && !loop->stopping) {
        if (loop->timers.empty()) report_deadlock(loop);
        jumped_to = idle_jump(loop);
    }
    record_turn(loop, jumped_to);
    move_due_timers(loop);
    // Only what is ready now runs this turn; callbacks scheduled meanwhile wait for the next.
    size_t ntodo = loop->ready.size();
    for (size_t i = 0; i < ntodo && !loop->ready.empty(); ++i) {
        Ref<HandleObject> h = std::move(loop->ready.front());
        loop->ready.pop_front();
        run_ready_handle(loop, std::move(h));
    }
}

void run_forever(EventLoopObject* loop) {
    check_closed(loop);
    if (loop->running) vm::raise(vm::types().RuntimeError, "This event loop is already running");
    if (state().running_loop) {
        vm::raise(vm::types().RuntimeError, "Cannot run the event loop while another loop is running");
    }
    Value self = Value::borrowed(loop);
    Value firstiter = vm::getattr_or_empty(self, vm::interp().intern("_asyncgen_firstiter_hook").get());
    Value finalizer = vm::getattr_or_empty(self, vm::interp().intern("_asyncgen_finalizer_hook").get());
    vm::get_asyncgen_hooks(loop->saved_firstiter, loop->saved_finalizer);
    if (!firstiter.empty() && !finalizer.empty()) vm::set_asyncgen_hooks(firstiter, finalizer);
    loop->running = true;
    state().running_loop = loop;
    vm::Frame* previous_entry = state().loop_entry_frame;
    state().loop_entry_frame = vm::current_frame();
    record_simple(trace::EventKind::LoopStart, 0);
    auto cleanup = [&] {
        loop->stopping = false;
        loop->running = false;
        state().running_loop = nullptr;
        state().loop_entry_frame = previous_entry;
        vm::set_asyncgen_hooks(loop->saved_firstiter, loop->saved_finalizer);
        loop->saved_firstiter = loop->saved_finalizer = Value();
        record_simple(trace::EventKind::LoopStop, 0);
    };
    try {
        for (;;) {
            run_once(loop);
            if (loop->stopping) break;
        }
    } catch (...) {  // Python exceptions, and RunAborted (budgets, deadlock) too
        cleanup();
        throw;
    }
    cleanup();
}

// ---------------------------------------------------------------------------------------------
// The weak task list

void register_task(EventLoopObject* loop, TaskObject* t) {
    if (t->registered_in) return;
    t->registered_in = loop;
    t->prev_task = loop->tasks_tail;
    t->next_task = nullptr;
    if (loop->tasks_tail) loop->tasks_tail->next_task = t;
    else loop->tasks_head = t;
    loop->tasks_tail = t;
}

void unregister_task(TaskObject* t) {
    EventLoopObject* loop = t->registered_in;
    if (!loop) return;
    if (t->prev_task) t->prev_task->next_task = t->next_task;
    else loop->tasks_head = t->next_task;
    if (t->next_task) t->next_task->prev_task = t->prev_task;
    else loop->tasks_tail = t->prev_task;
    t->registered_in = nullptr;
    t->prev_task = t->next_task = nullptr;
}

Value loop_create_task(const Value& loop_value, Value coro, Value name, Value context) {
    EventLoopObject* loop = as_loop(loop_value);
    check_closed(loop);
    if (loop->task_factory.empty() || loop->task_factory.is_none()) {
        return Value(new_task(loop, std::move(coro), std::move(name), std::move(context)));
    }
    Value task;
    if (context.empty() || context.is_none()) {
        task = vm::call(loop->task_factory, {loop_value, coro});
    } else {
        Value kwnames[1] = {Value(vm::interp().intern("context"))};
        Value args[2] = {loop_value, coro};
        vm::CallArgs call{args, 2, kwnames, &context, 1};
        task = vm::call(loop->task_factory, call);
    }
    // CPython 3.13.0 names a factory-made task unconditionally (None -> 'None').
    vm::call_method(task, vm::interp().intern("set_name").get(), {name.empty() ? Value::none() : name});
    return task;
}

void call_exception_handler(const Value& loop, Ref<vm::DictObject> context) {
    Value handler = vm::getattr_or_empty(loop, vm::interp().intern("call_exception_handler").get());
    if (handler.empty()) {
        // A bare _asyncio.EventLoop (no Python layer): say it plainly on stderr.
        Value msg = *context->find(Value(vm::make_str("message")));
        log_warning("exception", vm::str_string(msg) + "\n");
        return;
    }
    vm::call(handler, {Value(context)});
}

}  // namespace loopscope::aio
