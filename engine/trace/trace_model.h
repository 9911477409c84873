// TraceModel: what a recorded Trace says about the run at any sequence number — each task's
// lifetime as state segments, the arrows between tasks, the loop's ready queue and timer heap,
// the console so far. The app draws only what this answers; it never re-derives semantics.
//
// Built once per trace in O(events); queries never rescan the whole trace:
//   - per-task segments and arrows are precomputed (binary search by seq or time);
//   - loop_state_at() starts from the nearest checkpoint (loop_index.h). Checkpoints are
//     spaced so that their total size stays O(events) (a new one after at least
//     max(4096, state size) events), so a 1M-event trace with 100k pending timers still fits
//     in memory.
//
// Any event sequence gives a model (a trace file may be damaged): what does not fit is
// skipped. docs/trace-format.md describes every query.
//
// "At seq" always means: after event `seq` has been applied (the cursor sits ON an event).
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "trace/event.h"

namespace loopscope::trace {

inline constexpr uint64_t kNoSeq = std::numeric_limits<uint64_t>::max();

enum class TaskState : uint8_t {
    Ready,      // in the ready queue (its step or wakeup scheduled), waiting for the loop
    Running,    // between step_begin and step_suspend / task_done
    Suspended,  // awaiting something (Segment::label says what)
    Done,       // finished with a result
    Cancelled,  // finished cancelled
    Failed,     // finished with an exception
};
const char* task_state_key(TaskState s);  // "ready", "running", ... (i18n key suffixes)

struct TaskInfo {
    uint32_t id = 0;           // from 1, creation order (Event::task)
    uint32_t parent = 0;       // the task that created it (0: the main program / a callback)
    std::string name;          // "Task-1", or the name= given
    std::string coro;          // coroutine qualname
    uint64_t future = 0;       // its future id
    uint64_t created_seq = 0;
    uint64_t created_ns = 0;
    int32_t file = -1, line = 0;   // where it was created
    uint64_t end_seq = kNoSeq;     // its task_done event; kNoSeq when it never finished
    uint64_t end_ns = 0;
    TaskState final_state = TaskState::Ready;  // state after the last event

    bool operator==(const TaskInfo&) const = default;
};

// One stretch of a task's life in one state. A task's segments are contiguous and ordered:
// segment i ends at the seq/time where segment i+1 begins; the first begins at created_seq,
// the last ends at event_count() / end_ns(). Terminal segments (Done, Cancelled, Failed)
// last from task_done to the end of the trace.
struct Segment {
    uint32_t task = 0;
    TaskState state = TaskState::Ready;
    uint64_t begin_seq = 0, end_seq = 0;  // [begin_seq, end_seq): end = the event ending it
    uint64_t begin_ns = 0, end_ns = 0;
    std::string label;          // short text for inside the bar: "sleep 1.0", "await Task-3", "lock"
    std::string what;           // suspend kind (step_suspend.what) or outcome (task_done.what)
    std::string detail;         // full text for tooltips (step_suspend/task_done detail)
    uint64_t awaited_future = 0;  // Suspended: the future awaited (0: bare yield)
    uint32_t awaited_task = 0;    // Suspended on another task (what == "task"): its id
    int32_t file = -1, line = 0;  // Running: line the step began at; Suspended: the await's line

    bool operator==(const Segment&) const = default;
};

enum class ArrowKind : uint8_t {
    Create,  // from the creating task's task_created event to the new task's first step
    Await,   // from a suspending task to the task it awaits (at the step_suspend)
    Wake,    // from the task/callback whose action scheduled the wakeup to the woken step_begin
};

struct Arrow {
    ArrowKind kind = ArrowKind::Create;
    uint32_t from_task = 0, to_task = 0;  // 0 = the loop lane
    uint64_t from_seq = 0, to_seq = 0;
    uint64_t from_ns = 0, to_ns = 0;

    bool operator==(const Arrow&) const = default;
};

// Things on the loop's own lane.
struct LoopSpan {
    enum class Kind : uint8_t { Blocked, Callback } kind = Kind::Blocked;
    uint64_t begin_seq = 0, end_seq = 0;
    uint64_t begin_ns = 0, end_ns = 0;
    std::string label;  // "time.sleep(2.0)", the callback's name

