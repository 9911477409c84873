#include "aio/handle.h"

#include "aio/aio_state.h"
#include "aio/context.h"
#include "aio/event_loop.h"
#include "aio/reprs.h"
#include "aio/task.h"
#include "aio/task_callables.h"
#include "aio/trace_hooks.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::aio {

void HandleObject::clear_references() {
    callback = Value();
    args.clear();
    context = Value();
    loop.reset();
    dict.reset();
}

vm::DictObject* HandleObject::attribute_dict(bool create) { return vm::subclass_instance_dict(this, dict, create); }

HandleObject* as_handle(const Value& v) {
    if (!v.is_obj() || !v.as_obj()->type->is_subtype_of(state().types.handle)) return nullptr;
    return static_cast<HandleObject*>(v.as_obj());
}

Ref<HandleObject> make_handle(EventLoopObject* loop, Value callback, std::vector<Value> args, Value context,
                              bool is_timer, double when) {
    AioState& st = state();
    Ref<HandleObject> h = vm::make<HandleObject>(is_timer ? st.types.timer_handle : st.types.handle);
    h->callback = std::move(callback);
    h->args = std::move(args);
    h->context = context.empty() || context.is_none() ? copy_current_context() : std::move(context);
    h->loop = Ref<EventLoopObject>(loop);
    h->is_timer = is_timer;
    h->when = when;
    h->id = st.next_handle_id++;
    return h;
}

HandleRole handle_role(const HandleObject* h) {
    if (!h->callback.is_obj()) return HandleRole::Callback;
    vm::TypeObject* tp = h->callback.as_obj()->type;
    if (tp == state().types.task_step) return HandleRole::TaskStep;
    if (tp == state().types.task_wakeup) return HandleRole::TaskWakeup;
    return HandleRole::Callback;
}

void cancel_handle(HandleObject* h) {
    if (h->cancelled) return;
    if (h->is_timer && h->loop) timer_handle_cancelled(h->loop.get(), h);
    if (trace::Recorder* r = trace::active_recorder()) {
        trace::Event e = make_event(h->is_timer && h->scheduled ? trace::EventKind::TimerCancelled
                                                                : trace::EventKind::HandleCancelled);
        e.handle = h->id;
        r->record(std::move(e));
    }
    h->cancelled = true;
    if (h->loop && h->loop->debug) h->cached_repr = std::make_unique<std::string>(handle_repr(h));
    h->callback = Value::none();
    h->args.clear();
}

void run_handle(HandleObject* h) {
    Ref<HandleObject> keep(h);
    Value callback = h->callback;
    try {
        // CPython's Handle._run: self._context.run(self._callback, *self._args).
        run_in_context(h->context, [&] {
            switch (handle_role(h)) {
            case HandleRole::TaskStep: run_task_step_callable(callback); break;
            case HandleRole::TaskWakeup:
                run_task_wakeup_callable(callback, h->args.empty() ? Value::none() : h->args[0]);
                break;
            case HandleRole::Callback:
                vm::call(callback, vm::CallArgs{h->args.data(), h->args.size()});
                break;
            }
        });
    } catch (vm::PyException& e) {
        vm::Types& t = vm::types();
        if (vm::exception_matches(e.exc, t.SystemExit) || vm::exception_matches(e.exc, t.KeyboardInterrupt)) throw;
        bool debug = h->loop && h->loop->debug;
        Ref<vm::DictObject> context = vm::make_dict();
        std::string message = "Exception in callback " + format_callback_source(callback, h->args, debug);
        context->set(vm::make_str("message"), vm::make_str(message));
        context->set(vm::make_str("exception"), e.exc);
        context->set(vm::make_str("handle"), Value(keep));
        call_exception_handler(Value(h->loop), context);
    }
}

std::string handle_repr(HandleObject* h) {
    if (h->cached_repr) return *h->cached_repr;
    std::string out = "<" + h->type->name;
    if (h->cancelled) out += " cancelled";
    if (h->is_timer) out += " when=" + vm::float_repr(h->when);
    if (!h->callback.is_none()) out += " " + format_callback_source(h->callback, h->args, h->loop && h->loop->debug);
    return out + ">";
}

// ---------------------------------------------------------------------------------------------
// Python-visible methods

