// The small callables a Task schedules on the loop, as CPython's C Task does:
//   TaskStepMethWrapper — `call_soon(task.__step, exc)`: the handle's callback for a step;
//   task_wakeup         — the done callback a waiting task adds to the future it awaits
//                         (futures print it as cb=[Task.task_wakeup()]).
// The loop recognises both and calls the task code directly; Python code may still call
// them (they are ordinary callables).
#pragma once

#include "vm/object.h"

namespace loopscope::aio {

struct TaskObject;

vm::Value make_task_step_callable(TaskObject* task, vm::Value exc);
vm::Value make_task_wakeup_callable(TaskObject* task);
// The task a step/wakeup callable belongs to.
TaskObject* callable_task(const vm::Value& callable);
// The exception a step callable throws in (Empty: none).
vm::Value step_callable_exc(const vm::Value& callable);
void run_task_step_callable(const vm::Value& callable);
void run_task_wakeup_callable(const vm::Value& callable, const vm::Value& future);

void install_task_callable_types();

}  // namespace loopscope::aio
