#include "trace/timeline_builder.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "trace/segment_labels.h"

namespace loopscope::trace {

namespace {

// Who queued a task's step or wakeup handle: the start of a Wake (or Create) arrow.
struct HandleOrigin {
    uint32_t task = 0;   // the task it steps
    uint32_t actor = 0;  // who scheduled it (0: the loop / a callback)
    uint64_t seq = 0, t_ns = 0;
};

// What the builder knows about one task while it walks the events.
struct Track {
    bool created = false;
    bool started = false;   // its first step_begin has been seen
    bool finished = false;  // task_done seen: later events do not change its state
    // Invariant: pending_handle != 0 iff a step/wakeup of the task is queued and not yet begun.
    uint64_t pending_handle = 0;
};

struct CallbackOpen {
    uint64_t handle = 0, seq = 0, t_ns = 0;
    std::string name;
};

class Builder {
public:
    explicit Builder(const std::vector<Event>& events) : events_(events) {}

    Timeline build() {
        size_t n = count_tasks();
        out_.tasks.resize(n);
        out_.segments.resize(n);
        out_.events_of.resize(n);
        tracks_.resize(n);
        for (size_t i = 0; i < n; ++i) {
            out_.tasks[i].id = uint32_t(i + 1);
            out_.tasks[i].created_seq = kNoSeq;  // until its task_created is seen
        }
        for (const Event& e : events_) apply(e);
        finish();
        return std::move(out_);
    }

private:
    // Task ids count from 1 in creation order, so no valid id exceeds the number of
    // task_created events; a larger one (a damaged file) is ignored rather than allocated.
    size_t count_tasks() const {
        size_t created = 0;
        for (const Event& e : events_) created += e.kind == EventKind::TaskCreated;
        size_t n = 0;
        for (const Event& e : events_) {
            if (e.kind == EventKind::TaskCreated && e.task <= created) n = std::max<size_t>(n, e.task);
        }
        return n;
    }

    bool known(uint32_t id) const { return id != 0 && id <= tracks_.size() && tracks_[id - 1].created; }
    Track& track(uint32_t id) { return tracks_[id - 1]; }
    TaskInfo& info(uint32_t id) { return out_.tasks[id - 1]; }
    std::vector<Segment>& segs(uint32_t id) { return out_.segments[id - 1]; }

    void index_event(const Event& e) {
        auto add = [&](uint32_t id) {
            if (id != 0 && id <= out_.events_of.size()) out_.events_of[id - 1].push_back(e.seq);
        };
        add(e.task);
        if (e.actor != e.task) add(e.actor);
    }

    // Starts `next` at event `e`, ending the task's current segment there.
    void enter(uint32_t id, const Event& e, Segment next) {
        std::vector<Segment>& list = segs(id);
        next.task = id;
        next.begin_seq = e.seq;
        next.begin_ns = e.t_ns;
        if (!list.empty()) {
            Segment& open = list.back();
            if (open.begin_seq == e.seq) {  // two changes at one event: the later one wins
                open = std::move(next);
                return;
            }
            open.end_seq = e.seq;
            open.end_ns = e.t_ns;
        }
        list.push_back(std::move(next));
    }

    TaskState current_state(uint32_t id) {
        const std::vector<Segment>& list = segs(id);
        return list.empty() ? TaskState::Ready : list.back().state;
    }

    void marker(Marker::Kind kind, uint32_t task, const Event& e, std::string text) {
        out_.markers.push_back(Marker{kind, task, e.seq, e.t_ns, std::move(text)});
    }

    void arrow(ArrowKind kind, uint32_t from, uint64_t from_seq, uint64_t from_ns, uint32_t to, const Event& at) {
        out_.arrows.push_back(Arrow{kind, from, to, from_seq, at.seq, from_ns, at.t_ns});
    }

    const std::string& task_name(uint32_t id) {
        static const std::string kLoop = "the event loop";
        return known(id) ? info(id).name : kLoop;
    }

