#include "aio/future.h"

#include "aio/aio_state.h"
#include "aio/context.h"
#include "aio/event_loop.h"
#include "aio/reprs.h"
#include "aio/task.h"
#include "aio/trace_hooks.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::aio {

void FutureObject::clear_references() {
    loop = result = exception = label_detail = Value();
    cold.reset();
    label_kind.reset();
    callbacks.clear();
    dict.reset();
}

vm::DictObject* FutureObject::attribute_dict(bool create) { return vm::subclass_instance_dict(this, dict, create); }

void FutureObject::set_cancel_message(Value msg) {
    if (!cold && msg.empty()) return;
    if (!cold) cold = std::make_unique<Cold>();
    cold->cancel_message = std::move(msg);
}

void FutureObject::set_cancelled_exc(Value exc) {
    if (!cold && exc.empty()) return;
    if (!cold) cold = std::make_unique<Cold>();
    cold->cancelled_exc = std::move(exc);
}

Value FutureObject::take_cancelled_exc() {
    if (!cold) return Value();
    Value exc = std::move(cold->cancelled_exc);
    cold->cancelled_exc = Value();
    return exc;
}

bool is_native_future(const Value& v) {
    return v.is_obj() && v.as_obj()->type->is_subtype_of(state().types.future);
}

FutureObject* as_future(const Value& v) {
    return is_native_future(v) ? static_cast<FutureObject*>(v.as_obj()) : nullptr;
}

bool isfuture(const Value& v) {
    if (is_native_future(v)) return true;
    // base_futures.isfuture: the class advertises _asyncio_future_blocking and the value is not None.
    vm::StrObject* name = vm::interp().intern("_asyncio_future_blocking").get();  // kept by the intern table
    if (!vm::type_of(v)->lookup(name)) return false;
    Value b = vm::getattr_or_empty(v, name);
    return !b.empty() && !b.is_none();
}

const char* future_state_name(FutureState s) {
    switch (s) {
    case FutureState::Pending: return "PENDING";
    case FutureState::Cancelled: return "CANCELLED";
    case FutureState::Finished: return "FINISHED";
    }
    return "?";
}

namespace {

[[noreturn]] void raise_invalid_state(const std::string& message) {
    vm::raise(invalid_state_error_type(), message);
}

// The loop a future is bound to when none was given: asyncio.events.get_event_loop().
Value default_loop() {
    if (state().running_loop) return Value(Ref<EventLoopObject>(state().running_loop));
    Value events = vm::import_module("asyncio.events");
    return vm::call(vm::getattr(events, vm::interp().intern("get_event_loop").get()), {});
}

// FutureDone (TaskDone for a task), before any of its callbacks is scheduled.
void record_future_done(FutureObject* f) {
    trace::Recorder* r = trace::active_recorder();
    if (!r) return;
    TaskObject* task = as_task(Value::borrowed(f));
    trace::Event e = make_event(task ? trace::EventKind::TaskDone : trace::EventKind::FutureDone);
    if (task) e.task = task->task_id;
    e.future = f->id;
    e.what = f->state == FutureState::Cancelled ? "cancelled" : f->exception.empty() ? "result" : "exception";
    e.detail = f->state == FutureState::Cancelled ? "" : trace_repr(f->exception.empty() ? f->result : f->exception);
    r->record(std::move(e));
}

// Future.__schedule_callbacks: every callback through call_soon, in order; the list is cleared.
void schedule_callbacks(FutureObject* f) {
    record_future_done(f);
    if (f->callbacks.empty()) return;
    std::vector<DoneCallback> callbacks;
    callbacks.swap(f->callbacks);
    EventLoopObject* loop = as_loop(f->loop);
    Value self = Value::borrowed(f);
    for (DoneCallback& cb : callbacks) {
        if (loop) {
            call_soon(loop, std::move(cb.fn), {self}, std::move(cb.context));
        } else {
            Value call_soon_fn = vm::getattr(f->loop, vm::interp().intern("call_soon").get());
            vm::call(call_soon_fn, {cb.fn, self});
        }
    }
}

}  // namespace

void future_init(FutureObject* f, const Value& loop) {
    f->loop = loop.empty() || loop.is_none() ? default_loop() : loop;
    if (f->id == 0) f->id = state().next_future_id++;
}

Ref<FutureObject> new_future(const Value& loop) {
    Ref<FutureObject> f = vm::make<FutureObject>(state().types.future);
    future_init(f.get(), loop);
    return f;
}

void future_set_result(FutureObject* f, Value result) {
    if (f->state != FutureState::Pending) raise_invalid_state("invalid state");
    f->result = std::move(result);
    f->state = FutureState::Finished;
    schedule_callbacks(f);
}

void future_set_exception(FutureObject* f, Value exc) {
    if (f->state != FutureState::Pending) raise_invalid_state("invalid state");
    if (exc.is_obj() && exc.as_obj()->type->is_subtype_of(vm::types().type) &&
        static_cast<vm::TypeObject*>(exc.as_obj())->is_subtype_of(vm::types().BaseException)) {
        Value instance = vm::call(exc, {});
        if (!vm::is_exception_instance(instance)) vm::raise_type_error("invalid exception object");
        exc = instance;
    }
    if (!vm::is_exception_instance(exc)) vm::raise_type_error("invalid exception object");
    if (vm::exception_matches(exc, vm::types().StopIteration)) {
        Ref<vm::ExceptionObject> err = vm::new_exception(
            vm::types().RuntimeError,
            {vm::make_str("StopIteration interacts badly with generators and cannot be raised into a Future")});
        err->cause = exc;
        err->context = exc;
        exc = Value(err);
    }
    f->exception = std::move(exc);
    f->state = FutureState::Finished;
    schedule_callbacks(f);
    f->log_traceback = true;
}

