// libFuzzer target: a trace file as the app opens it, on arbitrary bytes. from_json must end in
// a Trace or a TraceFormatError; a Trace that reads must write back to a document that reads
// to the same Trace and the same bytes; and any Trace that reads, however damaged its event
// sequence (a step of an unknown task, a handle removed twice, a deadline of NaN), must give a
// TraceModel whose queries all answer. See docs/testing.md for how to run it.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "trace/chrome_trace.h"
#include "trace/trace_json.h"
#include "trace/trace_model.h"

namespace {

using namespace loopscope::trace;

bool has_nan(const Trace& trace) {
    for (const Event& e : trace.events) {
        if (std::isnan(e.when)) return true;
    }
    return false;
}

void check_round_trip(const Trace& trace) {
    std::string json = to_json(trace);
    Trace back = from_json(json);  // a TraceFormatError here escapes: libFuzzer reports it
    if (!has_nan(trace) && !(back == trace)) std::abort();  // NaN != NaN: Event== cannot say
    if (to_json(back) != json) std::abort();
}

void query_model(const TraceModel& model) {
    size_t n = model.event_count();
    for (uint64_t seq : {uint64_t(0), uint64_t(n / 3), uint64_t(n / 2), uint64_t(n ? n - 1 : 0), uint64_t(n + 5)}) {
        (void)model.loop_state_at(seq);
        (void)model.loop_state_at(seq, 2);
        (void)model.console_count_at(seq);
        for (const TaskInfo& task : model.tasks()) {
            (void)model.task_state_at(task.id, seq);
            (void)model.segment_at(task.id, seq);
        }
    }
    for (const TaskInfo& task : model.tasks()) {
        (void)model.segments(task.id);
        (void)model.events_of(task.id);
    }
    (void)model.seq_at_time(model.end_ns() / 2);
    (void)to_chrome_trace(model);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Trace trace;
    try {
        trace = from_json(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const TraceFormatError& e) {
        if (std::string_view(e.what()).empty()) std::abort();  // every error says something
        return 0;
    }
    check_round_trip(trace);
    TraceModel model(std::move(trace));
    query_model(model);
    return 0;
}
