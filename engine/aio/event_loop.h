// The event loop core (_asyncio.EventLoop; asyncio's BaseEventLoop minus the Python-level
// parts in engine/stdlib/asyncio/base_events.py): a ready queue of Handles, a timer heap
// ordered by (deadline, scheduling order), and run_once.
//
// One turn (run_once), exactly CPython's _run_once on a virtual clock:
//   1. drop cancelled timers from the top of the heap;
//   2. if nothing is ready: jump the clock to the earliest deadline (capped at one day per
//      turn, as CPython caps select()); with no timer either, the run is deadlocked;
//   3. move every timer due (when < now + resolution) to the ready queue, in heap order;
//   4. run exactly the handles that were ready when step 3 ended — callbacks they schedule
//      wait for the next turn.
// The resolution is 1 ns, except right after an idle jump: then timers due within
// kIdleWakeWindow of the jump target fire in the same turn. A real loop's select() wakes
// late and collects them together; here it absorbs the few microseconds of virtual CPU time
// between timers that a CPU-free CPython run would see as exact ties (see docs/aio.md).
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "aio/handle.h"
#include "vm/dict.h"
#include "vm/object.h"

namespace loopscope::aio {

struct TaskObject;

inline constexpr double kClockResolution = 1e-9;     // time.get_clock_info('monotonic') on Linux
inline constexpr double kIdleWakeWindow = 1e-3;      // see above and docs/aio.md
inline constexpr double kMaximumSelectTimeout = 24 * 3600;  // asyncio.base_events

struct EventLoopObject : vm::Object {
    ~EventLoopObject() override;
    void clear_references() override;
    vm::DictObject* attribute_dict(bool create) override;
    size_t footprint() const override { return sizeof(EventLoopObject); }

    std::deque<Ref<HandleObject>> ready;
    // Binary heap (std::push_heap with TimerAfter): the top is the earliest (when, seq).
    std::vector<Ref<HandleObject>> timers;
    size_t timer_cancelled_count = 0;  // cancelled handles still in `timers`
    bool stopping = false;
    bool closed = false;
    bool running = false;
    bool debug = false;
    double slow_callback_duration = 0.1;
    Value task_factory;       // None: Task
    Value exception_handler;  // None: default_exception_handler
    Value current_task;       // the task whose step runs now (None between steps)
    Value current_handle;     // debug mode: the handle running
    uint64_t turn = 0;        // run_once count, for the trace
    Value saved_firstiter, saved_finalizer;  // async generator hooks replaced by run_forever
    // Every task created on this loop and not yet destroyed, in creation order (weak).
    TaskObject* tasks_head = nullptr;
    TaskObject* tasks_tail = nullptr;
    Ref<vm::DictObject> dict;
};

struct TimerAfter {  // heap order: the earliest deadline on top; equal deadlines FIFO
    bool operator()(const Ref<HandleObject>& a, const Ref<HandleObject>& b) const {
        return a->when != b->when ? a->when > b->when : a->seq > b->seq;
    }
};

EventLoopObject* as_loop(const Value& v);  // nullptr unless v is an _asyncio.EventLoop
double loop_time();
void check_closed(EventLoopObject* loop);

Ref<HandleObject> call_soon(EventLoopObject* loop, Value callback, std::vector<Value> args, Value context);
Ref<HandleObject> call_at(EventLoopObject* loop, double when, Value callback, std::vector<Value> args,
                          Value context);
void timer_handle_cancelled(EventLoopObject* loop, HandleObject* h);

// Runs one turn (see above). Throws RunAborted when the loop is deadlocked.
void run_once(EventLoopObject* loop);
void run_forever(EventLoopObject* loop);

// Tasks registry (weak, creation order).
void register_task(EventLoopObject* loop, TaskObject* t);
void unregister_task(TaskObject* t);
// loop.create_task(coro, name=, context=) honouring the task factory.
Value loop_create_task(const Value& loop, Value coro, Value name, Value context);
// loop.call_exception_handler(context) — the Python-level method (overridable).
void call_exception_handler(const Value& loop, Ref<vm::DictObject> context);

void install_event_loop_type();

}  // namespace loopscope::aio
