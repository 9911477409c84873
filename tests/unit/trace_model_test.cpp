// TraceModel (engine/trace/trace_model.h): what a trace says at any sequence number — task
// segments, arrows, the loop's ready queue and timers, the console — checked against the
// runtime's own statements (the turn events), a naive replay, and RunResult's output.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "trace/chrome_trace.h"
#include "trace/loop_replay.h"
#include "trace/segment_labels.h"
#include "trace/trace_json.h"
#include "trace/trace_model.h"
#include "unit/trace_test_corpus.h"

namespace loopscope {
namespace {

using trace::ArrowKind;
using trace::Event;
using trace::EventKind;
using trace::Segment;
using trace::TaskState;
using trace::TraceModel;
using trace_test::corpus_programs;
using trace_test::run_corpus_program;
using trace_test::run_traced;

// True when `text` is JSON (the Chrome export of any model must be).
bool nlohmann_parse_ok(const std::string& text) { return nlohmann::json::accept(text); }

// Each corpus program runs once for the whole file.
const RunResult& corpus_run(const std::string& name) {
    static std::map<std::string, RunResult> runs;
    auto it = runs.find(name);
    if (it == runs.end()) it = runs.emplace(name, run_corpus_program(name)).first;
    return it->second;
}

// "ready=3 timers=2" -> {3, 2}.
std::pair<size_t, size_t> parse_turn_detail(const std::string& detail) {
    unsigned long ready = 0, timers = 0;
    EXPECT_EQ(std::sscanf(detail.c_str(), "ready=%lu timers=%lu", &ready, &timers), 2) << detail;
    return {ready, timers};
}

std::string concat_console(const TraceModel& model, bool want_stdout) {
    std::string text;
    for (const trace::ConsoleEntry& c : model.console()) {
        bool is_stdout = c.stream == trace::ConsoleEntry::Stream::Stdout;
        if (is_stdout == want_stdout) text += c.text;
    }
    return text;
}

// (a) At every turn the runtime writes the sizes of its ready queue and timer heap (cancelled
// timers still in the heap included); the model's replay must agree, and nothing runs.
TEST(TraceModelCorpus, TurnDetailMatchesTheReplayedLoop) {
    size_t turns = 0;
    for (const std::string& name : corpus_programs()) {
        SCOPED_TRACE(name);
        TraceModel model(corpus_run(name).trace);
        trace::LoopReplay replay;  // forward, event by event
        for (const Event& e : model.trace().events) {
            replay.apply(e);
            if (e.kind != EventKind::Turn) continue;
            ++turns;
            auto [ready, timers] = parse_turn_detail(e.detail);
            trace::LoopState s = model.loop_state_at(e.seq);
            ASSERT_EQ(s.ready.size(), ready) << "turn at seq " << e.seq;
            ASSERT_EQ(s.timers.size(), timers) << "turn at seq " << e.seq;
            EXPECT_EQ(s.turn, e.count);
            EXPECT_EQ(s.running_task, 0u) << "seq " << e.seq;
            EXPECT_EQ(s.running_callback, 0u) << "seq " << e.seq;
            ASSERT_EQ(replay.state(model.trace().events), s) << "seq " << e.seq;
        }
    }
    EXPECT_GT(turns, 1000u);
}

// Timers come out in the order the heap pops them, and the ready queue in run order: the
// handle the next step_begin/callback_begin runs is the front one.
TEST(TraceModelCorpus, ReadyFrontIsWhatRunsNextAndTimersAreInPopOrder) {
    for (const std::string& name : corpus_programs()) {
        SCOPED_TRACE(name);
        TraceModel model(corpus_run(name).trace);
        const auto& events = model.trace().events;
        for (size_t i = 1; i < events.size(); ++i) {
            const Event& e = events[i];
            bool pops = (e.kind == EventKind::StepBegin && e.handle != 0) || e.kind == EventKind::CallbackBegin;
            if (!pops) continue;
            trace::LoopState before = model.loop_state_at(i - 1);
            ASSERT_FALSE(before.ready.empty()) << "seq " << i;
            EXPECT_EQ(before.ready.front().handle, e.handle) << "seq " << i;
            for (size_t k = 1; k < before.timers.size(); ++k) {
                const auto& a = before.timers[k - 1];
                const auto& b = before.timers[k];
                EXPECT_TRUE(a.when < b.when || (a.when == b.when && a.handle < b.handle));
            }
        }
    }
}

// A program with well over 10k events and thousands of pending timers.
std::string many_timers_program() {
    return R"(import asyncio

async def sleeper(i):
    try:
        await asyncio.sleep((i * 7919) % 1000 / 100)
    except asyncio.CancelledError:
        return -1
    return i

async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(3000)]
    await asyncio.sleep(2.5)
    for t in tasks[::3]:
        t.cancel()
    loop = asyncio.get_running_loop()
    for i in range(200):
        loop.call_later(i / 50, print, "tick", i) if i % 20 == 0 else loop.call_later(i / 50, len, "x")
    results = await asyncio.gather(*tasks)
    print(sum(results))

asyncio.run(main())
)";
}