    void apply(const Event& e) {
        index_event(e);
        switch (e.kind) {
        case EventKind::TaskCreated: on_created(e); break;
        case EventKind::HandleScheduled: on_scheduled(e); break;
        case EventKind::StepBegin: on_step_begin(e); break;
        case EventKind::StepSuspend: on_suspend(e); break;
        case EventKind::TaskDone: on_done(e); break;
        case EventKind::HandleSkipped: on_skipped(e); break;
        case EventKind::CancelRequested:
            if (known(e.task)) {
                std::string text = "cancel() by " + task_name(e.actor);
                if (!e.detail.empty()) text += ", msg=" + e.detail;
                marker(Marker::Kind::CancelRequested, e.task, e, std::move(text));
            }
            break;
        case EventKind::CancelDelivered:
            if (known(e.task)) {
                marker(Marker::Kind::CancelDelivered, e.task, e,
                       e.detail.empty() ? std::string("CancelledError thrown in") : e.detail);
            }
            break;
        case EventKind::Warning:
            marker(Marker::Kind::Warning, known(e.actor) ? e.actor : 0, e, e.detail);
            out_.console.push_back(ConsoleEntry{ConsoleEntry::Stream::Warning, e.seq, e.detail});
            break;
        case EventKind::Print:
            out_.console.push_back(ConsoleEntry{ConsoleEntry::Stream::Stdout, e.seq, e.detail});
            break;
        case EventKind::Stderr:
            out_.console.push_back(ConsoleEntry{ConsoleEntry::Stream::Stderr, e.seq, e.detail});
            break;
        case EventKind::CallbackBegin:
            callbacks_.push_back(CallbackOpen{e.handle, e.seq, e.t_ns, e.name});
            break;
        case EventKind::CallbackEnd: on_callback_end(e); break;
        case EventKind::LoopBlocked: on_blocked(e); break;
        default: break;
        }
    }

    void on_created(const Event& e) {
        if (e.task == 0 || e.task > tracks_.size() || track(e.task).created) return;
        track(e.task).created = true;
        TaskInfo& t = info(e.task);
        t.parent = known(e.actor) ? e.actor : 0;
        t.name = e.name;
        t.coro = e.detail;
        t.future = e.future;
        t.created_seq = e.seq;
        t.created_ns = e.t_ns;
        t.file = e.file;
        t.line = e.line;
        if (e.future != 0) task_of_future_[e.future] = e.task;
        Segment s;
        s.state = TaskState::Ready;
        s.label = "ready";
        s.what = "created";
        s.file = e.file;
        s.line = e.line;
        enter(e.task, e, std::move(s));
        marker(Marker::Kind::Created, e.task, e, e.name + ": " + (e.detail.empty() ? "?" : e.detail) + "()");
    }

    void on_scheduled(const Event& e) {
        if (e.what != "step" && e.what != "wakeup") return;
        if (!known(e.task)) return;
        origins_[e.handle] = HandleOrigin{e.task, known(e.actor) ? e.actor : 0, e.seq, e.t_ns};
        Track& tr = track(e.task);
        if (tr.finished) return;
        tr.pending_handle = e.handle;
        // Queued while its own step still runs (a bare yield reschedules before suspending):
        // it turns Ready when that step ends.
        if (current_state(e.task) == TaskState::Running || current_state(e.task) == TaskState::Ready) return;
        enter(e.task, e, ready_segment(e));
    }

    static Segment ready_segment(const Event& scheduled) {
        Segment s;
        s.state = TaskState::Ready;
        s.label = "ready";
        s.what = scheduled.what;
        return s;
    }

    void on_step_begin(const Event& e) {
        if (!known(e.task)) return;
        Track& tr = track(e.task);
        if (tr.finished) return;
        auto origin = origins_.find(e.handle);
        if (!tr.started) {
            const TaskInfo& t = info(e.task);
            arrow(ArrowKind::Create, t.parent, t.created_seq, t.created_ns, e.task, e);
        } else if (e.handle != 0 && origin != origins_.end() && origin->second.actor != e.task) {
            arrow(ArrowKind::Wake, origin->second.actor, origin->second.seq, origin->second.t_ns, e.task, e);
        }
        if (origin != origins_.end()) origins_.erase(origin);
        tr.started = true;
        tr.pending_handle = 0;
        Segment s;
        s.state = TaskState::Running;
        s.label = info(e.task).coro;
        s.what = e.what;
        s.detail = e.detail;  // what a "throw" step throws in
        s.file = e.file;
        s.line = e.line;
        enter(e.task, e, std::move(s));
    }

    void on_suspend(const Event& e) {
        if (!known(e.task) || track(e.task).finished) return;
        Segment s;
        auto awaited = task_of_future_.find(e.future);
        uint32_t awaited_task = e.future != 0 && awaited != task_of_future_.end() ? awaited->second : 0;
        if (awaited_task == e.task) awaited_task = 0;
        s.state = TaskState::Suspended;
        s.label = suspend_label(e.what, e.detail, awaited_task ? info(awaited_task).name : std::string());
        s.what = e.what;
        s.detail = e.detail;
        s.awaited_future = e.future;
        s.awaited_task = awaited_task;
        s.file = e.file;
        s.line = e.line;
        if (track(e.task).pending_handle != 0) {  // already rescheduled while running
            s.state = TaskState::Ready;
            s.label = "ready";
        }
        if (awaited_task) arrow(ArrowKind::Await, e.task, e.seq, e.t_ns, awaited_task, e);
        enter(e.task, e, std::move(s));
    }