bool future_cancel(FutureObject* f, Value msg) {
    f->log_traceback = false;
    if (f->state != FutureState::Pending) return false;
    f->state = FutureState::Cancelled;
    f->set_cancel_message(msg.is_none() ? Value() : std::move(msg));
    schedule_callbacks(f);
    return true;
}

Value future_make_cancelled_error(FutureObject* f) {
    if (f->has_cancelled_exc()) {
        Value exc = f->take_cancelled_exc();
        return exc;
    }
    if (f->cancel_message().empty()) return vm::call(Value::borrowed(cancelled_error_type()), {});
    return vm::call(Value::borrowed(cancelled_error_type()), {f->cancel_message()});
}

Value future_result(FutureObject* f) {
    if (f->state == FutureState::Cancelled) throw vm::PyException{future_make_cancelled_error(f)};
    if (f->state != FutureState::Finished) raise_invalid_state("Result is not set.");
    f->log_traceback = false;
    if (!f->exception.empty()) throw vm::PyException{f->exception};
    return f->result;
}

Value future_exception(FutureObject* f) {
    if (f->state == FutureState::Cancelled) throw vm::PyException{future_make_cancelled_error(f)};
    if (f->state != FutureState::Finished) raise_invalid_state("Exception is not set.");
    f->log_traceback = false;
    return f->exception.empty() ? Value::none() : f->exception;
}

void future_add_done_callback(FutureObject* f, Value fn, Value context) {
    if (f->state != FutureState::Pending) {
        if (EventLoopObject* loop = as_loop(f->loop)) {
            call_soon(loop, std::move(fn), {Value::borrowed(f)}, std::move(context));
            return;
        }
        vm::call(vm::getattr(f->loop, vm::interp().intern("call_soon").get()), {fn, Value::borrowed(f)});
        return;
    }
    f->callbacks.push_back({std::move(fn), context.empty() || context.is_none() ? copy_current_context() : std::move(context)});
}

size_t future_remove_done_callback(FutureObject* f, const Value& fn) {
    size_t before = f->callbacks.size();
    std::vector<DoneCallback> kept;
    for (DoneCallback& cb : f->callbacks) {
        if (!(same(cb.fn, fn) || vm::equal(cb.fn, fn))) kept.push_back(std::move(cb));
    }
    // equal() may run Python code that changed the list; CPython rebuilds it the same way.
    f->callbacks = std::move(kept);
    return before - f->callbacks.size();
}

// ---------------------------------------------------------------------------------------------
// Dispatch helpers (a Python subclass may override the method)

namespace {
bool is_exact_native(const Value& v) {
    vm::TypeObject* tp = vm::type_of(v);
    return tp == state().types.future || tp == state().types.task;
}

Value call_method_kw(const Value& obj, const char* method, std::vector<Value> args, const char* kwname, Value kwvalue) {
    Value fn = vm::getattr(obj, vm::interp().intern(method).get());
    Value kwnames[1] = {Value(vm::interp().intern(kwname))};
    Value kwvalues[1] = {std::move(kwvalue)};
    vm::CallArgs call{args.data(), args.size(), kwnames, kwvalues, 1};
    return vm::call(fn, call);
}
}  // namespace

bool cancel_any(const Value& fut, const Value& msg) {
    if (is_exact_native(fut)) {
        if (TaskObject* t = as_task(fut)) return task_cancel(t, msg);
        return future_cancel(as_future(fut), msg);
    }
    return vm::truthy(call_method_kw(fut, "cancel", {}, "msg", msg));
}

void add_done_callback_any(const Value& fut, Value fn, Value context) {
    if (is_exact_native(fut)) {
        future_add_done_callback(as_future(fut), std::move(fn), std::move(context));
        return;
    }
    call_method_kw(fut, "add_done_callback", {std::move(fn)}, "context", std::move(context));
}

bool done_any(const Value& fut) {
    if (is_exact_native(fut)) return as_future(fut)->done();
    return vm::truthy(vm::call_method(fut, vm::interp().intern("done").get(), {}));
}

// ---------------------------------------------------------------------------------------------
// finalize: the warning CPython's FutureObj_finalize logs

void FutureObject::finalize() {
    if (!log_traceback || loop.empty()) return;
    log_traceback = false;
    Value self = Value::borrowed(this);
    try {
        Ref<vm::DictObject> context = vm::make_dict();
        context->set(vm::make_str("message"), vm::make_str(type->name + " exception was never retrieved"));
        context->set(vm::make_str("exception"), exception);
        context->set(vm::make_str("future"), self);
        call_exception_handler(loop, context);
    } catch (const vm::PyException&) {
        // PyErr_WriteUnraisable in CPython; an exception handler failing here is dropped.
    }
}

}  // namespace loopscope::aio
