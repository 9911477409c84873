#include "trace/loop_index.h"

#include <algorithm>
#include <unordered_map>

#include "trace/loop_replay.h"

namespace loopscope::trace {

namespace {
constexpr size_t kMinCheckpointSpacing = 4096;
}

// One forward pass: the same transitions as LoopReplay::apply, but instead of keeping items
// it stamps each entry with the seqs it was cancelled and removed at.
class LoopIndex::Builder {
public:
    explicit Builder(LoopIndex& index) : ix_(index) {}

    void apply(const Event& e) {
        switch (e.kind) {
        case EventKind::Turn: ix_.turn_seqs_.push_back(e.seq); break;
        case EventKind::HandleScheduled: queue(e, e.what == "step" || e.what == "wakeup" ? e.task : 0); break;
        case EventKind::TimerFired:
            remove_timer(e.handle, e.seq);
            queue(e, 0);
            break;
        case EventKind::StepBegin:
            if (e.handle != 0) unqueue(e.handle, e.seq);  // eager first steps run without a handle
            tasks_.push_back(e.task);
            break;
        case EventKind::StepSuspend:
        case EventKind::TaskDone: end_step(e.task); break;
        case EventKind::CallbackBegin:
            unqueue(e.handle, e.seq);
            callbacks_.emplace_back(e.handle, uint32_t(ix_.callback_seqs_.size()));
            ix_.callback_seqs_.push_back(e.seq);
            break;
        case EventKind::CallbackEnd: end_callback(e.handle); break;
        case EventKind::HandleSkipped: unqueue(e.handle, e.seq); break;
        case EventKind::HandleCancelled: {
            auto it = live_ready_.find(e.handle);
            if (it != live_ready_.end()) stamp(ix_.ready_[it->second].cancelled, e.seq);
            break;
        }
        case EventKind::TimerScheduled: schedule(e); break;
        case EventKind::TimerCancelled: {
            auto it = live_timers_.find(e.handle);
            if (it != live_timers_.end()) stamp(ix_.timers_[it->second].cancelled, e.seq);
            break;
        }
        case EventKind::TimerDiscarded: remove_timer(e.handle, e.seq); break;
        case EventKind::LoopStop:
            tasks_.clear();
            callbacks_.clear();
            break;
        default: break;
        }
        ix_.running_task_.push_back(tasks_.empty() ? 0 : tasks_.back());
        ix_.running_callback_.push_back(callbacks_.empty() ? 0 : callbacks_.back().second + 1);
        if (++since_last_ >= std::max(kMinCheckpointSpacing, live_ready_.size() + live_timers_.size())) {
            checkpoint(e.seq);
        }
    }

private:
    static void stamp(uint64_t& field, uint64_t seq) {
        if (field == kNoSeq) field = seq;
    }

    void queue(const Event& e, uint32_t task) {
        if (live_ready_.count(e.handle)) return;  // already queued: a damaged trace
        live_ready_[e.handle] = uint32_t(ix_.ready_.size());
        ix_.ready_.push_back(ReadyEntry{e.handle, e.seq, kNoSeq, kNoSeq, task});
    }

    void unqueue(uint64_t handle, uint64_t seq) {
        auto it = live_ready_.find(handle);
        if (it == live_ready_.end()) return;
        ix_.ready_[it->second].removed = seq;
        live_ready_.erase(it);
    }

    void schedule(const Event& e) {
        if (live_timers_.count(e.handle)) return;
        live_timers_[e.handle] = uint32_t(ix_.timers_.size());
        ix_.timers_.push_back(TimerEntry{e.when, e.handle, e.seq, kNoSeq, kNoSeq, timer_owner(e)});
    }

    void remove_timer(uint64_t handle, uint64_t seq) {
        auto it = live_timers_.find(handle);
        if (it == live_timers_.end()) return;
        ix_.timers_[it->second].removed = seq;
        live_timers_.erase(it);
    }

    void end_step(uint32_t task) {
        auto it = std::find(tasks_.rbegin(), tasks_.rend(), task);
        if (it != tasks_.rend()) tasks_.erase(std::next(it).base());
    }

    void end_callback(uint64_t handle) {
        for (size_t i = callbacks_.size(); i-- > 0;) {
            if (callbacks_[i].first == handle) {
                callbacks_.erase(callbacks_.begin() + std::ptrdiff_t(i));
                return;
            }
        }
    }

