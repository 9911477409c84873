// The Python face of the loop core: _asyncio.EventLoop's methods. asyncio.base_events
// subclasses it with the Python-level parts (run_until_complete, exception handling,
// shutdown_asyncgens).
#include <cmath>

#include "aio/aio_state.h"
#include "aio/clock.h"
#include "aio/event_loop.h"
#include "aio/future.h"
#include "aio/task.h"
#include "aio/trace_hooks.h"
#include "vm/builtins_module.h"
#include "vm/code.h"
#include "vm/exception.h"
#include "vm/function.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::aio {

namespace {

EventLoopObject* self_loop(const vm::CallArgs& a) { return static_cast<EventLoopObject*>(a[0].as_obj()); }
EventLoopObject* getter_loop(const Value& v) { return static_cast<EventLoopObject*>(v.as_obj()); }

Value alloc_loop(vm::TypeObject* cls) {
    Ref<EventLoopObject> l = vm::make<EventLoopObject>(cls);
    l->task_factory = Value::none();
    l->exception_handler = Value::none();
    l->current_task = Value::none();
    state().loops.push_back(l.get());
    return Value(l);
}

bool is_coroutine_function(const Value& v) {
    if (!v.is_obj() || v.as_obj()->type != vm::types().function) return false;
    return (static_cast<vm::FunctionObject*>(v.as_obj())->code->flags & vm::kCoCoroutine) != 0;
}

// Debug mode's _check_callback.
void check_callback(EventLoopObject* loop, const Value& callback, const char* method) {
    if (!loop->debug) return;
    bool coro = (callback.is_obj() && callback.as_obj()->type == vm::types().coroutine) || is_coroutine_function(callback);
    if (coro) vm::raise_type_error(std::string("coroutines cannot be used with ") + method + "()");
    if (vm::is_callable(callback)) return;
    vm::raise_type_error(std::string("a callable object was expected by ") + method + "(), got " +
                         vm::repr_string(callback));
}

// (first..., callback, *args, context=None): the callback's arguments and the context.
struct CallbackCall {
    Value callback;
    std::vector<Value> args;
    Value context;
};

CallbackCall parse_callback_call(const char* name, const vm::CallArgs& a, size_t leading) {
    size_t given = a.nargs - 1;
    if (given < leading + 1) {
        vm::raise_type_error(std::string(name) + "() missing 1 required positional argument: 'callback'");
    }
    CallbackCall c;
    c.callback = a[1 + leading];
    for (size_t i = 2 + leading; i < a.nargs; ++i) c.args.push_back(a[i]);
    c.context = Value::none();
    for (size_t k = 0; k < a.nkw; ++k) {
        std::string kw = vm::str_string(a.kwnames[k]);
        if (kw != "context") vm::raise_type_error(std::string(name) + "() got an unexpected keyword argument '" + kw + "'");
        c.context = a.kwvalues[k];
    }
    return c;
}

Value m_time(const vm::CallArgs&) { return Value::real(loop_time()); }

Value m_call_soon(const vm::CallArgs& a) {
    CallbackCall c = parse_callback_call("call_soon", a, 0);
    EventLoopObject* loop = self_loop(a);
    check_closed(loop);
    check_callback(loop, c.callback, "call_soon");
    return Value(call_soon(loop, std::move(c.callback), std::move(c.args), std::move(c.context)));
}

Value m_call_soon_threadsafe(const vm::CallArgs& a) {
    CallbackCall c = parse_callback_call("call_soon_threadsafe", a, 0);
    EventLoopObject* loop = self_loop(a);
    check_closed(loop);
    check_callback(loop, c.callback, "call_soon_threadsafe");
    return Value(call_soon(loop, std::move(c.callback), std::move(c.args), std::move(c.context)));
}

Value schedule_at(EventLoopObject* loop, double when, CallbackCall c) {
    check_closed(loop);
    check_callback(loop, c.callback, "call_at");
    return Value(call_at(loop, when, std::move(c.callback), std::move(c.args), std::move(c.context)));
}

Value m_call_later(const vm::CallArgs& a) {
    if (a.nargs < 2) vm::raise_type_error("call_later() missing 2 required positional arguments: 'delay' and 'callback'");
    if (a[1].is_none()) vm::raise_type_error("delay must not be None");
    CallbackCall c = parse_callback_call("call_later", a, 1);
    Value when = vm::binary_op(vm::BinOp::Add, Value::real(loop_time()), a[1]);
    return schedule_at(self_loop(a), vm::to_double(when), std::move(c));
}

Value m_call_at(const vm::CallArgs& a) {
    if (a.nargs < 2) vm::raise_type_error("call_at() missing 2 required positional arguments: 'when' and 'callback'");
    if (a[1].is_none()) vm::raise_type_error("when cannot be None");
    CallbackCall c = parse_callback_call("call_at", a, 1);
    return schedule_at(self_loop(a), vm::to_double(a[1]), std::move(c));
}

Value m_run_once(const vm::CallArgs& a) {
    run_once(self_loop(a));
    return Value::none();
}

Value m_run_forever(const vm::CallArgs& a) {
    vm::no_args("run_forever", a, 1);
    run_forever(self_loop(a));
    return Value::none();
}

Value m_stop(const vm::CallArgs& a) {
    self_loop(a)->stopping = true;
    return Value::none();
}

Value m_is_running(const vm::CallArgs& a) { return Value::boolean(self_loop(a)->running); }
Value m_is_closed(const vm::CallArgs& a) { return Value::boolean(self_loop(a)->closed); }

void record_dropped(trace::EventKind kind, uint64_t handle) {
    trace::Recorder* r = trace::active_recorder();
    if (!r) return;
    trace::Event e = make_event_at(kind, "", 0);
    e.handle = handle;
    r->record(std::move(e));
}

// BaseEventLoop.close: clears the queues (what they held may now be destroyed and warn).
Value m_close(const vm::CallArgs& a) {
    EventLoopObject* loop = self_loop(a);
    if (loop->running) vm::raise(vm::types().RuntimeError, "Cannot close a running event loop");
    if (loop->closed) return Value::none();
    loop->closed = true;
    std::deque<Ref<HandleObject>> ready;
    std::vector<Ref<HandleObject>> timers;
    ready.swap(loop->ready);
    timers.swap(loop->timers);
    loop->timer_cancelled_count = 0;
    // The trace says where every queued handle went (dropping them may finalize tasks).
    for (auto& h : ready) record_dropped(trace::EventKind::HandleSkipped, h->id);
    for (auto& h : timers) {
        h->scheduled = false;
        record_dropped(trace::EventKind::TimerDiscarded, h->id);
    }
    ready.clear();
    timers.clear();
    return Value::none();
}

Value m_create_future(const vm::CallArgs& a) { return Value(new_future(a[0])); }

Value m_create_task(const vm::CallArgs& a) {
    Value v[3];
    vm::bind_args({"create_task", {"coro", "name", "context"}, 1, 0, true, 1}, a, v, 1);
    return loop_create_task(a[0], v[0], v[1], v[2]);
}

Value m_get_debug(const vm::CallArgs& a) { return Value::boolean(self_loop(a)->debug); }

Value m_set_debug(const vm::CallArgs& a) {
    vm::exact_one_arg("set_debug", a, 1);
    self_loop(a)->debug = vm::truthy(a[1]);
    return Value::none();
}

Value m_set_task_factory(const vm::CallArgs& a) {
    vm::exact_one_arg("set_task_factory", a, 1);
    if (!a[1].is_none() && !vm::is_callable(a[1])) {
        vm::raise_type_error("task factory must be a callable or None");
    }
    self_loop(a)->task_factory = a[1];
    return Value::none();
}

Value m_get_task_factory(const vm::CallArgs& a) { return self_loop(a)->task_factory; }

Value m_timer_handle_cancelled(const vm::CallArgs& a) {
    if (HandleObject* h = as_handle(a[1])) timer_handle_cancelled(self_loop(a), h);
    return Value::none();
}

Value m_repr(const vm::CallArgs& a) {
    EventLoopObject* l = self_loop(a);
    auto b = [](bool x) { return x ? "True" : "False"; };
    return vm::make_str("<" + l->type->name + " running=" + b(l->running) + " closed=" + b(l->closed) +
                        " debug=" + b(l->debug) + ">");
}

std::vector<Value> handles_of(const std::deque<Ref<HandleObject>>& q) {
    std::vector<Value> out;
    for (const auto& h : q) out.push_back(Value(h));
    return out;
}

void install_loop_attributes(vm::TypeObject* t) {
    vm::add_getset(
        t, "slow_callback_duration", [](const Value& s) { return Value::real(getter_loop(s)->slow_callback_duration); },
        [](const Value& s, const Value& v) { getter_loop(s)->slow_callback_duration = vm::to_double(v); });
    vm::add_getset(t, "_clock_resolution", [](const Value&) { return Value::real(kClockResolution); });
    vm::add_getset(t, "_debug", [](const Value& s) { return Value::boolean(getter_loop(s)->debug); });
    vm::add_getset(t, "_closed", [](const Value& s) { return Value::boolean(getter_loop(s)->closed); });
    vm::add_getset(t, "_stopping", [](const Value& s) { return Value::boolean(getter_loop(s)->stopping); });
    vm::add_getset(t, "_current_handle", [](const Value& s) {
        const Value& h = getter_loop(s)->current_handle;
        return h.empty() ? Value::none() : h;
    });
    vm::add_getset(t, "_ready", [](const Value& s) { return Value(vm::make_list(handles_of(getter_loop(s)->ready))); });
    vm::add_getset(t, "_scheduled", [](const Value& s) {
        std::vector<Value> out;
        for (const auto& h : getter_loop(s)->timers) out.push_back(Value(h));
        return Value(vm::make_list(std::move(out)));
    });
    vm::add_getset(
        t, "_task_factory", [](const Value& s) { return getter_loop(s)->task_factory; },
        [](const Value& s, const Value& v) { getter_loop(s)->task_factory = v; });
    vm::add_getset(
        t, "_exception_handler", [](const Value& s) { return getter_loop(s)->exception_handler; },
        [](const Value& s, const Value& v) { getter_loop(s)->exception_handler = v; });
}

}  // namespace