// (b) Restoring a checkpoint and replaying gives exactly the naive replay from the start.
TEST(TraceModelCheckpoints, LoopStateAtEqualsAFullReplay) {
    RunResult run = run_traced(many_timers_program());
    ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
    TraceModel model(run.trace);
    const auto& events = model.trace().events;
    ASSERT_GT(events.size(), 20000u);
    ASSERT_GT(model.checkpoint_count(), 3u);

    std::mt19937_64 rng(12345);
    std::vector<uint64_t> wanted;
    for (int i = 0; i < 300; ++i) wanted.push_back(rng() % events.size());
    for (uint64_t s = 0; s < events.size(); s += 4096) wanted.push_back(s);  // near checkpoints
    for (uint64_t s = 4090; s < 4100 && s < events.size(); ++s) wanted.push_back(s);
    wanted.push_back(events.size() - 1);
    std::sort(wanted.begin(), wanted.end());

    trace::LoopReplay naive;
    size_t next = 0, max_timers = 0;
    for (uint64_t w : wanted) {
        for (; next <= w; ++next) naive.apply(events[next]);
        trace::LoopState expected = naive.state(events);
        max_timers = std::max(max_timers, expected.timers.size());
        ASSERT_EQ(model.loop_state_at(w), expected) << "seq " << w;
        // A cut list is the full list's beginning, with the full counts.
        trace::LoopState cut = model.loop_state_at(w, 5);
        EXPECT_EQ(cut.ready_count, expected.ready.size());
        EXPECT_EQ(cut.timer_count, expected.timers.size());
        expected.ready.resize(std::min<size_t>(5, expected.ready.size()));
        expected.timers.resize(std::min<size_t>(5, expected.timers.size()));
        ASSERT_EQ(cut, expected) << "seq " << w;
    }
    EXPECT_GT(max_timers, 1000u);  // the checkpoints really held a big heap
    // Past the end clamps to the last event.
    EXPECT_EQ(model.loop_state_at(trace::kNoSeq), model.loop_state_at(events.size() - 1));
}