    bool operator==(const LoopSpan&) const = default;
};

// Point events drawn as markers on a task's lane (or the loop lane when task == 0).
struct Marker {
    enum class Kind : uint8_t { Created, CancelRequested, CancelDelivered, Exception, Warning }
        kind = Kind::Created;
    uint32_t task = 0;
    uint64_t seq = 0, t_ns = 0;
    std::string text;

    bool operator==(const Marker&) const = default;
};

struct ReadyItem {
    uint64_t handle = 0;
    uint32_t task = 0;   // the task whose step/wakeup this is; 0 for a plain callback
    std::string name;    // callback description
    std::string what;    // "step" | "wakeup" | "callback" | "timer"
    bool cancelled = false;  // handle.cancel() was called: the loop will skip it

    bool operator==(const ReadyItem&) const = default;
};

struct TimerItem {
    uint64_t handle = 0;
    double when = 0;     // loop seconds
    uint32_t task = 0;   // the task it wakes, when known (sleep timers); 0 otherwise
    std::string name;
    bool cancelled = false;

    bool operator==(const TimerItem&) const = default;
};

struct LoopState {
    uint64_t seq = kNoSeq;   // the event this is the state after (kNoSeq: before any event)
    uint64_t t_ns = 0;
    uint64_t turn = 0;       // the loop turn number (0 before the first turn)
    std::vector<ReadyItem> ready;   // front (runs next) first
    std::vector<TimerItem> timers;  // in the order the heap will pop them: (when, handle)
    size_t ready_count = 0;         // the full sizes (the lists may be cut: see loop_state_at)
    size_t timer_count = 0;
    uint32_t running_task = 0;      // 0: no task step running
    uint64_t running_callback = 0;  // handle of a running plain callback, 0: none
    std::string running_callback_name;

    bool operator==(const LoopState&) const = default;
};

struct ConsoleEntry {
    enum class Stream : uint8_t { Stdout, Stderr, Warning } stream = Stream::Stdout;
    uint64_t seq = 0;     // the event that wrote it (warnings: click jumps here)
    std::string text;     // exactly the bytes written (may hold several lines or part of one)

    bool operator==(const ConsoleEntry&) const = default;
};

class TraceModel {
public:
    explicit TraceModel(Trace trace);
    ~TraceModel();
    TraceModel(TraceModel&&) noexcept;
    TraceModel& operator=(TraceModel&&) noexcept;

    const Trace& trace() const;
    size_t event_count() const;
    uint64_t end_ns() const;  // time of the last event (program_end when present)

    const std::vector<TaskInfo>& tasks() const;       // index i = task id i+1
    const TaskInfo* task(uint32_t id) const;          // nullptr when unknown
    const std::vector<Segment>& segments(uint32_t task) const;  // ordered, contiguous
    const std::vector<Arrow>& arrows() const;         // ordered by to_seq
    const std::vector<LoopSpan>& loop_spans() const;  // ordered by begin_seq
    const std::vector<Marker>& markers() const;       // ordered by seq
    const std::vector<ConsoleEntry>& console() const; // ordered by seq; stdout, stderr, warnings

    // Indices of the events about `task` (Event::task == id or Event::actor == id), in order.
    const std::vector<uint64_t>& events_of(uint32_t task) const;

    // State queries; seq is clamped to the last event.
    LoopState loop_state_at(uint64_t seq) const;
    // The same with at most `max_items` ready handles and timers listed (those that run or
    // fire first); ready_count / timer_count still count them all. A panel showing the first
    // screenful of a 100k-timer heap pays for what it shows, not for the heap.
    LoopState loop_state_at(uint64_t seq, size_t max_items) const;
    TaskState task_state_at(uint32_t task, uint64_t seq) const;  // Ready before creation too
    const Segment* segment_at(uint32_t task, uint64_t seq) const;  // nullptr before creation
    bool task_exists_at(uint32_t task, uint64_t seq) const;
    // Number of console entries with entry.seq <= seq (the console shows [0, n)).
    size_t console_count_at(uint64_t seq) const;
    // The last event with t_ns <= ns (0 when none).
    uint64_t seq_at_time(uint64_t ns) const;

    // Loop-state snapshots kept (>= 1: the empty state before the first event); for tests
    // and the benchmark.
    size_t checkpoint_count() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace loopscope::trace
