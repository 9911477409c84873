// Recorder: appends the events of one run. The run's thread has at most one active recorder
// (RecorderScope binds it); engine code asks `active_recorder()` — a thread-local load and a
// null check, the one cheap test paid when tracing is off.
#pragma once

#include <string_view>
#include <unordered_map>
#include <string>

#include "trace/event.h"

namespace loopscope::trace {

class Recorder {
public:
    // Appends `e`, giving it the next sequence number.
    void record(Event e);
    // Index of `filename` in the trace's file table (added on first use).
    int32_t file_index(std::string_view filename);
    void add_source(std::string filename, std::string text);

    const Trace& trace() const { return trace_; }
    Trace take() { return std::move(trace_); }

private:
    Trace trace_;
    std::unordered_map<std::string, int32_t> file_ids_;
};

// The recorder of the run on this thread, or nullptr when the run is not traced.
Recorder* active_recorder();

class RecorderScope {
public:
    explicit RecorderScope(Recorder* recorder);
    ~RecorderScope();
    RecorderScope(const RecorderScope&) = delete;
    RecorderScope& operator=(const RecorderScope&) = delete;

private:
    Recorder* previous_;
};

}  // namespace loopscope::trace
