#include "aio/task_callables.h"

#include "aio/aio_state.h"
#include "aio/task.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::aio {

namespace {

struct TaskStepObject : vm::Object {
    void clear_references() override {
        task.reset();
        exc = Value();
    }
    Ref<TaskObject> task;
    Value exc;  // Empty: send None
};

struct TaskWakeupObject : vm::Object {
    void clear_references() override { task.reset(); }
    Ref<TaskObject> task;
};

Value step_call(const vm::CallArgs& a) {
    vm::no_args("TaskStepMethWrapper", a, 1);
    run_task_step_callable(a[0]);
    return Value::none();
}

Value wakeup_call(const vm::CallArgs& a) {
    vm::exact_one_arg("task_wakeup", a, 1);
    run_task_wakeup_callable(a[0], a[1]);
    return Value::none();
}

Value wakeup_eq(const vm::CallArgs& a) {
    if (!a[1].is_obj() || a[1].as_obj()->type != state().types.task_wakeup) return vm::interp().not_implemented;
    return Value::boolean(callable_task(a[0]) == callable_task(a[1]));
}

Value wakeup_hash(const vm::CallArgs& a) {
    return Value::small_int(int64_t(vm::object_serial(callable_task(a[0]))));
}

}  // namespace

Value make_task_step_callable(TaskObject* task, Value exc) {
    Ref<TaskStepObject> s = vm::make<TaskStepObject>(state().types.task_step);
    s->task = Ref<TaskObject>(task);
    s->exc = std::move(exc);
    return Value(s);
}

Value make_task_wakeup_callable(TaskObject* task) {
    Ref<TaskWakeupObject> w = vm::make<TaskWakeupObject>(state().types.task_wakeup);
    w->task = Ref<TaskObject>(task);
    return Value(w);
}

TaskObject* callable_task(const Value& callable) {
    vm::TypeObject* tp = callable.as_obj()->type;
    if (tp == state().types.task_step) return static_cast<TaskStepObject*>(callable.as_obj())->task.get();
    return static_cast<TaskWakeupObject*>(callable.as_obj())->task.get();
}

Value step_callable_exc(const Value& callable) { return static_cast<TaskStepObject*>(callable.as_obj())->exc; }

void run_task_step_callable(const Value& callable) {
    auto* s = static_cast<TaskStepObject*>(callable.as_obj());
    Ref<TaskObject> task = s->task;
    task_step(task.get(), s->exc);
}

void run_task_wakeup_callable(const Value& callable, const Value& future) {
    Ref<TaskObject> task = static_cast<TaskWakeupObject*>(callable.as_obj())->task;
    task_wakeup(task.get(), future);
}

void install_task_callable_types() {
    AioTypes& t = state().types;
    Ref<vm::TypeObject> step = vm::make_builtin_type("TaskStepMethWrapper", vm::types().object, vm::Layout::Native, false);
    step->module = "builtins";
    vm::add_method(step.get(), "__call__", step_call);
    vm::add_getset(step.get(), "__self__", [](const Value& s) { return Value(Ref<TaskObject>(callable_task(s))); });
    t.task_step = step.get();

    Ref<vm::TypeObject> wake = vm::make_builtin_type("builtin_function_or_method", vm::types().object,
                                                     vm::Layout::Native, false);
    vm::add_method(wake.get(), "__call__", wakeup_call);
    vm::add_method(wake.get(), "__eq__", wakeup_eq);
    vm::add_method(wake.get(), "__hash__", wakeup_hash);
    vm::add_getset(wake.get(), "__self__", [](const Value& s) { return Value(Ref<TaskObject>(callable_task(s))); });
    vm::add_getset(wake.get(), "__name__", [](const Value&) { return Value(vm::make_str("task_wakeup")); });
    vm::add_getset(wake.get(), "__qualname__", [](const Value&) { return Value(vm::make_str("Task.task_wakeup")); });
    vm::add_method(wake.get(), "__repr__", [](const vm::CallArgs& a) {
        std::string addr = vm::object_default_repr(Value(Ref<TaskObject>(callable_task(a[0]))));
        addr = addr.substr(addr.rfind(" at ") + 4);
        return Value(vm::make_str("<built-in method task_wakeup of _asyncio.Task object at " + addr));
    });
    t.task_wakeup = wake.get();
}

}  // namespace loopscope::aio
