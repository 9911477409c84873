// The trace: one Event per state change of a run, in order. This header is a leaf (std only):
// the asyncio runtime (engine/aio) emits events through the Recorder, the JSON writer/reader
// (trace_json.h) serialises them, and the app reads them back without the program.
//
// Every event carries its sequence number, the virtual time in ns, the actor (the task
// running when it happened; 0 = the loop itself / the main program outside any task) and the
// source line it belongs to. The kind-specific fields are listed next to each kind; a field a
// kind does not use keeps its default (and is omitted from the JSON).
//
// Reconstruction contract (what the events alone must answer at any sequence number):
//   ready queue  = HandleScheduled/TimerFired append `handle`; StepBegin/CallbackBegin/
//                  HandleSkipped remove it (the loop pops from the front, in order);
//   timer heap   = TimerScheduled adds (`when`, ordered by (when, handle)), TimerFired and
//                  TimerDiscarded remove, TimerCancelled marks cancelled;
//   running task = between StepBegin and StepSuspend/TaskDone of the same task;
//   task states  = TaskCreated -> (step scheduled) -> StepBegin -> StepSuspend (waiting on
//                  `future`) -> HandleScheduled (woken, ready) -> ... -> TaskDone;
//   stderr       = Stderr and Warning events, in seq order: every byte the run wrote to
//                  stderr is in exactly one of them (a warning's detail is its stderr text).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::trace {

// X(name, json_name): the kinds, in one list so the enum, names and parser agree.
#define LS_TRACE_EVENT_KINDS(X)                                                               \
    X(LoopStart, "loop_start")           /* run_forever begins                              */ \
    X(LoopStop, "loop_stop")             /* run_forever returns                             */ \
    X(Turn, "turn")                      /* one _run_once: count = turn number, detail =    */ \
                                         /* "ready=N timers=M"; when = idle jump target     */ \
    X(TaskCreated, "task_created")       /* task, name, detail = coroutine, future = its id */ \
    X(StepBegin, "step_begin")           /* task, handle run; future = what woke it; what = */ \
                                         /* "start"|"wakeup"|"yield"|"throw"; detail = text */ \
    X(StepSuspend, "step_suspend")       /* task, future awaited (0: bare yield); what =    */ \
                                         /* kind ("sleep", "task", "lock", ...); detail     */ \
    X(TaskDone, "task_done")             /* task; what = result|exception|cancelled; detail */ \
    X(CancelRequested, "cancel_requested") /* task = target (actor = who); detail = msg     */ \
    X(CancelDelivered, "cancel_delivered") /* task: CancelledError thrown into its coroutine */ \
    X(FutureDone, "future_done")         /* future; what = result|exception|cancelled       */ \
    X(HandleScheduled, "handle_scheduled") /* handle appended to the ready queue; task when */ \
                                           /* it is a step; name = callback; what = kind    */ \
    X(HandleCancelled, "handle_cancelled") /* a handle still in the ready queue cancelled   */ \
    X(HandleSkipped, "handle_skipped")   /* the loop popped a cancelled handle, ran nothing */ \
    X(TimerScheduled, "timer_scheduled") /* handle, when (loop seconds), name = callback    */ \
    X(TimerCancelled, "timer_cancelled") /* handle                                          */ \
    X(TimerFired, "timer_fired")         /* handle moved from the heap to the ready queue   */ \
    X(TimerDiscarded, "timer_discarded") /* cancelled handle dropped from the heap          */ \
    X(CallbackBegin, "callback_begin")   /* handle popped and run (not a task step); name   */ \
    X(CallbackEnd, "callback_end")       /* handle                                          */ \
    X(Print, "print")                    /* detail = text written to stdout                 */ \
    X(Warning, "warning")                /* what = kind; detail = the text on stderr        */ \
    X(LoopBlocked, "loop_blocked")       /* count = ns blocked (time.sleep on the loop)     */ \
    X(Deadlock, "deadlock")              /* detail = the message ending the run             */ \
    X(Stderr, "stderr")                  /* detail = text written to stderr that is not a   */ \
                                         /* warning (tracebacks, budget and deadlock msgs)  */ \
    X(ProgramEnd, "program_end")         /* the run ended: t = final clock, count = status  */

enum class EventKind : uint8_t {
#define LS_TRACE_KIND_ENUM(name, json) name,
    LS_TRACE_EVENT_KINDS(LS_TRACE_KIND_ENUM)
#undef LS_TRACE_KIND_ENUM
};

// "step_begin" for StepBegin; "" for an out-of-range value.
std::string_view event_kind_name(EventKind kind);
// The kind named `name`; false when there is none.
bool event_kind_from_name(std::string_view name, EventKind& out);

struct Event {
    uint64_t seq = 0;       // 0, 1, 2, ... in the order things happened
    uint64_t t_ns = 0;      // virtual time (the loop clock) in ns
    EventKind kind = EventKind::Turn;
    uint32_t actor = 0;     // the task running (0 = the loop / main program)
    int32_t file = -1;      // index into Trace::files; -1 = no source position
    int32_t line = 0;
    uint32_t task = 0;      // the task the event is about (id: creation order, from 1)
    uint64_t handle = 0;    // a Handle/TimerHandle id (from 1)
    uint64_t future = 0;    // a Future id (tasks have one too; from 1)
    double when = 0;        // timers: the deadline in loop seconds, exactly as the loop compares it
    uint64_t count = 0;     // kind-specific number (turn number, ns blocked)
    std::string name;       // task name / callback description
    std::string what;       // a short keyword (await kind, outcome, wake reason)
    std::string detail;     // human-readable text

    bool operator==(const Event&) const = default;
};

// A whole recorded run. Immutable once recorded; the app derives everything from it.
struct Trace {
    // 2: adds the stderr and program_end kinds (a version-1 trace is still read).
    static constexpr int kVersion = 2;
    std::vector<std::string> files;  // source files referred to by Event::file
    // The program's own source files (filename, text), so a trace opens without the program.
    std::vector<std::pair<std::string, std::string>> sources;
    std::vector<Event> events;

    bool operator==(const Trace&) const = default;
};

}  // namespace loopscope::trace
