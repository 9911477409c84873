// Runs engine work on a worker thread so the UI never waits for it: a program run through the
// engine (with its trace turned into a TraceModel), or a trace file parsed and modelled. The UI
// polls for the outcome once per frame, shows progress_steps() and can cancel().
//
// Invariant: at most one job is in flight; start() cancels and joins the previous one first
// (a cancelled run stops at the VM's next budget check, within ~65k instructions).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "api/run.h"
#include "model/compare_model.h"
#include "trace/trace_model.h"

namespace loopscope::app {

struct RunRequest {
    std::string source;
    std::string filename = "<program>";
    // Lower than `loopscope run`'s 500M: a runaway `while True: print()` records an event per
    // print, and 100M steps bound that trace to a size the app can still hold.
    uint64_t max_steps = 100'000'000;
};

// What a finished job hands back to the UI thread.
struct RunOutcome {
    RunResult result;                           // stdout, stderr, exit code (empty for a trace file)
    std::shared_ptr<trace::TraceModel> model;   // null when there was no trace to show
    std::string error;                          // a trace file that could not be read
    bool cancelled = false;
    Comparison comparison;  // compare jobs: every program's run, in order
};

// The cancel flag and progress counter a job reports through.
struct JobControl {
    std::atomic<bool> cancel{false};
    std::atomic<uint64_t> progress{0};
};
using Job = std::function<RunOutcome(JobControl&)>;

// The standard jobs.
Job program_job(RunRequest request);                    // run + model its trace
Job trace_file_job(std::string path);                   // read a trace .json + model it
Job compare_job(std::vector<CompareInput> programs);    // run several, one after the other

class RunWorker {
public:
    RunWorker() = default;
    ~RunWorker();  // cancels and joins a job still in flight
    RunWorker(const RunWorker&) = delete;
    RunWorker& operator=(const RunWorker&) = delete;

    void start(Job job);
    bool running() const;             // started and its outcome not yet taken
    bool finished() const;            // the outcome is ready for take()
    uint64_t progress_steps() const;  // instructions executed so far
    void cancel();                    // asks the job to stop; take() then gives what it had
    // The outcome once the job has finished (then running() is false); nullopt before.
    std::optional<RunOutcome> take();
    // Blocks until the job in flight finishes (tests and --screenshot use it).
    std::optional<RunOutcome> wait();

private:
    // Shared with the thread; replaced per job so a late thread never touches a newer one.
    struct Slot {
        JobControl control;
        std::atomic<bool> done{false};
        RunOutcome outcome;  // written by the thread before `done` is set
    };
    void join();
    std::shared_ptr<Slot> slot_;
    std::thread thread_;
};

}  // namespace loopscope::app
