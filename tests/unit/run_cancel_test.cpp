// RunOptions::cancel stops a run from another thread; RunOptions::progress_steps reports the
// instructions executed so far. Both are checked at the VM's step-budget check.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "api/run.h"

namespace loopscope {
namespace {

TEST(RunCancel, AnEndlessLoopStopsWhenCancelled) {
    std::atomic<bool> cancel{false};
    std::atomic<uint64_t> progress{0};
    RunOptions options;
    options.cancel = &cancel;
    options.progress_steps = &progress;
    std::thread canceller([&] {
        // Cancel only once the program has visibly started: progress moves past zero.
        while (progress.load() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        cancel.store(true);
    });
    RunResult result = run_program("while True:\n    pass\n", options);
    canceller.join();
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.stderr_text.find("the run was cancelled"), std::string::npos)
        << result.stderr_text;
    EXPECT_GT(result.steps, 0u);
    EXPECT_LT(result.steps, 500'000'000u);  // stopped long before the step budget
}

TEST(RunCancel, ProgressEndsAtTheStepCount) {
    std::atomic<uint64_t> progress{0};
    RunOptions options;
    options.progress_steps = &progress;
    RunResult result = run_program("n = 0\nfor i in range(200000):\n    n += i\nprint(n)\n", options);
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_EQ(result.stdout_text, "19999900000\n");
    EXPECT_EQ(progress.load(), result.steps);
}

TEST(RunCancel, ACancelSetBeforeTheRunStopsItAtTheFirstCheck) {
    std::atomic<bool> cancel{true};
    RunOptions options;
    options.cancel = &cancel;
    RunResult result = run_program("while True:\n    pass\n", options);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.stderr_text.find("cancelled"), std::string::npos);
}

}  // namespace
}  // namespace loopscope