// (c) Segments: contiguous, ordered, from creation to the end of the trace, ending in the
// state task_done says.
TEST(TraceModelCorpus, SegmentsAreContiguousAndEndAsTaskDoneSays) {
    for (const std::string& name : corpus_programs()) {
        SCOPED_TRACE(name);
        TraceModel model(corpus_run(name).trace);
        for (const trace::TaskInfo& t : model.tasks()) {
            SCOPED_TRACE(t.name);
            ASSERT_NE(model.task(t.id), nullptr);
            const std::vector<Segment>& segs = model.segments(t.id);
            ASSERT_FALSE(segs.empty());
            EXPECT_EQ(segs.front().begin_seq, t.created_seq);
            EXPECT_EQ(segs.front().begin_ns, t.created_ns);
            EXPECT_EQ(segs.back().end_seq, model.event_count());
            for (size_t i = 0; i < segs.size(); ++i) {
                EXPECT_EQ(segs[i].task, t.id);
                EXPECT_LT(segs[i].begin_seq, segs[i].end_seq);
                EXPECT_LE(segs[i].begin_ns, segs[i].end_ns);
                if (i > 0) {
                    EXPECT_EQ(segs[i - 1].end_seq, segs[i].begin_seq);
                    EXPECT_EQ(segs[i - 1].end_ns, segs[i].begin_ns);
                    EXPECT_FALSE(segs[i - 1].state == segs[i].state && segs[i - 1].label == segs[i].label &&
                                 segs[i].state != TaskState::Running)
                        << "two equal segments in a row at seq " << segs[i].begin_seq;
                }
                bool terminal = segs[i].state == TaskState::Done || segs[i].state == TaskState::Cancelled ||
                                segs[i].state == TaskState::Failed;
                EXPECT_EQ(terminal, i + 1 == segs.size() && t.end_seq != trace::kNoSeq);
            }
            EXPECT_EQ(t.final_state, segs.back().state);
            if (t.end_seq != trace::kNoSeq) {
                const Event& done = model.trace().events[t.end_seq];
                ASSERT_EQ(done.kind, EventKind::TaskDone);
                TaskState want = done.what == "cancelled"   ? TaskState::Cancelled
                                 : done.what == "exception" ? TaskState::Failed
                                                            : TaskState::Done;
                EXPECT_EQ(segs.back().state, want);
                EXPECT_EQ(segs.back().begin_seq, t.end_seq);
            }
            // The running task of the loop state is the task whose Running segment covers seq.
            for (const Segment& s : segs) {
                if (s.state != TaskState::Running) continue;
                EXPECT_EQ(model.loop_state_at(s.begin_seq).running_task, t.id);
                EXPECT_EQ(model.task_state_at(t.id, s.begin_seq), TaskState::Running);
                EXPECT_EQ(model.segment_at(t.id, s.end_seq - 1), &s);
            }
            if (t.created_seq > 0) {
                EXPECT_FALSE(model.task_exists_at(t.id, t.created_seq - 1));
                EXPECT_EQ(model.segment_at(t.id, t.created_seq - 1), nullptr);
            }
            EXPECT_TRUE(model.task_exists_at(t.id, t.created_seq));
        }
    }
}

// Every task's events are indexed under it; arrows and markers are ordered.
TEST(TraceModelCorpus, EventIndexArrowsAndMarkersAreOrdered) {
    for (const std::string& name : corpus_programs()) {
        SCOPED_TRACE(name);
        TraceModel model(corpus_run(name).trace);
        size_t indexed = 0;
        for (const trace::TaskInfo& t : model.tasks()) {
            const auto& seqs = model.events_of(t.id);
            EXPECT_TRUE(std::is_sorted(seqs.begin(), seqs.end()));
            for (uint64_t s : seqs) {
                const Event& e = model.trace().events[s];
                EXPECT_TRUE(e.task == t.id || e.actor == t.id);
            }
            indexed += seqs.size();
        }
        size_t expected = 0;
        for (const Event& e : model.trace().events) expected += (e.task != 0) + (e.actor != 0 && e.actor != e.task);
        EXPECT_EQ(indexed, expected);
        const auto& arrows = model.arrows();
        for (size_t i = 0; i < arrows.size(); ++i) {
            EXPECT_LE(arrows[i].from_seq, arrows[i].to_seq);
            EXPECT_LE(arrows[i].from_ns, arrows[i].to_ns);
            if (i) EXPECT_LE(arrows[i - 1].to_seq, arrows[i].to_seq);
        }
        for (size_t i = 1; i < model.markers().size(); ++i) EXPECT_LE(model.markers()[i - 1].seq, model.markers()[i].seq);
        for (size_t i = 1; i < model.loop_spans().size(); ++i) {
            EXPECT_LE(model.loop_spans()[i - 1].begin_seq, model.loop_spans()[i].begin_seq);
        }
    }
}

const char* kGather = R"(import asyncio

async def job(n, delay):
    await asyncio.sleep(delay)
    print("finished", n)
    return n * n

async def main():
    results = await asyncio.gather(job(1, 0.3), job(2, 0.1), job(3, 0.2))
    print(results)

asyncio.run(main())
)";

uint64_t first_event(const TraceModel& m, EventKind kind, uint32_t task, const std::string& what = "") {
    for (const Event& e : m.trace().events) {
        if (e.kind == kind && e.task == task && (what.empty() || e.what == what)) return e.seq;
    }
    ADD_FAILURE() << "no such event";
    return 0;
}

