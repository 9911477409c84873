// The event loop's ordering rules and virtual clock, checked through small programs run in
// process (engine/aio/event_loop.h states the rules).
#include <gtest/gtest.h>

#include <string>

#include "api/run.h"

namespace loopscope {
namespace {

RunResult run(const std::string& source, bool trace = false) {
    RunOptions options;
    options.filename = "prog.py";
    options.argv = {"prog.py"};
    options.limits.max_steps = 20'000'000;
    options.record_trace = trace;
    return run_program(source, options);
}

std::string out(const std::string& source) {
    RunResult r = run(source);
    EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
    return r.stdout_text;
}

TEST(AioLoop, OneTurnRunsOnlyWhatWasReadyWhenItBegan) {
    // cb1 schedules cb3 while the turn that runs cb1 and cb2 is under way: cb3 waits a turn,
    // so the task's second step (scheduled before cb3) runs first.
    EXPECT_EQ(out(R"(
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    def cb1():
        print("cb1")
        loop.call_soon(print, "cb3")
    loop.call_soon(cb1)
    loop.call_soon(print, "cb2")
    await asyncio.sleep(0)
    print("main")
    await asyncio.sleep(0)
asyncio.run(main())
)"),
              "cb1\ncb2\nmain\ncb3\n");
}

TEST(AioLoop, EqualDeadlinesFireFirstScheduledFirst) {
    EXPECT_EQ(out(R"(
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 5
    for name in "dcba":
        loop.call_at(when, print, name)
    await asyncio.sleep(6)
asyncio.run(main())
)"),
              "d\nc\nb\na\n");
}

TEST(AioLoop, IdleLoopJumpsStraightToTheDeadline) {
    RunResult r = run(R"(
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(3600 * 5)
    print(f"{loop.time():.3f}")
asyncio.run(main())
)");
    EXPECT_EQ(r.stdout_text, "18000.000\n");
    EXPECT_GE(r.virtual_ns, uint64_t(18000) * 1'000'000'000);
    EXPECT_LT(r.virtual_ns, uint64_t(18001) * 1'000'000'000);
}

TEST(AioLoop, NativeCallbacksCannotSpinTheLoopForever) {
    RunOptions options;
    options.limits.max_steps = 200'000;
    RunResult r = run_program(R"(
import asyncio
loop = asyncio.new_event_loop()
def again():
    loop.call_soon(again)
loop.call_soon(again)
loop.run_forever()
)",
                              options);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.stderr_text.find("step budget"), std::string::npos) << r.stderr_text;
}

TEST(AioLoop, ClockLandsExactlyOnTheDeadlineAfterAJump) {
    // The timer fires at the first whole ns whose seconds value reaches the deadline (for a
    // deadline like 1.0, the loop then reads exactly 1.0; CPU time adds up from there).
    RunResult r = run(R"(
import asyncio
async def main():
    await asyncio.sleep(0.1 + 0.2)
asyncio.run(main())
)",
                      true);
    ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
    bool fired = false;
    for (const trace::Event& e : r.trace.events) {
        if (e.kind != trace::EventKind::TimerFired) continue;
        fired = true;
        EXPECT_GE(double(e.t_ns) / 1e9, e.when);
        EXPECT_LT(double(e.t_ns - 1) / 1e9, e.when);
    }
    EXPECT_TRUE(fired);
}

TEST(AioLoop, NoTimerIsStuckFarInTheFuture) {
    // Past ~194 days `now + 1 ns` == now in floating point; the timer must still fire.
    EXPECT_EQ(out(R"(
import asyncio
async def main():
    await asyncio.sleep(3600 * 24 * 365)
    print(f"{asyncio.get_running_loop().time():.0f}")
asyncio.run(main())
)"),
              "31536000\n");
}

TEST(AioLoop, TimersWithinTheWakeWindowFireInTheSameTurn) {
    // Two timers 0.5 ms apart: one wake-up collects both (a task woken by the first cannot
    // run between them), and the clock lands on the later one.
    EXPECT_EQ(out(R"(
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fut = loop.create_future()
    loop.call_at(start + 1, fut.set_result, None)
    loop.call_at(start + 1.0005, print, "second timer")
    await fut
    print("task woke", loop.time() - start >= 1.0005)
asyncio.run(main())
)"),
              "second timer\ntask woke True\n");
}

TEST(AioLoop, CpuBoundWorkDelaysTimers) {
    // A step that computes for a while keeps the loop busy: the timer fires late.
    std::string text = out(R"(
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.01, lambda: print("timer late by more than 10 ms:", loop.time() - start > 0.02))
    total = 0
    for i in range(2_000_000):
        total += i
    await asyncio.sleep(0.02)
asyncio.run(main())
)");
    EXPECT_EQ(text, "timer late by more than 10 ms: True\n");
}

TEST(AioLoop, DeadlockEndsTheRunNamingEachWaitingTask) {
    RunResult r = run(R"(
import asyncio
async def consumer(q):
    await q.get()
async def main():
    q = asyncio.Queue()
    await asyncio.create_task(consumer(q), name="eater")
asyncio.run(main())
)");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.stderr_text.find("loopscope: deadlock"), std::string::npos) << r.stderr_text;
    EXPECT_NE(r.stderr_text.find("Task-1 (main() at prog.py:7) waits for task eater"), std::string::npos)
        << r.stderr_text;
    EXPECT_NE(r.stderr_text.find("eater (consumer() at prog.py:4) waits for Queue.get()"), std::string::npos)
        << r.stderr_text;
}

TEST(AioLoop, DeadlockCannotBeCaughtByTheProgram) {
    RunResult r = run(R"(
import asyncio
async def main():
    try:
        await asyncio.get_running_loop().create_future()
    except BaseException:
        print("caught")
asyncio.run(main())
)");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.stdout_text, "");
}

TEST(AioLoop, TaskExceptionNeverRetrievedIsLogged) {
    RunResult r = run(R"(
import asyncio
async def boom():
    raise ValueError("lost")
async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.1)
asyncio.run(main())
)");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.stderr_text.find("Task exception was never retrieved\nfuture: <Task finished name='Task-2' "
                                 "coro=<boom() done, defined at prog.py:3> exception=ValueError('lost')>\n"
                                 "Traceback (most recent call last):\n"),
              std::string::npos)
        << r.stderr_text;
}

TEST(AioLoop, PendingTaskDestroyedIsLogged) {
    RunResult r = run(R"(
import asyncio
async def forever():
    await asyncio.sleep(100)
loop = asyncio.new_event_loop()
task = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(1))
loop.close()
)");
    EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
    EXPECT_NE(r.stderr_text.find("Task was destroyed but it is pending!\ntask: <Task pending name='Task-1'"),
              std::string::npos)
        << r.stderr_text;
}

TEST(AioLoop, DebugModeReportsSlowSteps) {
    RunResult r = run(R"(
import asyncio
async def busy():
    total = 0
    for i in range(2_000_000):
        total += i
asyncio.run(busy(), debug=True)
)");
    EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
    EXPECT_NE(r.stderr_text.find("Executing <Task finished name='Task-1' coro=<busy() done"), std::string::npos)
        << r.stderr_text;
    EXPECT_NE(r.stderr_text.find(" seconds\n"), std::string::npos);
}

TEST(AioLoop, ToThreadSaysItIsNotAvailableYet) {
    RunResult r = run(R"(
import asyncio
async def main():
    await asyncio.to_thread(print, "x")
asyncio.run(main())
)");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.stderr_text.find("NotImplementedError: loopscope does not simulate threads yet"), std::string::npos)
        << r.stderr_text;
}

}  // namespace
}  // namespace loopscope
