// The Python face of Task: asyncio.Task's methods and attributes (a subclass of Future).
#include "aio/aio_state.h"
#include "aio/event_loop.h"
#include "aio/reprs.h"
#include "aio/task.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::aio {

namespace {

TaskObject* self_task(const vm::CallArgs& a) { return static_cast<TaskObject*>(a[0].as_obj()); }
TaskObject* getter_task(const Value& v) { return static_cast<TaskObject*>(v.as_obj()); }

Value alloc_task(vm::TypeObject* cls) { return Value(vm::make<TaskObject>(cls)); }

// Task(coro, *, loop=None, name=None, context=None, eager_start=False)
Value m_init(const vm::CallArgs& a) {
    Value v[5];
    vm::bind_args({"Task", {"coro", "loop", "name", "context", "eager_start"}, 1, 0, true, 1}, a, v, 1);
    TaskObject* t = self_task(a);
    task_init(t, v[0], v[1].empty() ? Value::none() : v[1], v[2], v[3], !v[4].empty() && vm::truthy(v[4]));
    return Value::none();
}

Value m_get_coro(const vm::CallArgs& a) {
    vm::no_args("get_coro", a, 1);
    TaskObject* t = self_task(a);
    return t->coro.empty() ? Value::none() : t->coro;
}

Value m_get_context(const vm::CallArgs& a) {
    vm::no_args("get_context", a, 1);
    return self_task(a)->context;
}

Value m_get_name(const vm::CallArgs& a) {
    vm::no_args("get_name", a, 1);
    return task_name(self_task(a));
}

Value m_set_name(const vm::CallArgs& a) {
    vm::exact_one_arg("set_name", a, 1);
    TaskObject* t = self_task(a);
    t->name = a[1].is_obj() && a[1].as_obj()->type == vm::types().str ? a[1] : Value(vm::str(a[1]));
    return Value::none();
}

Value m_cancel(const vm::CallArgs& a) {
    Value v[1];
    vm::bind_args({"cancel", {"msg"}, 0}, a, v, 1);
    return Value::boolean(task_cancel(self_task(a), v[0].empty() ? Value::none() : v[0]));
}

Value m_cancelling(const vm::CallArgs& a) {
    vm::no_args("cancelling", a, 1);
    return Value::small_int(self_task(a)->num_cancels_requested);
}

Value m_uncancel(const vm::CallArgs& a) {
    vm::no_args("uncancel", a, 1);
    TaskObject* t = self_task(a);
    if (t->num_cancels_requested > 0) {
        t->num_cancels_requested -= 1;
        if (t->num_cancels_requested == 0) t->must_cancel = false;
    }
    return Value::small_int(t->num_cancels_requested);
}

Value m_set_result(const vm::CallArgs&) {
    vm::raise(vm::types().RuntimeError, "Task does not support set_result operation");
}

Value m_set_exception(const vm::CallArgs&) {
    vm::raise(vm::types().RuntimeError, "Task does not support set_exception operation");
}

// get_stack / print_stack: CPython's asyncio.base_tasks functions, which the Python layer
// registers (asyncio/tasks.py, _asyncio._set_stack_functions); the C++ side only tells them
// where the coroutine is suspended (_asyncio._coro_frame).
Value call_stack_function(vm::Object* fn, const char* name, const vm::CallArgs& a,
                          std::initializer_list<const char*> params) {
    Value v[2];
    vm::bind_args({name, params, 0, 0, true, 0}, a, v, 1);
    if (!fn) return Value(vm::make_list());
    std::vector<Value> args = {a[0]};
    for (size_t i = 0; i < params.size(); ++i) args.push_back(v[i].empty() ? Value::none() : v[i]);
    return vm::call(Value::borrowed(fn), vm::CallArgs{args.data(), args.size()});
}

Value m_get_stack(const vm::CallArgs& a) {
    return call_stack_function(state().task_get_stack, "get_stack", a, {"limit"});
}

Value m_print_stack(const vm::CallArgs& a) {
    return call_stack_function(state().task_print_stack, "print_stack", a, {"limit", "file"});
}

Value m_repr(const vm::CallArgs& a) { return vm::make_str(task_repr(self_task(a))); }

}  // namespace

void install_task_type() {
    AioTypes& types = state().types;
    Ref<vm::TypeObject> task = vm::make_builtin_type("Task", types.future, vm::Layout::Native, true);
    task->module = "_asyncio";
    task->alloc = alloc_task;
    vm::TypeObject* t = task.get();
    vm::add_method(t, "__init__", m_init);
    vm::add_method(t, "get_coro", m_get_coro);
    vm::add_method(t, "get_context", m_get_context);
    vm::add_method(t, "get_name", m_get_name);
    vm::add_method(t, "set_name", m_set_name);
    vm::add_method(t, "cancel", m_cancel);
    vm::add_method(t, "cancelling", m_cancelling);
    vm::add_method(t, "uncancel", m_uncancel);
    vm::add_method(t, "set_result", m_set_result);
    vm::add_method(t, "set_exception", m_set_exception);
    vm::add_method(t, "get_stack", m_get_stack);
    vm::add_method(t, "print_stack", m_print_stack);
    vm::add_method(t, "__repr__", m_repr);
    vm::add_getset(t, "_coro", [](const Value& s) {
        TaskObject* x = getter_task(s);
        return x->coro.empty() ? Value::none() : x->coro;
    });
    vm::add_getset(t, "_fut_waiter", [](const Value& s) {
        TaskObject* x = getter_task(s);
        return x->fut_waiter.empty() ? Value::none() : x->fut_waiter;
    });
    vm::add_getset(t, "_must_cancel", [](const Value& s) { return Value::boolean(getter_task(s)->must_cancel); });
    vm::add_getset(t, "_num_cancels_requested",
                   [](const Value& s) { return Value::small_int(getter_task(s)->num_cancels_requested); });
    vm::add_getset(
        t, "_log_destroy_pending", [](const Value& s) { return Value::boolean(getter_task(s)->log_destroy_pending); },
        [](const Value& s, const Value& v) { getter_task(s)->log_destroy_pending = vm::truthy(v); });
    types.task = t;
}

}  // namespace loopscope::aio