void install_event_loop_type() {
    Ref<vm::TypeObject> loop = vm::make_builtin_type("EventLoop", vm::types().object, vm::Layout::Native, true);
    loop->module = "_asyncio";
    loop->alloc = alloc_loop;
    vm::TypeObject* t = loop.get();
    vm::add_method(t, "time", m_time);
    vm::add_method(t, "call_soon", m_call_soon);
    vm::add_method(t, "call_soon_threadsafe", m_call_soon_threadsafe);
    vm::add_method(t, "call_later", m_call_later);
    vm::add_method(t, "call_at", m_call_at);
    vm::add_method(t, "_run_once", m_run_once);
    vm::add_method(t, "run_forever", m_run_forever);
    vm::add_method(t, "stop", m_stop);
    vm::add_method(t, "is_running", m_is_running);
    vm::add_method(t, "is_closed", m_is_closed);
    vm::add_method(t, "close", m_close);
    vm::add_method(t, "create_future", m_create_future);
    vm::add_method(t, "create_task", m_create_task);
    vm::add_method(t, "get_debug", m_get_debug);
    vm::add_method(t, "set_debug", m_set_debug);
    vm::add_method(t, "set_task_factory", m_set_task_factory);
    vm::add_method(t, "get_task_factory", m_get_task_factory);
    vm::add_method(t, "_timer_handle_cancelled", m_timer_handle_cancelled);
    vm::add_method(t, "__repr__", m_repr);
    install_loop_attributes(t);
    state().types.event_loop = t;
}

}  // namespace loopscope::aio