// (d) A small gather program, checked state by state.
TEST(TraceModelGather, StatesLabelsArrowsAndLoopState) {
    RunResult run = run_traced(kGather);
    ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
    TraceModel m(run.trace);
    ASSERT_GE(m.tasks().size(), 4u);
    EXPECT_EQ(m.task(1)->name, "Task-1");
    EXPECT_EQ(m.task(1)->coro, "main");
    EXPECT_EQ(m.task(1)->parent, 0u);
    for (uint32_t id : {2u, 3u, 4u}) {
        EXPECT_EQ(m.task(id)->coro, "job");
        EXPECT_EQ(m.task(id)->parent, 1u);
        EXPECT_EQ(m.task(id)->line, 9);
        EXPECT_EQ(m.task(id)->final_state, TaskState::Done);
    }
    EXPECT_EQ(m.task(99), nullptr);
    EXPECT_TRUE(m.segments(99).empty());

    // main suspends on the gather: "gather (3)" at line 9, no awaited task.
    uint64_t main_waits = first_event(m, EventKind::StepSuspend, 1);
    const Segment* s = m.segment_at(1, main_waits);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->state, TaskState::Suspended);
    EXPECT_EQ(s->label, "gather (3)");
    EXPECT_EQ(s->what, "gather");
    EXPECT_EQ(s->detail, "gather of 3");
    EXPECT_EQ(s->line, 9);
    EXPECT_EQ(s->awaited_task, 0u);
    // At that moment the three children are created and ready, queued in creation order.
    trace::LoopState ls = m.loop_state_at(main_waits);
    EXPECT_EQ(ls.running_task, 0u);
    ASSERT_EQ(ls.ready.size(), 3u);
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(ls.ready[i].task, uint32_t(i + 2));
        EXPECT_EQ(ls.ready[i].what, "step");
        EXPECT_EQ(ls.ready[i].name, "Task-" + std::to_string(i + 2) + " step");
        EXPECT_EQ(m.task_state_at(uint32_t(i + 2), main_waits), TaskState::Ready);
    }
    EXPECT_TRUE(ls.timers.empty());

    // Task-3 (job 2, 0.1 s) sleeping: label "sleep 0.1"; three timers pending, the 0.1 one first.
    uint64_t t3_sleeps = first_event(m, EventKind::StepSuspend, 3);
    EXPECT_EQ(m.segment_at(3, t3_sleeps)->label, "sleep 0.1");
    EXPECT_EQ(m.segment_at(3, t3_sleeps)->line, 4);
    uint64_t t4_sleeps = first_event(m, EventKind::StepSuspend, 4);
    ls = m.loop_state_at(t4_sleeps);
    ASSERT_EQ(ls.timers.size(), 3u);
    EXPECT_EQ(ls.timers[0].task, 3u);
    EXPECT_EQ(ls.timers[1].task, 4u);
    EXPECT_EQ(ls.timers[2].task, 2u);
    EXPECT_EQ(ls.timers[0].name, "_set_result_unless_cancelled");
    EXPECT_LT(ls.timers[0].when, ls.timers[1].when);

    // While Task-3 runs after its wakeup, it is the running task and Task-2 still sleeps.
    uint64_t t3_wakes = first_event(m, EventKind::StepBegin, 3, "wakeup");
    ls = m.loop_state_at(t3_wakes);
    EXPECT_EQ(ls.running_task, 3u);
    EXPECT_EQ(m.task_state_at(3, t3_wakes), TaskState::Running);
    EXPECT_EQ(m.task_state_at(2, t3_wakes), TaskState::Suspended);
    EXPECT_EQ(m.segment_at(3, t3_wakes)->label, "job");
    EXPECT_EQ(m.segment_at(3, t3_wakes)->line, 4);

    // Arrows: main creates each child; each child's wakeup comes from the loop (a timer
    // callback); main's wakeup comes from the gather's done callback (the loop lane).
    int creates = 0, wakes = 0;
    for (const trace::Arrow& a : m.arrows()) {
        if (a.kind == ArrowKind::Create && a.from_task == 1) {
            ++creates;
            EXPECT_EQ(m.trace().events[a.to_seq].kind, EventKind::StepBegin);
            EXPECT_EQ(m.trace().events[a.from_seq].kind, EventKind::TaskCreated);
        }
        if (a.kind == ArrowKind::Wake && a.to_task >= 2 && a.to_task <= 4) {
            ++wakes;
            EXPECT_EQ(a.from_task, 0u);
            EXPECT_EQ(m.trace().events[a.from_seq].kind, EventKind::HandleScheduled);
        }
    }
    EXPECT_EQ(creates, 3);
    EXPECT_EQ(wakes, 3);

    // The console: four prints, in order, each with its seq.
    ASSERT_EQ(m.console().size(), 4u);
    EXPECT_EQ(m.console()[0].text, "finished 2\n");
    EXPECT_EQ(m.console()[3].text, "[1, 4, 9]\n");
    EXPECT_EQ(m.console_count_at(m.console()[0].seq - 1), 0u);
    EXPECT_EQ(m.console_count_at(m.console()[0].seq), 1u);
    EXPECT_EQ(m.console_count_at(trace::kNoSeq), 4u);

    // Time: the last event is program_end at the run's final clock.
    EXPECT_EQ(m.trace().events.back().kind, EventKind::ProgramEnd);
    EXPECT_EQ(m.end_ns(), run.virtual_ns);
    EXPECT_EQ(m.seq_at_time(m.end_ns()), m.event_count() - 1);
    EXPECT_EQ(m.seq_at_time(0), 0u);
    uint64_t t = m.trace().events[t3_wakes].t_ns;
    uint64_t at = m.seq_at_time(t);
    EXPECT_LE(m.trace().events[at].t_ns, t);
    EXPECT_TRUE(at + 1 == m.event_count() || m.trace().events[at + 1].t_ns > t);
}

