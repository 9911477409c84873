// The trace recorder and its JSON form: what a run records, and the round trip.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "api/run.h"
#include "trace/recorder.h"
#include "trace/trace_json.h"

namespace loopscope {
namespace {

using trace::Event;
using trace::EventKind;

trace::Trace record(const std::string& source) {
    RunOptions options;
    options.filename = "prog.py";
    options.record_trace = true;
    RunResult r = run_program(source, options);
    EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
    return r.trace;
}

std::vector<Event> of_kind(const trace::Trace& t, EventKind kind) {
    std::vector<Event> out;
    std::copy_if(t.events.begin(), t.events.end(), std::back_inserter(out),
                 [kind](const Event& e) { return e.kind == kind; });
    return out;
}

const char* kProgram = R"(import asyncio

async def worker(lock):
    async with lock:
        await asyncio.sleep(1.5)
    return "ok"

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(worker(lock), name="a")
    b = asyncio.create_task(worker(lock), name="b")
    print(await a, await b)
    c = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    c.cancel("enough")
    await asyncio.gather(c, return_exceptions=True)

asyncio.run(main())
)";

TEST(AioTrace, OffByDefault) {
    RunOptions options;
    RunResult r = run_program("import asyncio\nasyncio.run(asyncio.sleep(1))\n", options);
    EXPECT_TRUE(r.trace.events.empty());
}

TEST(AioTrace, SequenceNumbersAndTimeAreOrdered) {
    trace::Trace t = record(kProgram);
    ASSERT_FALSE(t.events.empty());
    for (size_t i = 0; i < t.events.size(); ++i) {
        EXPECT_EQ(t.events[i].seq, i);
        if (i) EXPECT_GE(t.events[i].t_ns, t.events[i - 1].t_ns);
    }
}

TEST(AioTrace, TaskCreationNamesParentAndLine) {
    trace::Trace t = record(kProgram);
    std::vector<Event> created = of_kind(t, EventKind::TaskCreated);
    ASSERT_GE(created.size(), 3u);
    EXPECT_EQ(created[0].name, "Task-1");
    EXPECT_EQ(created[0].detail, "main");
    EXPECT_EQ(created[0].actor, 0u);
    EXPECT_EQ(created[1].name, "a");
    EXPECT_EQ(created[1].actor, created[0].task);  // created by main
    EXPECT_EQ(t.files[created[1].file], "prog.py");
    EXPECT_EQ(created[1].line, 10);
}

TEST(AioTrace, SuspendSaysWhatTheTaskAwaits) {
    trace::Trace t = record(kProgram);
    std::vector<Event> suspends = of_kind(t, EventKind::StepSuspend);
    auto has = [&](const std::string& what, const std::string& detail_part) {
        return std::any_of(suspends.begin(), suspends.end(), [&](const Event& e) {
            return e.what == what && e.detail.find(detail_part) != std::string::npos;
        });
    };
    EXPECT_TRUE(has("sleep", "sleep(1.5) until t=1.5"));
    EXPECT_TRUE(has("lock", "Lock.acquire()"));
    EXPECT_TRUE(has("task", "task a"));
    EXPECT_TRUE(has("gather", "gather of 1"));
    EXPECT_TRUE(has("yield", "sleep(0)"));
}

TEST(AioTrace, CancelIsRequestedThenDelivered) {
    trace::Trace t = record(kProgram);
    std::vector<Event> requested = of_kind(t, EventKind::CancelRequested);
    ASSERT_EQ(requested.size(), 1u);
    EXPECT_EQ(requested[0].detail, "'enough'");
    EXPECT_EQ(requested[0].actor, 1u);  // main asked
    std::vector<Event> delivered = of_kind(t, EventKind::CancelDelivered);
    ASSERT_EQ(delivered.size(), 1u);
    EXPECT_EQ(delivered[0].task, requested[0].task);
    std::vector<Event> done = of_kind(t, EventKind::TaskDone);
    EXPECT_TRUE(std::any_of(done.begin(), done.end(), [&](const Event& e) {
        return e.task == requested[0].task && e.what == "cancelled";
    }));
}

TEST(AioTrace, TimersAreScheduledFiredOrCancelled) {
    trace::Trace t = record(kProgram);
    std::vector<Event> scheduled = of_kind(t, EventKind::TimerScheduled);
    ASSERT_GE(scheduled.size(), 3u);
    EXPECT_GE(scheduled[0].when, 1.5);
    std::vector<Event> fired = of_kind(t, EventKind::TimerFired);
    std::vector<Event> cancelled = of_kind(t, EventKind::TimerCancelled);
    EXPECT_EQ(fired.size() + cancelled.size(), scheduled.size());
}

TEST(AioTrace, PrintsAreRecordedWithTheirTask) {
    trace::Trace t = record(kProgram);
    std::vector<Event> prints = of_kind(t, EventKind::Print);
    ASSERT_FALSE(prints.empty());
    EXPECT_EQ(prints[0].detail, "ok ok\n");
    EXPECT_EQ(prints[0].actor, 1u);
    EXPECT_EQ(prints[0].line, 12);
}

TEST(AioTrace, StepsBalanceAndOnlyOneTaskRunsAtATime) {
    trace::Trace t = record(kProgram);
    uint32_t running = 0;
    for (const Event& e : t.events) {
        if (e.kind == EventKind::StepBegin) {
            EXPECT_EQ(running, 0u) << "step of " << e.task << " began inside another step";
            running = e.task;
        } else if (e.kind == EventKind::StepSuspend || (e.kind == EventKind::TaskDone && e.task == running)) {
            if (e.kind == EventKind::StepSuspend) EXPECT_EQ(e.task, running);
            running = 0;
        }
    }
    EXPECT_EQ(running, 0u);
}

TEST(AioTrace, ReadyQueueCanBeReplayedFromTheEvents) {
    // Every handle that enters the ready queue leaves it exactly once, in FIFO order.
    trace::Trace t = record(kProgram);
    std::vector<uint64_t> ready;
    for (const Event& e : t.events) {
        if (e.kind == EventKind::HandleScheduled || e.kind == EventKind::TimerFired) {
            ready.push_back(e.handle);
        } else if ((e.kind == EventKind::StepBegin && e.handle) || e.kind == EventKind::CallbackBegin ||
                   e.kind == EventKind::HandleSkipped) {
            ASSERT_FALSE(ready.empty());
            EXPECT_EQ(ready.front(), e.handle) << "at seq " << e.seq;
            ready.erase(ready.begin());
        }
    }
    EXPECT_TRUE(ready.empty());
}

TEST(AioTraceJson, RoundTripGivesTheSameTraceAndTheSameBytes) {
    trace::Trace t = record(kProgram);
    std::string json = trace::to_json(t);
    trace::Trace back = trace::from_json(json);
    EXPECT_EQ(back, t);
    EXPECT_EQ(trace::to_json(back), json);
}

TEST(AioTraceJson, HandWrittenEventsRoundTrip) {
    trace::Trace t;
    t.files = {"a.py"};
    t.sources = {{"a.py", "print('é')\n"}};
    Event e;
    e.seq = 0;
    e.t_ns = 1234567890123ull;
    e.kind = EventKind::TimerScheduled;
    e.file = 0;
    e.line = 7;
    e.handle = 42;
    e.when = 0.30000000000000004;
    e.name = "cb \"quoted\"\n";
    t.events.push_back(e);
    trace::Trace back = trace::from_json(trace::to_json(t));
    EXPECT_EQ(back, t);
    EXPECT_EQ(back.events[0].when, 0.30000000000000004);
}

TEST(AioTraceJson, RejectsWhatIsNotATrace) {
    EXPECT_THROW(trace::from_json("not json"), trace::TraceFormatError);
    EXPECT_THROW(trace::from_json(R"({"format": "other", "version": 1})"), trace::TraceFormatError);
    EXPECT_THROW(trace::from_json(R"({"format": "loopscope-trace", "version": 99})"), trace::TraceFormatError);
    EXPECT_THROW(trace::from_json(R"({"format": "loopscope-trace", "version": 1, "events": [{"kind": "bogus"}]})"),
                 trace::TraceFormatError);
}

TEST(AioTraceRecorder, InternsFilesAndNumbersEvents) {
    trace::Recorder r;
    EXPECT_EQ(r.file_index("a.py"), 0);
    EXPECT_EQ(r.file_index("b.py"), 1);
    EXPECT_EQ(r.file_index("a.py"), 0);
    r.record(Event{});
    r.record(Event{});
    EXPECT_EQ(r.trace().events[1].seq, 1u);
    EXPECT_EQ(trace::active_recorder(), nullptr);
    {
        trace::RecorderScope scope(&r);
        EXPECT_EQ(trace::active_recorder(), &r);
    }
    EXPECT_EQ(trace::active_recorder(), nullptr);
}

}  // namespace
}  // namespace loopscope
