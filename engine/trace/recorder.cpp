#include "trace/recorder.h"

namespace loopscope::trace {

namespace {
thread_local Recorder* tls_recorder = nullptr;

constexpr std::string_view kKindNames[] = {
#define LS_TRACE_KIND_NAME(name, json) json,
    LS_TRACE_EVENT_KINDS(LS_TRACE_KIND_NAME)
#undef LS_TRACE_KIND_NAME
};
}  // namespace

std::string_view event_kind_name(EventKind kind) {
    size_t i = size_t(kind);
    return i < std::size(kKindNames) ? kKindNames[i] : std::string_view();
}

bool event_kind_from_name(std::string_view name, EventKind& out) {
    for (size_t i = 0; i < std::size(kKindNames); ++i) {
        if (kKindNames[i] == name) {
            out = EventKind(i);
            return true;
        }
    }
    return false;
}

void Recorder::record(Event e) {
    e.seq = trace_.events.size();
    trace_.events.push_back(std::move(e));
}

int32_t Recorder::file_index(std::string_view filename) {
    auto it = file_ids_.find(std::string(filename));
    if (it != file_ids_.end()) return it->second;
    int32_t id = int32_t(trace_.files.size());
    trace_.files.emplace_back(filename);
    file_ids_.emplace(std::string(filename), id);
    return id;
}

void Recorder::add_source(std::string filename, std::string text) {
    trace_.sources.emplace_back(std::move(filename), std::move(text));
}

Recorder* active_recorder() { return tls_recorder; }

RecorderScope::RecorderScope(Recorder* recorder) : previous_(tls_recorder) { tls_recorder = recorder; }
RecorderScope::~RecorderScope() { tls_recorder = previous_; }

}  // namespace loopscope::trace