TEST(TraceModelLabels, AwaitOfATaskNamesItAndDrawsAnAwaitArrow) {
    RunResult run = run_traced(R"(import asyncio
async def child():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(child(), name="kid")
    await t
    lock = asyncio.Lock()
    q = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(q.get())
        tg.create_task(q.put(1))
asyncio.run(main())
)");
    ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
    TraceModel m(run.trace);
    bool await_kid = false, taskgroup = false, queue_get = false;
    for (const Segment& s : m.segments(1)) {
        if (s.label == "await kid") {
            await_kid = true;
            EXPECT_EQ(s.awaited_task, 2u);
        }
        taskgroup |= s.label == "TaskGroup";
    }
    for (const trace::TaskInfo& t : m.tasks()) {
        for (const Segment& s : m.segments(t.id)) queue_get |= s.label == "queue get";
    }
    EXPECT_TRUE(await_kid);
    EXPECT_TRUE(taskgroup);
    EXPECT_TRUE(queue_get);
    bool arrow = false;
    for (const trace::Arrow& a : m.arrows()) arrow |= a.kind == ArrowKind::Await && a.from_task == 1 && a.to_task == 2;
    EXPECT_TRUE(arrow);
}

TEST(TraceModelLabels, EveryAwaitKindHasAShortLabel) {
    struct Case {
        const char* what;
        const char* detail;
        const char* awaited;
        const char* label;
    };
    const Case cases[] = {
        {"sleep", "sleep(1.0) until t=1.000", "", "sleep 1.0"},
        {"sleep", "sleep(0.30000000000000004) until t=0.300", "", "sleep 0.30000000000000004"},
        {"yield", "sleep(0)", "", "sleep 0"},
        {"task", "task Task-3", "Task-3", "await Task-3"},
        {"task", "task kid", "", "await kid"},
        {"gather", "gather of 3", "", "gather (3)"},
        {"wait", "wait of 2 awaitables", "", "wait (2)"},
        {"taskgroup", "TaskGroup join (2 tasks left)", "", "TaskGroup"},
        {"lock", "Lock.acquire() on Lock at 0x7f0000000030", "", "lock"},
        {"queue_get", "Queue.get() (the queue is empty) on Queue at 0x1", "", "queue get"},
        {"queue_put", "Queue.put() (the queue is full) on Queue at 0x1", "", "queue put"},
        {"event", "Event.wait() on Event at 0x1", "", "event"},
        {"condition", "Condition.wait() on Condition at 0x1", "", "condition"},
        {"semaphore", "Semaphore.acquire() on Semaphore at 0x1", "", "semaphore"},
        {"shield", "shield()", "", "shield"},
        {"future", "a Future (#4)", "", "future"},
        {"as_completed", "", "", "as completed"},
        {"cancel_and_wait", "a cancelled awaitable to finish", "", "cancelling"},
        {"error", "Task got bad yield: 1", "", "bad yield"},
        {"", "", "", "waiting"},
    };
    for (const Case& c : cases) EXPECT_EQ(trace::suspend_label(c.what, c.detail, c.awaited), c.label) << c.what;
    EXPECT_EQ(trace::done_label("result"), "done");
    EXPECT_EQ(trace::done_label("exception"), "failed");
    EXPECT_EQ(trace::done_label("cancelled"), "cancelled");
}

