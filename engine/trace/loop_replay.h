// LoopReplay: the event loop's state (ready queue, timer heap, running task and callback)
// rebuilt the plain way — apply events one at a time to maps, following the reconstruction
// contract of event.h. It is the reference the fast LoopIndex (loop_index.h, what TraceModel
// uses) is tested against, and small enough to check by reading.
//
// Tolerant of any event sequence (a trace file may be hand-written or damaged): an event
// that refers to something absent is ignored, never trusted.
#pragma once

#include <cstdint>
#include <deque>
#include <limits>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

#include "trace/event.h"
#include "trace/trace_model.h"

namespace loopscope::trace {

// A handle waiting in the ready queue; its name comes from the event that queued it (`seq`).
struct ReadySlot {
    uint64_t handle = 0;
    uint64_t seq = 0;     // the handle_scheduled / timer_fired event that queued it
    uint32_t task = 0;    // the task whose step/wakeup it is (0: a callback)
    bool cancelled = false;
};

// A timer in the heap.
struct TimerSlot {
    double when = 0;
    uint64_t handle = 0;
    uint64_t seq = 0;     // its timer_scheduled event
    uint32_t task = 0;    // the task it wakes, when known
    bool cancelled = false;
};

class LoopReplay {
public:
    void apply(const Event& e);
    // The public view after the events applied so far; names and kinds are read from `events`.
    LoopState state(const std::vector<Event>& events) const;

private:
    using TimerKey = std::pair<double, uint64_t>;  // (when, handle): the heap's pop order

    void push_ready(const Event& e, uint32_t task);
    void pop_ready(uint64_t handle);
    void mark_ready_cancelled(uint64_t handle);
    void add_timer(const Event& e);
    void remove_timer(uint64_t handle);
    void mark_timer_cancelled(uint64_t handle);
    void end_step(uint32_t task);
    void end_callback(uint64_t handle);

    uint64_t seq_ = kNoSeq;
    uint64_t t_ns_ = 0;
    uint64_t turn_ = 0;
    // Invariant: ready_pos_[h] = popped_ + (index of h in ready_) for every h in ready_.
    std::deque<ReadySlot> ready_;
    std::unordered_map<uint64_t, uint64_t> ready_pos_;
    uint64_t popped_ = 0;
    // Invariant: timer_when_[h] = when for every (when, h) key in timers_ (when =
    // timer_order_when of the deadline).
    std::map<TimerKey, TimerSlot> timers_;
    std::unordered_map<uint64_t, double> timer_when_;
    std::vector<uint32_t> running_tasks_;
    std::vector<std::pair<uint64_t, uint64_t>> running_callbacks_;  // (handle, callback_begin seq)
};

// The deadline a timer is ordered by in the heap: `when`, except that a NaN deadline
// (asyncio.sleep(float("nan"))) orders as +inf — NaN compares false with everything, which
// is no ordering at all (std::sort over it is undefined behaviour).
inline double timer_order_when(double when) { return when != when ? std::numeric_limits<double>::infinity() : when; }

// The task a timer wakes, when its callback says so: a sleep's or a timeout's timer belongs
// to the task that scheduled it. 0 for other callbacks (call_later(1, print) wakes nobody).
uint32_t timer_owner(const Event& timer_scheduled);

}  // namespace loopscope::trace
