// LoopIndex: answers "what were the ready queue, the timer heap and the running task after
// event s?" for any s, fast, for TraceModel::loop_state_at.
//
// Every handle ever queued and every timer ever scheduled is one entry with the seqs it was
// added, cancelled and removed at, computed once in O(events). The state at s is then the
// entries alive at s (added <= s < removed), in queue order / heap order (when, handle).
// Checkpoints list the entries alive at their seq (4-byte indices, already in order); a query
// filters the nearest checkpoint's list and adds the entries queued after it. A checkpoint is
// taken once max(4096, alive entries) events have passed since the previous one, so the
// checkpoints hold O(events) indices in all and a query touches O(max(4096, state)) entries.
//
// The result is the same as LoopReplay's (loop_replay.h), the plain reference it is tested
// against, for any event sequence.
#pragma once

#include <cstdint>
#include <vector>

#include "trace/event.h"
#include "trace/trace_model.h"

namespace loopscope::trace {

class LoopIndex {
public:
    explicit LoopIndex(const std::vector<Event>& events);

    // The state after event `seq` (< events.size()), listing at most `max_items` ready
    // handles and timers. `events` is the vector the index was built from.
    LoopState state_at(const std::vector<Event>& events, uint64_t seq, size_t max_items) const;
    size_t checkpoint_count() const { return checkpoints_.size(); }

private:
    struct ReadyEntry {
        uint64_t handle = 0;
        uint64_t added = 0;  // its handle_scheduled / timer_fired event (names come from it)
        uint64_t cancelled = kNoSeq, removed = kNoSeq;
        uint32_t task = 0;   // the task whose step/wakeup it is (0: a callback)
    };
    struct TimerEntry {
        double when = 0;
        uint64_t handle = 0;
        uint64_t added = 0;  // its timer_scheduled event
        uint64_t cancelled = kNoSeq, removed = kNoSeq;
        uint32_t task = 0;   // the task it wakes, when known (timer_owner)
    };
    struct Checkpoint {
        uint64_t seq = kNoSeq;          // kNoSeq: before any event
        uint32_t next_ready = 0;        // entries from these indices on were added after seq
        uint32_t next_timer = 0;
        std::vector<uint32_t> ready;    // alive after seq, in queue order
        std::vector<uint32_t> timers;   // alive after seq, in heap order
    };

    class Builder;
    bool timer_before(uint32_t a, uint32_t b) const;

    std::vector<ReadyEntry> ready_;    // in the order queued (= queue order; pops never reorder)
    std::vector<TimerEntry> timers_;   // in the order scheduled
    // Per event: the innermost running task after it, and 1 + the index in callback_seqs_ of
    // the running callback (0: none).
    std::vector<uint32_t> running_task_;
    std::vector<uint32_t> running_callback_;
    std::vector<uint64_t> callback_seqs_;  // callback_begin events
    std::vector<uint64_t> turn_seqs_;      // turn events
    std::vector<Checkpoint> checkpoints_;  // by seq; [0] is the empty state before any event
};

}  // namespace loopscope::trace