TEST(TraceModelMarkers, CancelAndExceptionMarkers) {
    RunResult run = run_traced(R"(import asyncio
async def boom():
    raise ValueError("x")
async def main():
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("stop")
    b = asyncio.create_task(boom())
    await asyncio.gather(t, b, return_exceptions=True)
asyncio.run(main())
)");
    ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
    TraceModel m(run.trace);
    std::map<trace::Marker::Kind, int> kinds;
    for (const trace::Marker& mk : m.markers()) {
        ++kinds[mk.kind];
        if (mk.kind == trace::Marker::Kind::CancelRequested) {
            EXPECT_EQ(mk.task, 2u);
            EXPECT_NE(mk.text.find("stop"), std::string::npos) << mk.text;
        }
        if (mk.kind == trace::Marker::Kind::Exception) {
            EXPECT_EQ(mk.task, 3u);
            EXPECT_NE(mk.text.find("ValueError"), std::string::npos) << mk.text;
        }
    }
    EXPECT_EQ(kinds[trace::Marker::Kind::CancelRequested], 1);
    EXPECT_EQ(kinds[trace::Marker::Kind::CancelDelivered], 1);
    EXPECT_EQ(kinds[trace::Marker::Kind::Exception], 1);
    EXPECT_GE(kinds[trace::Marker::Kind::Created], 3);
    EXPECT_EQ(m.task(2)->final_state, TaskState::Cancelled);
    EXPECT_EQ(m.task(3)->final_state, TaskState::Failed);
}

// (e) The console, concatenated, is exactly what the run wrote: stdout from print events,
// stderr from stderr + warning events.
void expect_console_reproduces(const RunResult& run) {
    TraceModel m(run.trace);
    EXPECT_EQ(concat_console(m, true), run.stdout_text);
    EXPECT_EQ(concat_console(m, false), run.stderr_text);
    ASSERT_FALSE(m.trace().events.empty());
    const Event& end = m.trace().events.back();
    EXPECT_EQ(end.kind, EventKind::ProgramEnd);
    EXPECT_EQ(end.count, uint64_t(run.exit_code));
    EXPECT_EQ(end.t_ns, run.virtual_ns);
}

TEST(TraceModelConsole, ReproducesOutputOfEveryCorpusProgram) {
    for (const std::string& name : corpus_programs()) {
        SCOPED_TRACE(name);
        expect_console_reproduces(corpus_run(name));
    }
}

TEST(TraceModelConsole, ReproducesTracebacksWarningsAndBudgetMessages) {
    const char* programs[] = {
        "print('a')\nraise ValueError('bad')\n",                       // traceback
        "import sys\nsys.stderr.write('x')\nprint('y')\nsys.exit('bye')\n",  // exit message
        "x = (\n",                                                         // syntax error
        "while True:\n    pass\n",                                         // step budget
        "import asyncio\nasync def f():\n    pass\nf()\nprint('end')\n",   // never awaited
        "import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n",  // deadlock
        "import asyncio\nasync def bad():\n    raise KeyError(1)\nasync def main():\n"
        "    asyncio.create_task(bad())\n    await asyncio.sleep(0.1)\nasyncio.run(main())\n",  // never retrieved
        "import warnings\nwarnings.warn('careful')\nprint(1)\n",
    };
    for (const char* source : programs) {
        SCOPED_TRACE(source);
        RunOptions options;
        options.filename = "prog.py";
        options.record_trace = true;
        options.limits.max_steps = 100000;
        RunResult run = run_program(source, options);
        EXPECT_FALSE(run.stderr_text.empty());
        expect_console_reproduces(run);
    }
}

