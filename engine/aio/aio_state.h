// Per-run state of the asyncio runtime: the `_asyncio` types, the exception classes the
// runtime raises, the running loop and the id counters. Everything here is borrowed (types
// live as long as the Interp, the running loop while it runs), so nothing outlives the run.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace loopscope::vm {
struct Frame;
struct Object;
struct TypeObject;
class Interp;
}

namespace loopscope::aio {

struct EventLoopObject;

struct AioTypes {
    vm::TypeObject* future = nullptr;
    vm::TypeObject* future_iter = nullptr;
    vm::TypeObject* task = nullptr;
    vm::TypeObject* handle = nullptr;
    vm::TypeObject* timer_handle = nullptr;
    vm::TypeObject* event_loop = nullptr;
    vm::TypeObject* task_step = nullptr;    // the callable a step is scheduled as
    vm::TypeObject* task_wakeup = nullptr;  // the done callback a waiting task registers
    vm::TypeObject* sleep0 = nullptr;       // sleep(0)'s bare-yield awaitable
    vm::TypeObject* sleep0_iter = nullptr;
};

struct AioState {
    AioTypes types;
    // asyncio.exceptions.CancelledError / InvalidStateError, fetched on first use (they are
    // Python classes, kept alive by the Interp's user_types).
    vm::TypeObject* cancelled_error = nullptr;
    vm::TypeObject* invalid_state_error = nullptr;
    EventLoopObject* running_loop = nullptr;  // set while a loop's run_forever runs
    // The Python frame that called run_forever: code below it (callbacks, task steps) is what
    // the loop runs; frames above it (asyncio.run's caller) are not where an event happens.
    vm::Frame* loop_entry_frame = nullptr;
    uint64_t task_name_counter = 0;           // "Task-N": bumped for each unnamed task
    uint32_t next_task_id = 1;                // trace ids, in creation order
    uint64_t next_future_id = 1;
    uint64_t next_handle_id = 1;
    uint64_t next_timer_seq = 1;              // tie-break of equal deadlines: first scheduled first
    uint64_t current_handle_id = 0;           // the handle the loop is running (trace)
    std::set<std::string> warned;             // warnings shown once per location
    bool logging_warning = false;             // log_warning is writing (it records itself)
    std::vector<EventLoopObject*> loops;      // every live loop, in creation order (weak)
    // contextvars' current Context (aio/context.h); nullptr until contextvars is imported.
    // Borrowed: whoever made it current keeps it alive.
    vm::Object* current_context = nullptr;
    // Task.get_stack / print_stack (asyncio.tasks._task_get_stack / _task_print_stack, set by
    // _asyncio._set_stack_functions). Borrowed: asyncio.tasks keeps them alive.
    vm::Object* task_get_stack = nullptr;
    vm::Object* task_print_stack = nullptr;
};

// The state of the run on this thread (reset by install_aio for each new Interp).
AioState& state();
// Creates the `_asyncio` module's types and registers it in interp().builtin_modules.
void install_aio(vm::Interp& in);

vm::TypeObject* cancelled_error_type();
inline uint64_t current_handle_id() { return state().current_handle_id; }
vm::TypeObject* invalid_state_error_type();

}  // namespace loopscope::aio