    void checkpoint(uint64_t seq) {
        Checkpoint cp;
        cp.seq = seq;
        cp.next_ready = uint32_t(ix_.ready_.size());
        cp.next_timer = uint32_t(ix_.timers_.size());
        for (const auto& [handle, i] : live_ready_) cp.ready.push_back(i);
        std::sort(cp.ready.begin(), cp.ready.end());
        for (const auto& [handle, i] : live_timers_) cp.timers.push_back(i);
        std::sort(cp.timers.begin(), cp.timers.end(), [this](uint32_t a, uint32_t b) { return ix_.timer_before(a, b); });
        ix_.checkpoints_.push_back(std::move(cp));
        since_last_ = 0;
    }

    LoopIndex& ix_;
    std::unordered_map<uint64_t, uint32_t> live_ready_;   // handle -> entry, while queued
    std::unordered_map<uint64_t, uint32_t> live_timers_;  // handle -> entry, while in the heap
    std::vector<uint32_t> tasks_;                         // running steps, innermost last
    std::vector<std::pair<uint64_t, uint32_t>> callbacks_;  // (handle, callback index)
    size_t since_last_ = 0;
};

LoopIndex::LoopIndex(const std::vector<Event>& events) {
    checkpoints_.push_back(Checkpoint{});
    running_task_.reserve(events.size());
    running_callback_.reserve(events.size());
    Builder builder(*this);
    for (const Event& e : events) builder.apply(e);
}

// The heap's pop order: earlier deadline first, equal deadlines in scheduling (handle) order.
bool LoopIndex::timer_before(uint32_t a, uint32_t b) const {
    const TimerEntry& x = timers_[a];
    const TimerEntry& y = timers_[b];
    double x_when = timer_order_when(x.when), y_when = timer_order_when(y.when);  // NaN: see there
    return x_when != y_when ? x_when < y_when : x.handle < y.handle;
}

LoopState LoopIndex::state_at(const std::vector<Event>& events, uint64_t seq, size_t max_items) const {
    auto cp_it = std::upper_bound(checkpoints_.begin() + 1, checkpoints_.end(), seq,
                                  [](uint64_t s, const Checkpoint& cp) { return s < cp.seq; });
    const Checkpoint& cp = *(cp_it - 1);
    LoopState st;
    st.seq = seq;
    st.t_ns = events[seq].t_ns;
    auto turn = std::upper_bound(turn_seqs_.begin(), turn_seqs_.end(), seq);
    if (turn != turn_seqs_.begin()) st.turn = events[*(turn - 1)].count;

    // Ready queue: the checkpoint's survivors, then what was queued after it, in queue order.
    auto add_ready = [&](uint32_t i) {
        const ReadyEntry& r = ready_[i];
        if (r.removed <= seq) return;
        if (st.ready.size() < max_items) {
            const Event& from = events[r.added];
            st.ready.push_back(ReadyItem{r.handle, r.task, from.name,
                                         from.kind == EventKind::TimerFired ? std::string("timer") : from.what,
                                         r.cancelled <= seq});
        }
        ++st.ready_count;
    };
    for (uint32_t i : cp.ready) add_ready(i);
    for (uint32_t i = cp.next_ready; i < ready_.size() && ready_[i].added <= seq; ++i) add_ready(i);

    // Timer heap: merge the checkpoint's survivors (in heap order) with the newer timers.
    std::vector<uint32_t> fresh;
    for (uint32_t i = cp.next_timer; i < timers_.size() && timers_[i].added <= seq; ++i) {
        if (timers_[i].removed > seq) fresh.push_back(i);
    }
    std::sort(fresh.begin(), fresh.end(), [this](uint32_t a, uint32_t b) { return timer_before(a, b); });
    auto add_timer = [&](uint32_t i) {
        const TimerEntry& t = timers_[i];
        if (st.timers.size() < max_items) {
            st.timers.push_back(TimerItem{t.handle, t.when, t.task, events[t.added].name, t.cancelled <= seq});
        }
        ++st.timer_count;
    };
    size_t f = 0;
    for (uint32_t i : cp.timers) {
        if (timers_[i].removed <= seq) continue;
        while (f < fresh.size() && timer_before(fresh[f], i)) add_timer(fresh[f++]);
        add_timer(i);
    }
    while (f < fresh.size()) add_timer(fresh[f++]);

    st.running_task = running_task_[seq];
    if (uint32_t c = running_callback_[seq]) {
        const Event& begin = events[callback_seqs_[c - 1]];
        st.running_callback = begin.handle;
        st.running_callback_name = begin.name;
    }
    return st;
}

}  // namespace loopscope::trace
