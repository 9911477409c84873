// Task (asyncio.Task, CPython 3.13's C _asyncio.Task): a Future that drives a coroutine, one
// step per loop callback. The step semantics are CPython's exactly — see task.cpp.
#pragma once

#include "aio/future.h"

namespace loopscope::aio {

struct EventLoopObject;

struct TaskObject : FutureObject {
    ~TaskObject() override;
    void clear_references() override;
    void finalize() override;  // "Task was destroyed but it is pending!", then Future's
    size_t footprint() const override { return sizeof(TaskObject); }

    Value coro;
    Ref<vm::Object> coro_code;  // the coroutine's code object (its repr needs it after the frame is gone)
    // The name: a str once set; Empty while it is the default "Task-<name_number>" (formatted
    // on demand, as the C Task defers it).
    Value name;
    Value context;
    // Invariant while the task is not done (CPython's, restated):
    //   1. fut_waiter is a pending future and no step is scheduled: the task waits on it,
    //      and one of its done callbacks is this task's wakeup;
    //   2. fut_waiter is None (or done) and exactly one step is scheduled;
    //   3. fut_waiter is None, no step scheduled: the step is running right now.
    Value fut_waiter;
    // A cancel() arrived when there was no waiter to cancel (state 2 or 3): the next step
    // throws CancelledError into the coroutine instead of sending None.
    bool must_cancel = false;
    int num_cancels_requested = 0;    // cancelling(); uncancel() decrements
    bool log_destroy_pending = true;  // warn if destroyed while pending
    uint32_t task_id = 0;             // trace id: creation order, from 1
    uint32_t name_number = 0;         // the N of the default name "Task-N"
    // Weak links of the loop's task list (creation order), for all_tasks() and shutdown.
    EventLoopObject* registered_in = nullptr;
    TaskObject* prev_task = nullptr;
    TaskObject* next_task = nullptr;
};

bool is_native_task(const Value& v);
TaskObject* as_task(const Value& v);  // nullptr unless is_native_task(v)

// Task.__init__: checks the coroutine, names the task, schedules its first step (or, with
// `eager` on a running loop, runs it at once).
void task_init(TaskObject* t, Value coro, Value loop, Value name, Value context, bool eager = false);
Ref<TaskObject> new_task(EventLoopObject* loop, Value coro, Value name, Value context);
// The task's name as a str Value ("Task-3" when unnamed).
Value task_name(TaskObject* t);
std::string task_name_text(TaskObject* t);
bool task_cancel(TaskObject* t, Value msg);
// One step (__step): resumes the coroutine with `exc` thrown in, or None sent when Empty.
void task_step(TaskObject* t, Value exc);
// __wakeup: the future the task waited on is done.
void task_wakeup(TaskObject* t, const Value& fut);
// call_soon(task.__step[, exc]) in the task's context.
void task_schedule_step(TaskObject* t, Value exc);

void install_task_type();

}  // namespace loopscope::aio
