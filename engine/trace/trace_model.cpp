#include "trace/trace_model.h"

#include <algorithm>
#include <cstdint>

#include "trace/loop_index.h"
#include "trace/timeline_builder.h"

namespace loopscope::trace {

const char* task_state_key(TaskState s) {
    switch (s) {
    case TaskState::Ready: return "ready";
    case TaskState::Running: return "running";
    case TaskState::Suspended: return "suspended";
    case TaskState::Done: return "done";
    case TaskState::Cancelled: return "cancelled";
    case TaskState::Failed: return "failed";
    }
    return "ready";
}

struct TraceModel::Impl {
    Trace trace;
    Timeline timeline;
    std::unique_ptr<LoopIndex> loop;

    uint64_t clamp(uint64_t seq) const {
        return trace.events.empty() ? 0 : std::min<uint64_t>(seq, trace.events.size() - 1);
    }
};

TraceModel::TraceModel(Trace trace) : impl_(std::make_unique<Impl>()) {
    impl_->trace = std::move(trace);
    // Readers take seq as the index: a file whose seqs were edited still replays in order.
    // Every time query (segments, spans, markers, arrows, seq_at_time) binary-searches by
    // t_ns, so times must not decrease: the virtual clock never goes back, and in a damaged
    // file an earlier time is raised to the one before it (the timeline's pixel clamping
    // relies on this; without it a segment could start far right of the view).
    uint64_t t_ns = 0;
    for (size_t i = 0; i < impl_->trace.events.size(); ++i) {
        Event& e = impl_->trace.events[i];
        e.seq = i;
        t_ns = e.t_ns = std::max(t_ns, e.t_ns);
    }
    impl_->timeline = build_timeline(impl_->trace.events);
    impl_->loop = std::make_unique<LoopIndex>(impl_->trace.events);
}

TraceModel::~TraceModel() = default;
TraceModel::TraceModel(TraceModel&&) noexcept = default;
TraceModel& TraceModel::operator=(TraceModel&&) noexcept = default;

const Trace& TraceModel::trace() const { return impl_->trace; }
size_t TraceModel::event_count() const { return impl_->trace.events.size(); }
uint64_t TraceModel::end_ns() const { return impl_->trace.events.empty() ? 0 : impl_->trace.events.back().t_ns; }

const std::vector<TaskInfo>& TraceModel::tasks() const { return impl_->timeline.tasks; }

const TaskInfo* TraceModel::task(uint32_t id) const {
    const auto& tasks = impl_->timeline.tasks;
    if (id == 0 || id > tasks.size() || tasks[id - 1].created_seq == kNoSeq) return nullptr;
    return &tasks[id - 1];
}

namespace {
template <class T>
const std::vector<T>& of_task(const std::vector<std::vector<T>>& table, uint32_t id) {
    static const std::vector<T> kNone;
    return id != 0 && id <= table.size() ? table[id - 1] : kNone;
}
}  // namespace

const std::vector<Segment>& TraceModel::segments(uint32_t task) const { return of_task(impl_->timeline.segments, task); }
const std::vector<Arrow>& TraceModel::arrows() const { return impl_->timeline.arrows; }
const std::vector<LoopSpan>& TraceModel::loop_spans() const { return impl_->timeline.loop_spans; }
const std::vector<Marker>& TraceModel::markers() const { return impl_->timeline.markers; }
const std::vector<ConsoleEntry>& TraceModel::console() const { return impl_->timeline.console; }
const std::vector<uint64_t>& TraceModel::events_of(uint32_t task) const { return of_task(impl_->timeline.events_of, task); }

LoopState TraceModel::loop_state_at(uint64_t seq) const { return loop_state_at(seq, SIZE_MAX); }

LoopState TraceModel::loop_state_at(uint64_t seq, size_t max_items) const {
    if (impl_->trace.events.empty()) return LoopState{};
    return impl_->loop->state_at(impl_->trace.events, impl_->clamp(seq), max_items);
}

const Segment* TraceModel::segment_at(uint32_t task, uint64_t seq) const {
    const std::vector<Segment>& list = segments(task);
    if (list.empty()) return nullptr;
    seq = impl_->clamp(seq);
    auto it = std::upper_bound(list.begin(), list.end(), seq,
                               [](uint64_t s, const Segment& seg) { return s < seg.begin_seq; });
    if (it == list.begin()) return nullptr;
    return &*(it - 1);
}

TaskState TraceModel::task_state_at(uint32_t task, uint64_t seq) const {
    const Segment* s = segment_at(task, seq);
    return s ? s->state : TaskState::Ready;
}

bool TraceModel::task_exists_at(uint32_t task, uint64_t seq) const { return segment_at(task, seq) != nullptr; }

size_t TraceModel::console_count_at(uint64_t seq) const {
    const auto& console = impl_->timeline.console;
    auto it = std::upper_bound(console.begin(), console.end(), seq,
                               [](uint64_t s, const ConsoleEntry& c) { return s < c.seq; });
    return size_t(it - console.begin());
}

uint64_t TraceModel::seq_at_time(uint64_t ns) const {
    const std::vector<Event>& events = impl_->trace.events;
    auto it = std::upper_bound(events.begin(), events.end(), ns,
                               [](uint64_t t, const Event& e) { return t < e.t_ns; });
    return it == events.begin() ? 0 : uint64_t(it - events.begin() - 1);
}

size_t TraceModel::checkpoint_count() const { return impl_->loop->checkpoint_count(); }

}  // namespace loopscope::trace