namespace {

HandleObject* self_handle(const vm::CallArgs& a) { return static_cast<HandleObject*>(a[0].as_obj()); }

Value alloc_handle(vm::TypeObject* cls) {
    Ref<HandleObject> h = vm::make<HandleObject>(cls);
    h->is_timer = cls->is_subtype_of(state().types.timer_handle);
    h->callback = Value::none();
    h->context = Value::none();
    h->id = state().next_handle_id++;
    return Value(h);
}

// Handle(callback, args, loop, context=None) / TimerHandle(when, callback, args, loop, context=None)
void init_from_args(HandleObject* h, const Value& callback, const Value& args, const Value& loop, const Value& ctx) {
    EventLoopObject* l = as_loop(loop);
    if (!l) vm::raise_type_error("loop must be an asyncio event loop");
    h->callback = callback;
    h->args = args.is_none() ? std::vector<Value>{} : vm::to_vector(args);
    h->loop = Ref<EventLoopObject>(l);
    h->context = ctx.empty() ? Value::none() : ctx;
}

Value handle_init(const vm::CallArgs& a) {
    Value v[4];
    vm::bind_args({"Handle", {"callback", "args", "loop", "context"}, 3}, a, v, 1);
    init_from_args(self_handle(a), v[0], v[1], v[2], v[3]);
    return Value::none();
}

Value timer_init(const vm::CallArgs& a) {
    Value v[5];
    vm::bind_args({"TimerHandle", {"when", "callback", "args", "loop", "context"}, 4}, a, v, 1);
    HandleObject* h = self_handle(a);
    h->when = vm::to_double(v[0]);
    init_from_args(h, v[1], v[2], v[3], v[4]);
    return Value::none();
}

Value handle_cancel(const vm::CallArgs& a) {
    vm::no_args("cancel", a, 1);
    cancel_handle(self_handle(a));
    return Value::none();
}

Value handle_cancelled(const vm::CallArgs& a) {
    vm::no_args("cancelled", a, 1);
    return Value::boolean(self_handle(a)->cancelled);
}

Value handle_get_context(const vm::CallArgs& a) { return self_handle(a)->context; }

Value handle_run(const vm::CallArgs& a) {
    run_handle(self_handle(a));
    return Value::none();
}

Value handle_repr_method(const vm::CallArgs& a) { return vm::make_str(handle_repr(self_handle(a))); }

Value timer_when(const vm::CallArgs& a) {
    vm::no_args("when", a, 1);
    return Value::real(self_handle(a)->when);
}

// TimerHandle orders and compares by deadline (asyncio.events.TimerHandle).
Value timer_compare(const vm::CallArgs& a, vm::CmpOp op) {
    HandleObject* other = as_handle(a[1]);
    if (!other || !other->is_timer) return vm::interp().not_implemented;
    double x = self_handle(a)->when, y = other->when;
    switch (op) {
    case vm::CmpOp::Lt: return Value::boolean(x < y);
    case vm::CmpOp::Le: return Value::boolean(x < y || vm::equal(a[0], a[1]));
    case vm::CmpOp::Gt: return Value::boolean(x > y);
    case vm::CmpOp::Ge: return Value::boolean(x > y || vm::equal(a[0], a[1]));
    default: break;
    }
    return vm::interp().not_implemented;
}

Value timer_eq(const vm::CallArgs& a) {
    HandleObject* x = self_handle(a);
    HandleObject* y = as_handle(a[1]);
    if (!y || !y->is_timer) return vm::interp().not_implemented;
    if (x == y) return Value::boolean(true);
    bool same = x->when == y->when && x->cancelled == y->cancelled && vm::equal(x->callback, y->callback) &&
                x->args.size() == y->args.size();
    for (size_t i = 0; same && i < x->args.size(); ++i) same = vm::equal(x->args[i], y->args[i]);
    return Value::boolean(same);
}

Value timer_ne(const vm::CallArgs& a) {
    Value r = timer_eq(a);
    if (!r.is_bool()) return r;
    return Value::boolean(!r.as_bool());
}

Value timer_hash(const vm::CallArgs& a) { return Value::small_int(vm::hash(Value::real(self_handle(a)->when))); }

}  // namespace

void install_handle_types() {
    AioTypes& t = state().types;
    Ref<vm::TypeObject> handle = vm::make_builtin_type("Handle", vm::types().object, vm::Layout::Native, true);
    handle->module = "asyncio.events";
    handle->alloc = alloc_handle;
    vm::TypeObject* h = handle.get();
    vm::add_method(h, "__init__", handle_init);
    vm::add_method(h, "cancel", handle_cancel);
    vm::add_method(h, "cancelled", handle_cancelled);
    vm::add_method(h, "get_context", handle_get_context);
    vm::add_method(h, "_run", handle_run);
    vm::add_method(h, "__repr__", handle_repr_method);
    vm::add_getset(h, "_callback", [](const Value& s) { return as_handle(s)->callback; });
    vm::add_getset(h, "_args", [](const Value& s) {
        HandleObject* x = as_handle(s);
        return x->cancelled ? Value::none() : Value(vm::make_tuple(x->args));
    });
    vm::add_getset(h, "_cancelled", [](const Value& s) { return Value::boolean(as_handle(s)->cancelled); });
    vm::add_getset(h, "_loop", [](const Value& s) { return Value(as_handle(s)->loop); });
    vm::add_getset(h, "_context", [](const Value& s) { return as_handle(s)->context; });
    vm::add_getset(h, "_source_traceback", [](const Value&) { return Value::none(); });
    t.handle = h;

    Ref<vm::TypeObject> timer = vm::make_builtin_type("TimerHandle", h, vm::Layout::Native, true);
    timer->module = "asyncio.events";
    timer->alloc = alloc_handle;
    vm::TypeObject* th = timer.get();
    vm::add_method(th, "__init__", timer_init);
    vm::add_method(th, "when", timer_when);
    vm::add_method(th, "__lt__", [](const vm::CallArgs& a) { return timer_compare(a, vm::CmpOp::Lt); });
    vm::add_method(th, "__le__", [](const vm::CallArgs& a) { return timer_compare(a, vm::CmpOp::Le); });
    vm::add_method(th, "__gt__", [](const vm::CallArgs& a) { return timer_compare(a, vm::CmpOp::Gt); });
    vm::add_method(th, "__ge__", [](const vm::CallArgs& a) { return timer_compare(a, vm::CmpOp::Ge); });
    vm::add_method(th, "__eq__", timer_eq);
    vm::add_method(th, "__ne__", timer_ne);
    vm::add_method(th, "__hash__", timer_hash);
    vm::add_getset(th, "_when", [](const Value& s) { return Value::real(as_handle(s)->when); });
    vm::add_getset(th, "_scheduled", [](const Value& s) { return Value::boolean(as_handle(s)->scheduled); });
    t.timer_handle = th;
}

}  // namespace loopscope::aio
