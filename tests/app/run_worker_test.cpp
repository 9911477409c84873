// The run worker: programs run off the calling thread, report progress, can be cancelled, and
// their traces arrive as TraceModels.
#include "model/run_worker.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace loopscope::app {
namespace {

TEST(RunWorker, RunsAProgramAndModelsItsTrace) {
    RunWorker worker;
    worker.start(program_job({"import asyncio\nasync def main():\n    await asyncio.sleep(1)\n"
                              "    print('hi')\nasyncio.run(main())\n",
                              "prog.py"}));
    EXPECT_TRUE(worker.running());
    std::optional<RunOutcome> outcome = worker.wait();
    ASSERT_TRUE(outcome.has_value());
    EXPECT_FALSE(worker.running());
    EXPECT_EQ(outcome->result.exit_code, 0) << outcome->result.stderr_text;
    EXPECT_EQ(outcome->result.stdout_text, "hi\n");
    ASSERT_NE(outcome->model, nullptr);
    EXPECT_GT(outcome->model->event_count(), 0u);
    EXPECT_EQ(outcome->model->end_ns() / 1'000'000'000, 1u);  // slept one virtual second
}

TEST(RunWorker, AnEndlessLoopIsCancelledWhileTheCallerKeepsGoing) {
    RunWorker worker;
    worker.start(program_job({"while True:\n    pass\n", "loop.py", 4'000'000'000}));
    // The caller is never blocked: poll as a UI frame loop would until progress shows.
    while (worker.progress_steps() == 0) {
        EXPECT_FALSE(worker.take().has_value());
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    worker.cancel();
    std::optional<RunOutcome> outcome = worker.wait();
    ASSERT_TRUE(outcome.has_value());
    EXPECT_TRUE(outcome->cancelled);
    EXPECT_EQ(outcome->result.exit_code, 1);
    EXPECT_NE(outcome->result.stderr_text.find("cancelled"), std::string::npos);
}

TEST(RunWorker, StartingANewRunReplacesTheOldOne) {
    RunWorker worker;
    worker.start(program_job({"while True:\n    pass\n", "loop.py", 4'000'000'000}));
    worker.start(program_job({"print(42)\n", "p.py"}));
    std::optional<RunOutcome> outcome = worker.wait();
    ASSERT_TRUE(outcome.has_value());
    EXPECT_EQ(outcome->result.stdout_text, "42\n");
}

TEST(RunWorker, ABadTraceFileGivesAnErrorNotACrash) {
    RunWorker worker;
    worker.start(trace_file_job("/nonexistent/trace.json"));
    std::optional<RunOutcome> outcome = worker.wait();
    ASSERT_TRUE(outcome.has_value());
    EXPECT_NE(outcome->error.find("cannot read"), std::string::npos);
    EXPECT_EQ(outcome->model, nullptr);
}

TEST(RunWorker, CompareRunsEachProgram) {
    RunWorker worker;
    worker.start(compare_job({{{"a", "a"}, "a.py", "print(1)\n"}, {{"b", "b"}, "b.py", "print(2)\n"}}));
    std::optional<RunOutcome> outcome = worker.wait();
    ASSERT_TRUE(outcome.has_value());
    ASSERT_EQ(outcome->comparison.runs.size(), 2u);
    EXPECT_EQ(outcome->comparison.runs[1].result.stdout_text, "2\n");
}

}  // namespace
}  // namespace loopscope::app
