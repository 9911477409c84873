#include "model/run_worker.h"

#include <exception>
#include <utility>

#include "model/xdg_paths.h"
#include "trace/trace_json.h"

namespace loopscope::app {
namespace {

RunOutcome run_one(const RunRequest& request, JobControl& control) {
    RunOptions options;
    options.filename = request.filename;
    options.argv = {request.filename};
    options.record_trace = true;
    options.limits.max_steps = request.max_steps;
    options.cancel = &control.cancel;
    options.progress_steps = &control.progress;
    RunOutcome outcome;
    outcome.result = run_program(request.source, options);
    outcome.cancelled = control.cancel.load();
    outcome.model = std::make_shared<trace::TraceModel>(std::move(outcome.result.trace));
    outcome.result.trace = {};
    return outcome;
}

}  // namespace

Job program_job(RunRequest request) {
    return [request = std::move(request)](JobControl& control) { return run_one(request, control); };
}

Job trace_file_job(std::string path) {
    return [path = std::move(path)](JobControl&) {
        RunOutcome outcome;
        std::string text;
        if (!read_whole_file(path, text)) {
            outcome.error = "cannot read " + path;
            return outcome;
        }
        try {
            trace::Trace trace = trace::from_json(text);
            // The text (200 MB for a 1.6M-event trace) is not needed once parsed: free it
            // before the model is built, so the peak is trace + model, not text + both.
            std::string().swap(text);
            outcome.model = std::make_shared<trace::TraceModel>(std::move(trace));
        } catch (const std::exception& e) {
            outcome.error = path + ": " + e.what();
        }
        return outcome;
    };
}

Job compare_job(std::vector<CompareInput> programs) {
    return [programs = std::move(programs)](JobControl&) {
        RunOutcome outcome;
        outcome.comparison = run_comparison(programs);
        return outcome;
    };
}

RunWorker::~RunWorker() {
    cancel();
    join();
}

void RunWorker::join() {
    if (thread_.joinable()) thread_.join();
}

void RunWorker::start(Job job) {
    cancel();
    join();
    slot_ = std::make_shared<Slot>();
    thread_ = std::thread([slot = slot_, job = std::move(job)] {
        try {
            slot->outcome = job(slot->control);
        } catch (const std::exception& e) {
            slot->outcome.error = std::string("internal error: ") + e.what();
        }
        slot->done.store(true, std::memory_order_release);
    });
}

bool RunWorker::running() const { return slot_ != nullptr; }

bool RunWorker::finished() const {
    return slot_ != nullptr && slot_->done.load(std::memory_order_acquire);
}

uint64_t RunWorker::progress_steps() const {
    return slot_ ? slot_->control.progress.load(std::memory_order_relaxed) : 0;
}

void RunWorker::cancel() {
    if (slot_) slot_->control.cancel.store(true, std::memory_order_relaxed);
}

std::optional<RunOutcome> RunWorker::take() {
    if (!finished()) return std::nullopt;
    join();
    RunOutcome outcome = std::move(slot_->outcome);
    slot_.reset();
    return outcome;
}

std::optional<RunOutcome> RunWorker::wait() {
    if (!slot_) return std::nullopt;
    join();
    return take();
}

}  // namespace loopscope::app
