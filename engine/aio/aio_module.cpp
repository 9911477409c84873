// The `_asyncio` builtin module: the C++ core of asyncio (Future, Task, Handle, TimerHandle,
// the loop core) and the few helpers the Python layer (engine/stdlib/asyncio) calls.
#include "aio/aio_state.h"
#include "aio/asyncgens.h"
#include "aio/trace_hooks.h"
#include "aio/clock.h"
#include "aio/context.h"
#include "aio/diagnostics.h"
#include "aio/event_loop.h"
#include "aio/future.h"
#include "aio/handle.h"
#include "aio/task.h"
#include "aio/task_callables.h"
#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::aio {

namespace {

thread_local const vm::Interp* tls_owner = nullptr;
thread_local AioState tls_state;

vm::TypeObject* exception_class(const char* name) {
    Value mod = vm::import_module("asyncio.exceptions");
    Value cls = vm::getattr(mod, vm::interp().intern(name).get());
    return static_cast<vm::TypeObject*>(cls.as_obj());
}

EventLoopObject* running_loop_or_raise() {
    EventLoopObject* loop = state().running_loop;
    if (!loop) vm::raise(vm::types().RuntimeError, "no running event loop");
    return loop;
}

Value loop_value(EventLoopObject* l) { return Value(Ref<EventLoopObject>(l)); }

EventLoopObject* loop_arg(const Value& v) {
    if (v.empty() || v.is_none()) return running_loop_or_raise();
    EventLoopObject* l = as_loop(v);
    if (!l) vm::raise_type_error("an asyncio event loop was expected, got " + vm::type_name(v));
    return l;
}

Value f_get_running_loop(const vm::CallArgs& a) {
    vm::no_args("get_running_loop", a);
    return loop_value(running_loop_or_raise());
}

Value f_private_get_running_loop(const vm::CallArgs&) {
    EventLoopObject* l = state().running_loop;
    return l ? loop_value(l) : Value::none();
}

Value f_current_task(const vm::CallArgs& a) {
    vm::unpack_args("current_task", a, 0, 1);
    EventLoopObject* l = loop_arg(a.nargs ? a[0] : Value());
    return l->current_task.empty() ? Value::none() : l->current_task;
}

// The loop's pending tasks, in creation order.
std::vector<Value> pending_tasks(EventLoopObject* l) {
    std::vector<Value> out;
    for (TaskObject* t = l->tasks_head; t; t = t->next_task) {
        if (!t->done()) out.push_back(Value::borrowed(t));
    }
    return out;
}

Value f_all_tasks(const vm::CallArgs& a) {
    vm::unpack_args("all_tasks", a, 0, 1);
    Value s = vm::call(Value::borrowed(vm::types().set), {});
    for (const Value& t : pending_tasks(loop_arg(a.nargs ? a[0] : Value()))) {
        vm::call_method(s, vm::interp().intern("add").get(), {t});
    }
    return s;
}

Value f_all_tasks_ordered(const vm::CallArgs& a) {
    return Value(vm::make_list(pending_tasks(loop_arg(a.nargs ? a[0] : Value()))));
}

// contextvars' current Context (aio/context.h): None until contextvars sets one.
Value f_current_context(const vm::CallArgs& a) {
    vm::unpack_args("_current_context", a, 0, 0);
    vm::Object* c = current_context();
    return c ? Value::borrowed(c) : Value::none();
}

Value f_set_current_context(const vm::CallArgs& a) {
    vm::unpack_args("_set_current_context", a, 1, 1);
    set_current_context(a[0].is_obj() ? a[0].as_obj() : nullptr);
    return Value::none();
}

Value f_set_stack_functions(const vm::CallArgs& a) {
    vm::unpack_args("_set_stack_functions", a, 2, 2);
    state().task_get_stack = a[0].is_obj() ? a[0].as_obj() : nullptr;
    state().task_print_stack = a[1].is_obj() ? a[1].as_obj() : nullptr;
    return Value::none();
}

// _coro_frame(task): (filename, line, name) of the frame where the task's coroutine is
// suspended (or, not yet started, its def line); None once it has finished.
Value f_coro_frame(const vm::CallArgs& a) {
    vm::unpack_args("_coro_frame", a, 1, 1);
    TaskObject* t = as_task(a[0]);
    if (!t || !vm::is_generator_object(t->coro)) return Value::none();
    auto* g = static_cast<vm::GeneratorObject*>(t->coro.as_obj());
    if (!g->frame) return Value::none();
    int line = g->state == vm::GenState::Running ? g->frame->current_line() : g->suspended_line();
    return Value(vm::make_tuple({Value(vm::make_str(g->frame->code->filename)), Value::small_int(line),
                                 Value(vm::make_str(g->frame->code->name))}));
}

Value f_enter_task(const vm::CallArgs& a) {
    vm::unpack_args("_enter_task", a, 2, 2);
    EventLoopObject* l = loop_arg(a[0]);
    if (!l->current_task.is_none() && !l->current_task.empty()) {
        vm::raise(vm::types().RuntimeError, "Cannot enter into task " + vm::repr_string(a[1]) +
                                                 " while another task " + vm::repr_string(l->current_task) +
                                                 " is being executed.");
    }
    l->current_task = a[1];
    return Value::none();
}

Value f_leave_task(const vm::CallArgs& a) {
    vm::unpack_args("_leave_task", a, 2, 2);
    EventLoopObject* l = loop_arg(a[0]);
    if (!same(l->current_task, a[1])) {
        vm::raise(vm::types().RuntimeError, "Leaving task " + vm::repr_string(a[1]) +
                                                 " does not match the current task " +
                                                 vm::repr_string(l->current_task) + ".");
    }
    l->current_task = Value::none();
    return Value::none();
}

Value f_swap_current_task(const vm::CallArgs& a) {
    vm::unpack_args("_swap_current_task", a, 2, 2);
    EventLoopObject* l = loop_arg(a[0]);
    Value previous = l->current_task.empty() ? Value::none() : l->current_task;
    l->current_task = a[1];
    return previous;
}

Value f_register_task(const vm::CallArgs& a) {
    vm::unpack_args("_register_task", a, 1, 1);
    if (TaskObject* t = as_task(a[0])) {
        if (EventLoopObject* l = as_loop(t->loop)) register_task(l, t);
    }
    return Value::none();
}

Value f_unregister_task(const vm::CallArgs& a) {
    vm::unpack_args("_unregister_task", a, 1, 1);
    if (TaskObject* t = as_task(a[0])) unregister_task(t);
    return Value::none();
}

// _label(fut, kind, detail=None, timer=None): what the future stands for (trace, deadlock
// messages); `timer` is sleep's TimerHandle, whose deadline is kept.
Value f_label(const vm::CallArgs& a) {
    vm::unpack_args("_label", a, 2, 4);
    if (FutureObject* f = as_future(a[0])) {
        if (!a[1].is_obj() || a[1].as_obj()->type != vm::types().str) vm::raise_type_error("_label: kind must be a str");
        f->label_kind = Ref<vm::StrObject>(static_cast<vm::StrObject*>(a[1].as_obj()));
        f->label_detail = a.nargs > 2 ? a[2] : Value::none();
        if (a.nargs > 3) {
            if (HandleObject* h = as_handle(a[3])) f->label_when = h->when;
        }
    }
    return a[0];
}

Value f_log(const vm::CallArgs& a) {
    vm::unpack_args("_log", a, 2, 2);
    log_warning(vm::str_string(a[0]), vm::str_string(a[1]));
    return Value::none();
}

Value f_format_exception(const vm::CallArgs& a) {
    vm::unpack_args("_format_exception", a, 1, 1);
    return vm::make_str(vm::format_exception(a[0]));
}

Value f_set_result_unless_cancelled(const vm::CallArgs& a) {
    vm::unpack_args("_set_result_unless_cancelled", a, 2, 2);
    if (FutureObject* f = as_future(a[0]); f && vm::type_of(a[0]) == state().types.future) {
        if (f->state == FutureState::Cancelled) return Value::none();
        future_set_result(f, a[1]);
        return Value::none();
    }
    if (vm::truthy(vm::call_method(a[0], vm::interp().intern("cancelled").get(), {}))) return Value::none();
    vm::call_method(a[0], vm::interp().intern("set_result").get(), {a[1]});
    return Value::none();
}

Value f_asyncgen_track(const vm::CallArgs& a) {
    vm::unpack_args("_asyncgen_track", a, 2, 2);
    if (EventLoopObject* l = as_loop(a[0])) track_asyncgen(l, a[1]);
    return Value::none();
}

Value f_asyncgen_forget(const vm::CallArgs& a) {
    vm::unpack_args("_asyncgen_forget", a, 2, 2);
    if (EventLoopObject* l = as_loop(a[0])) forget_asyncgen(l, a[1]);
    return Value::none();
}

Value f_asyncgen_take_all(const vm::CallArgs& a) {
    vm::unpack_args("_asyncgen_take_all", a, 1, 1);
    EventLoopObject* l = as_loop(a[0]);
    return Value(vm::make_list(l ? take_asyncgens(l) : std::vector<Value>{}));
}

// _warn_user(category_name, message): warnings.warn as the default filters show it, at the
// student's line (stacklevel pointing out of asyncio). DeprecationWarning shows only when that
// line is in __main__; ResourceWarning never (both as CPython's default filters decide).
Value f_warn_user(const vm::CallArgs& a) {
    vm::unpack_args("_warn_user", a, 2, 2);
    std::string category = vm::str_string(a[0]);
    if (category == "ResourceWarning") return Value::none();
    std::string filename;
    int line = 0;
    if (!user_location(filename, line)) return Value::none();
    if (category == "DeprecationWarning" && !user_frame_is_main()) return Value::none();
    std::string key = category + "\n" + vm::str_string(a[1]) + "\n" + filename + ":" + std::to_string(line);
    if (!state().warned.insert(key).second) return Value::none();
    std::string text = filename + ":" + std::to_string(line) + ": " + category + ": " + vm::str_string(a[1]) + "\n";
    std::string source = vm::interp().source_line(filename, line);
    size_t start = source.find_first_not_of(" \t\f");
    if (start != std::string::npos) {
        size_t end = source.find_last_not_of(" \t\f\r");
        text += "  " + source.substr(start, end - start + 1) + "\n";
    }
    log_warning("warning", text);
    return Value::none();
}

Value f_isfuture(const vm::CallArgs& a) {
    vm::exact_one_arg("isfuture", a);
    return Value::boolean(isfuture(a[0]));
}

// ---- sleep(0): an awaitable whose iterator yields None once (a bare yield to the task) ----

struct Sleep0IterObject : vm::Object {
    bool yielded = false;
};

Value sleep0_await(const vm::CallArgs&) { return Value(vm::make<Sleep0IterObject>(state().types.sleep0_iter)); }

bool sleep0_iternext(vm::Object* self, Value& out) {
    auto* it = static_cast<Sleep0IterObject*>(self);
    if (it->yielded) return false;
    it->yielded = true;
    out = Value::none();
    return true;
}

Value sleep0_next(const vm::CallArgs& a) {
    Value out;
    if (sleep0_iternext(a[0].as_obj(), out)) return out;
    vm::raise_no_args(vm::types().StopIteration);
}

Value sleep0_send(const vm::CallArgs& a) { return sleep0_next(a); }

Value sleep0_throw(const vm::CallArgs& a) {
    static_cast<Sleep0IterObject*>(a[0].as_obj())->yielded = true;
    throw vm::PyException{vm::is_exception_instance(a[1]) ? a[1] : vm::call(a[1], {})};
}

Value sleep0_close(const vm::CallArgs&) { return Value::none(); }
Value iter_self(const vm::CallArgs& a) { return a[0]; }

Value f_sleep0(const vm::CallArgs&) { return Value(vm::make<vm::Object>(state().types.sleep0)); }

void install_sleep0_types() {
    AioTypes& t = state().types;
    Ref<vm::TypeObject> s = vm::make_builtin_type("_Sleep0", vm::types().object, vm::Layout::Native, false);
    vm::add_method(s.get(), "__await__", sleep0_await);
    t.sleep0 = s.get();
    Ref<vm::TypeObject> it = vm::make_builtin_type("_Sleep0Iter", vm::types().object, vm::Layout::Native, false);
    it->iternext = sleep0_iternext;
    vm::add_method(it.get(), "__iter__", iter_self);
    vm::add_method(it.get(), "__next__", sleep0_next);
    vm::add_method(it.get(), "send", sleep0_send);
    vm::add_method(it.get(), "throw", sleep0_throw);
    vm::add_method(it.get(), "close", sleep0_close);
    t.sleep0_iter = it.get();
}

void define(vm::DictObject* d, const char* name, vm::NativeFn fn) {
    Ref<vm::NativeFunctionObject> f = vm::make_native_function(name, fn);
    f->owner = "_asyncio";
    d->set_str(vm::interp().intern(name).get(), Value(f));
}

Value create_module(vm::Interp& in) {
    Ref<vm::ModuleObject> m = vm::make_module("_asyncio");
    vm::DictObject* d = m->dict.get();
    AioTypes& t = state().types;
    d->set_str(in.intern("Future").get(), Value::borrowed(t.future));
    d->set_str(in.intern("Task").get(), Value::borrowed(t.task));
    d->set_str(in.intern("Handle").get(), Value::borrowed(t.handle));
    d->set_str(in.intern("TimerHandle").get(), Value::borrowed(t.timer_handle));
    d->set_str(in.intern("EventLoop").get(), Value::borrowed(t.event_loop));
    define(d, "get_running_loop", f_get_running_loop);
    define(d, "_get_running_loop", f_private_get_running_loop);
    define(d, "current_task", f_current_task);
    define(d, "all_tasks", f_all_tasks);
    define(d, "_all_tasks_ordered", f_all_tasks_ordered);
    define(d, "_enter_task", f_enter_task);
    define(d, "_leave_task", f_leave_task);
    define(d, "_swap_current_task", f_swap_current_task);
    define(d, "_register_task", f_register_task);
    define(d, "_unregister_task", f_unregister_task);
    define(d, "_label", f_label);
    define(d, "_log", f_log);
    define(d, "_format_exception", f_format_exception);
    define(d, "_set_result_unless_cancelled", f_set_result_unless_cancelled);
    define(d, "isfuture", f_isfuture);
    define(d, "_asyncgen_track", f_asyncgen_track);
    define(d, "_asyncgen_forget", f_asyncgen_forget);
    define(d, "_asyncgen_take_all", f_asyncgen_take_all);
    define(d, "_warn_user", f_warn_user);
    define(d, "_sleep0", f_sleep0);
    define(d, "_current_context", f_current_context);
    define(d, "_set_current_context", f_set_current_context);
    define(d, "_set_stack_functions", f_set_stack_functions);
    define(d, "_coro_frame", f_coro_frame);
    return Value(m);
}

}  // namespace

AioState& state() {
    const vm::Interp* in = &vm::interp();
    if (in != tls_owner) {
        tls_state = AioState{};
        tls_owner = in;
    }
    return tls_state;
}

vm::TypeObject* cancelled_error_type() {
    AioState& s = state();
    if (!s.cancelled_error) s.cancelled_error = exception_class("CancelledError");
    return s.cancelled_error;
}

vm::TypeObject* invalid_state_error_type() {
    AioState& s = state();
    if (!s.invalid_state_error) s.invalid_state_error = exception_class("InvalidStateError");
    return s.invalid_state_error;
}

void install_aio(vm::Interp& in) {
    tls_owner = &in;
    tls_state = AioState{};
    install_handle_types();
    install_future_type();
    install_task_type();
    install_task_callable_types();
    install_event_loop_type();
    install_sleep0_types();
    install_asyncgen_registry();
    in.builtin_modules["_asyncio"] = create_module;
}

}  // namespace loopscope::aio