// A program without asyncio records its prints with the student's file and line.
TEST(TraceModelConsole, SynchronousProgramPrintsCarryTheirLines) {
    RunResult run = run_traced("def f(x):\n    print('in f', x)\n\nprint('hi')\nf(3)\n");
    ASSERT_EQ(run.exit_code, 0);
    TraceModel m(run.trace);
    ASSERT_EQ(m.console().size(), 2u);
    const Event& first = m.trace().events[m.console()[0].seq];
    const Event& second = m.trace().events[m.console()[1].seq];
    EXPECT_EQ(first.kind, EventKind::Print);
    ASSERT_GE(first.file, 0);
    EXPECT_EQ(m.trace().files[size_t(first.file)], "prog.py");
    EXPECT_EQ(first.line, 4);
    EXPECT_EQ(second.line, 2);
    EXPECT_TRUE(m.tasks().empty());
}

// (f) A trace read back from JSON gives the same model.
void expect_same_model(const TraceModel& a, const TraceModel& b) {
    ASSERT_EQ(a.event_count(), b.event_count());
    EXPECT_EQ(a.tasks(), b.tasks());
    for (const trace::TaskInfo& t : a.tasks()) {
        EXPECT_EQ(a.segments(t.id), b.segments(t.id));
        EXPECT_EQ(a.events_of(t.id), b.events_of(t.id));
    }
    EXPECT_EQ(a.arrows(), b.arrows());
    EXPECT_EQ(a.loop_spans(), b.loop_spans());
    EXPECT_EQ(a.markers(), b.markers());
    EXPECT_EQ(a.console(), b.console());
    EXPECT_EQ(a.end_ns(), b.end_ns());
    for (uint64_t s = 0; s < a.event_count(); s += 1 + a.event_count() / 50) {
        EXPECT_EQ(a.loop_state_at(s), b.loop_state_at(s));
    }
}

TEST(TraceModelJson, ModelFromJsonEqualsModelFromMemory) {
    for (const std::string& name : corpus_programs()) {
        SCOPED_TRACE(name);
        const trace::Trace& t = corpus_run(name).trace;
        expect_same_model(TraceModel(t), TraceModel(trace::from_json(trace::to_json(t))));
    }
}

TEST(TraceModelJson, ProgramEndAndStderrRoundTrip) {
    RunResult run = run_traced("import sys\nprint('x')\nsys.stderr.write('e')\nsys.exit(3)\n");
    EXPECT_EQ(run.exit_code, 3);
    std::string json = trace::to_json(run.trace);
    EXPECT_NE(json.find("\"kind\":\"stderr\""), std::string::npos);
    EXPECT_NE(json.find("\"kind\":\"program_end\""), std::string::npos);
    EXPECT_EQ(trace::from_json(json), run.trace);
}

// Bad input never crashes: events out of any sensible order still give a model.
TEST(TraceModelRobustness, NonsenseEventsAreTolerated) {
    trace::Trace t;
    auto ev = [&](EventKind k, uint32_t task, uint64_t handle) {
        Event e;
        e.kind = k;
        e.task = task;
        e.handle = handle;
        e.t_ns = t.events.size();
        t.events.push_back(e);
    };
    ev(EventKind::StepBegin, 7, 3);         // unknown task, unknown handle
    ev(EventKind::TaskCreated, 4000000000u, 0);  // an id no trace could reach
    ev(EventKind::TaskCreated, 1, 0);
    ev(EventKind::TaskCreated, 1, 0);       // twice
    ev(EventKind::TaskDone, 1, 0);
    ev(EventKind::StepBegin, 1, 0);         // after done
    ev(EventKind::TimerFired, 0, 9);
    ev(EventKind::HandleSkipped, 0, 9);
    ev(EventKind::HandleSkipped, 0, 9);
    ev(EventKind::CallbackEnd, 0, 5);
    ev(EventKind::TimerScheduled, 0, 5);
    ev(EventKind::TimerScheduled, 0, 5);
    ev(EventKind::HandleScheduled, 0, 6);
    ev(EventKind::HandleScheduled, 0, 7);
    ev(EventKind::HandleScheduled, 0, 8);
    ev(EventKind::StepBegin, 1, 7);         // from the middle of the queue
    TraceModel m(t);
    EXPECT_EQ(m.tasks().size(), 1u);
    EXPECT_EQ(m.task(1)->final_state, TaskState::Done);
    trace::LoopState s = m.loop_state_at(trace::kNoSeq);
    ASSERT_EQ(s.ready.size(), 2u);
    EXPECT_EQ(s.ready[0].handle, 6u);
    EXPECT_EQ(s.ready[1].handle, 8u);
    EXPECT_EQ(s.timers.size(), 1u);
    TraceModel empty(trace::Trace{});
    EXPECT_EQ(empty.event_count(), 0u);
    EXPECT_EQ(empty.loop_state_at(5).seq, trace::kNoSeq);
    EXPECT_EQ(empty.seq_at_time(10), 0u);
    EXPECT_EQ(empty.console_count_at(3), 0u);
}