    void on_done(const Event& e) {
        if (!known(e.task) || track(e.task).finished) return;
        track(e.task).finished = true;
        track(e.task).pending_handle = 0;
        TaskState state = e.what == "cancelled"   ? TaskState::Cancelled
                          : e.what == "exception" ? TaskState::Failed
                                                  : TaskState::Done;
        Segment s;
        s.state = state;
        s.label = done_label(e.what);
        s.what = e.what;
        s.detail = e.detail;
        s.file = e.file;
        s.line = e.line;
        enter(e.task, e, std::move(s));
        TaskInfo& t = info(e.task);
        t.end_seq = e.seq;
        t.end_ns = e.t_ns;
        if (state == TaskState::Failed) marker(Marker::Kind::Exception, e.task, e, e.detail);
    }

    // The loop dropped a task's queued step (cancelled handle, or the loop was closed): the
    // task is no longer ready, and nothing will run it.
    void on_skipped(const Event& e) {
        auto origin = origins_.find(e.handle);
        if (origin == origins_.end()) return;
        uint32_t id = origin->second.task;
        origins_.erase(origin);
        if (!known(id)) return;
        Track& tr = track(id);
        if (tr.finished || tr.pending_handle != e.handle) return;
        tr.pending_handle = 0;
        if (current_state(id) != TaskState::Ready) return;
        Segment s;
        s.state = TaskState::Suspended;
        s.label = "never resumed";
        s.what = "skipped";
        enter(id, e, std::move(s));
    }

    void on_callback_end(const Event& e) {
        for (size_t i = callbacks_.size(); i-- > 0;) {
            if (callbacks_[i].handle != e.handle) continue;
            CallbackOpen& open = callbacks_[i];
            out_.loop_spans.push_back(
                LoopSpan{LoopSpan::Kind::Callback, open.seq, e.seq, open.t_ns, e.t_ns, std::move(open.name)});
            callbacks_.erase(callbacks_.begin() + std::ptrdiff_t(i));
            return;
        }
    }

    void on_blocked(const Event& e) {
        // detail: "time.sleep(2.0) blocks the event loop" -> "time.sleep(2.0)".
        std::string label = e.detail.substr(0, e.detail.find(')') == std::string::npos ? e.detail.size()
                                                                                          : e.detail.find(')') + 1);
        uint64_t end_seq = std::min<uint64_t>(e.seq + 1, events_.size());
        // Saturating: a damaged count must not wrap the span's end to before its begin.
        uint64_t end_ns = e.count > UINT64_MAX - e.t_ns ? UINT64_MAX : e.t_ns + e.count;
        out_.loop_spans.push_back(
            LoopSpan{LoopSpan::Kind::Blocked, e.seq, end_seq, e.t_ns, end_ns, std::move(label)});
    }

    void finish() {
        uint64_t end_seq = events_.size();
        uint64_t end_ns = events_.empty() ? 0 : events_.back().t_ns;
        for (size_t i = 0; i < out_.segments.size(); ++i) {
            std::vector<Segment>& list = out_.segments[i];
            if (list.empty()) continue;
            list.back().end_seq = end_seq;
            list.back().end_ns = std::max(end_ns, list.back().begin_ns);
            out_.tasks[i].final_state = list.back().state;
        }
        for (CallbackOpen& open : callbacks_) {  // a callback the run never finished (budget)
            out_.loop_spans.push_back(
                LoopSpan{LoopSpan::Kind::Callback, open.seq, end_seq, open.t_ns, end_ns, std::move(open.name)});
        }
        for (auto& list : out_.segments) list.shrink_to_fit();
        for (auto& list : out_.events_of) list.shrink_to_fit();
        out_.arrows.shrink_to_fit();
        out_.markers.shrink_to_fit();
        std::stable_sort(out_.loop_spans.begin(), out_.loop_spans.end(),
                         [](const LoopSpan& a, const LoopSpan& b) { return a.begin_seq < b.begin_seq; });
    }

    const std::vector<Event>& events_;
    Timeline out_;
    std::vector<Track> tracks_;
    std::unordered_map<uint64_t, HandleOrigin> origins_;  // queued step/wakeup handles
    std::unordered_map<uint64_t, uint32_t> task_of_future_;
    std::vector<CallbackOpen> callbacks_;  // running callbacks, innermost last
};

}  // namespace

Timeline build_timeline(const std::vector<Event>& events) { return Builder(events).build(); }

}  // namespace loopscope::trace