// A damaged file whose clock goes back: each time is raised to the one before it, so every
// query that binary-searches by time (segments, loop spans, markers, seq_at_time) sees
// sorted times.
TEST(TraceModelRobustness, TimesThatGoBackAreRaisedToThePreviousOne) {
    trace::Trace t;
    for (uint64_t ns : {5u, 100u, 7u, 200u, 0u}) {
        Event e;
        e.kind = EventKind::Print;
        e.t_ns = ns;
        t.events.push_back(e);
    }
    TraceModel m(t);
    std::vector<uint64_t> times;
    for (const Event& e : m.trace().events) times.push_back(e.t_ns);
    EXPECT_EQ(times, (std::vector<uint64_t>{5, 100, 100, 200, 200}));
    EXPECT_EQ(m.seq_at_time(150), 2u);
    EXPECT_EQ(m.end_ns(), 200u);
}

// A blocked span whose count would overflow the clock ends at the end of time, not before
// it began.
TEST(TraceModelRobustness, AHugeBlockedCountSaturates) {
    trace::Trace t;
    Event e;
    e.kind = EventKind::LoopBlocked;
    e.t_ns = 10;
    e.count = UINT64_MAX - 3;
    t.events.push_back(e);
    TraceModel m(t);
    ASSERT_EQ(m.loop_spans().size(), 1u);
    EXPECT_EQ(m.loop_spans()[0].begin_ns, 10u);
    EXPECT_EQ(m.loop_spans()[0].end_ns, UINT64_MAX);
}

// Random event soup (kinds, tasks and handles drawn from small ranges): the fast index
// agrees with the plain replay at every seq, and nothing throws or crashes.
TEST(TraceModelRobustness, RandomEventsGiveTheSameStateAsThePlainReplay) {
    const EventKind kinds[] = {EventKind::Turn,          EventKind::TaskCreated,     EventKind::StepBegin,
                               EventKind::StepSuspend,   EventKind::TaskDone,        EventKind::HandleScheduled,
                               EventKind::HandleCancelled, EventKind::HandleSkipped, EventKind::TimerScheduled,
                               EventKind::TimerCancelled, EventKind::TimerFired,     EventKind::TimerDiscarded,
                               EventKind::CallbackBegin, EventKind::CallbackEnd,     EventKind::LoopStop,
                               EventKind::Print,         EventKind::CancelRequested, EventKind::LoopBlocked};
    const char* whats[] = {"step", "wakeup", "callback", "task", "sleep", "exception", "cancelled", ""};
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        std::mt19937_64 rng(seed);
        trace::Trace t;
        uint64_t now = 0;
        for (int i = 0; i < 6000; ++i) {
            Event e;
            e.kind = kinds[rng() % std::size(kinds)];
            e.task = uint32_t(rng() % 12);
            e.actor = uint32_t(rng() % 12);
            e.handle = rng() % 40;
            e.future = rng() % 20;
            e.when = double(rng() % 50) / 10;
            e.count = rng() % 1000;
            e.what = whats[rng() % std::size(whats)];
            e.name = "cb" + std::to_string(rng() % 5);
            now += rng() % 3;
            e.t_ns = seed % 2 ? now : rng() % 10000;  // odd seeds: time never goes back
            t.events.push_back(e);
        }
        TraceModel m(t);
        trace::LoopReplay plain;
        for (const Event& e : m.trace().events) {
            plain.apply(e);
            ASSERT_EQ(m.loop_state_at(e.seq), plain.state(m.trace().events)) << "seed " << seed << " seq " << e.seq;
        }
        for (const trace::TaskInfo& info : m.tasks()) {
            const auto& segs = m.segments(info.id);
            for (size_t i = 1; i < segs.size(); ++i) ASSERT_EQ(segs[i - 1].end_seq, segs[i].begin_seq);
        }
        EXPECT_TRUE(nlohmann_parse_ok(trace::to_chrome_trace(m))) << "seed " << seed;
    }
}

}  // namespace
}  // namespace loopscope
