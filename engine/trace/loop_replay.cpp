#include "trace/loop_replay.h"

#include <algorithm>

namespace loopscope::trace {

uint32_t timer_owner(const Event& e) {
    // The Python layer's callbacks that wake or cancel the task that armed them.
    static constexpr std::string_view kOwned[] = {"_set_result_unless_cancelled", "Timeout._on_timeout",
                                                  "_release_waiter"};
    for (std::string_view name : kOwned) {
        if (e.name == name) return e.actor;
    }
    return 0;
}

void LoopReplay::push_ready(const Event& e, uint32_t task) {
    if (ready_pos_.count(e.handle)) return;  // already queued: a damaged trace
    ready_pos_[e.handle] = popped_ + ready_.size();
    ready_.push_back(ReadySlot{e.handle, e.seq, task, false});
}

// The loop pops from the front; a handle elsewhere (only in a damaged trace) is cut out.
void LoopReplay::pop_ready(uint64_t handle) {
    auto it = ready_pos_.find(handle);
    if (it == ready_pos_.end()) return;
    size_t index = size_t(it->second - popped_);
    ready_pos_.erase(it);
    if (index == 0) {
        ready_.pop_front();
        ++popped_;
        return;
    }
    ready_.erase(ready_.begin() + std::ptrdiff_t(index));
    for (size_t i = index; i < ready_.size(); ++i) ready_pos_[ready_[i].handle] = popped_ + i;
}

void LoopReplay::mark_ready_cancelled(uint64_t handle) {
    auto it = ready_pos_.find(handle);
    if (it != ready_pos_.end()) ready_[size_t(it->second - popped_)].cancelled = true;
}

void LoopReplay::add_timer(const Event& e) {
    if (timer_when_.count(e.handle)) return;
    double order = timer_order_when(e.when);
    timers_.emplace(TimerKey{order, e.handle}, TimerSlot{e.when, e.handle, e.seq, timer_owner(e), false});
    timer_when_[e.handle] = order;
}

void LoopReplay::remove_timer(uint64_t handle) {
    auto it = timer_when_.find(handle);
    if (it == timer_when_.end()) return;
    timers_.erase(TimerKey{it->second, handle});
    timer_when_.erase(it);
}

void LoopReplay::mark_timer_cancelled(uint64_t handle) {
    auto it = timer_when_.find(handle);
    if (it == timer_when_.end()) return;
    auto slot = timers_.find(TimerKey{it->second, handle});
    if (slot != timers_.end()) slot->second.cancelled = true;
}

void LoopReplay::end_step(uint32_t task) {
    auto it = std::find(running_tasks_.rbegin(), running_tasks_.rend(), task);
    if (it != running_tasks_.rend()) running_tasks_.erase(std::next(it).base());
}

void LoopReplay::end_callback(uint64_t handle) {
    for (size_t i = running_callbacks_.size(); i-- > 0;) {
        if (running_callbacks_[i].first == handle) {
            running_callbacks_.erase(running_callbacks_.begin() + std::ptrdiff_t(i));
            return;
        }
    }
}

void LoopReplay::apply(const Event& e) {
    seq_ = e.seq;
    t_ns_ = e.t_ns;
    switch (e.kind) {
    case EventKind::Turn:
        turn_ = e.count;
        break;
    case EventKind::HandleScheduled:
        push_ready(e, e.what == "step" || e.what == "wakeup" ? e.task : 0);
        break;
    case EventKind::TimerFired:
        remove_timer(e.handle);
        push_ready(e, 0);
        break;
    case EventKind::StepBegin:
        if (e.handle != 0) pop_ready(e.handle);  // eager first steps run without a handle
        running_tasks_.push_back(e.task);
        break;
    case EventKind::StepSuspend:
    case EventKind::TaskDone:
        end_step(e.task);
        break;
    case EventKind::CallbackBegin:
        pop_ready(e.handle);
        running_callbacks_.emplace_back(e.handle, e.seq);
        break;
    case EventKind::CallbackEnd:
        end_callback(e.handle);
        break;
    case EventKind::HandleSkipped:
        pop_ready(e.handle);
        break;
    case EventKind::HandleCancelled:
        mark_ready_cancelled(e.handle);
        break;
    case EventKind::TimerScheduled:
        add_timer(e);
        break;
    case EventKind::TimerCancelled:
        mark_timer_cancelled(e.handle);
        break;
    case EventKind::TimerDiscarded:
        remove_timer(e.handle);
        break;
    case EventKind::LoopStop:
        // run_forever returned: nothing of this loop runs any more (a RunAborted may leave
        // a step "open"; the stop closes it).
        running_tasks_.clear();
        running_callbacks_.clear();
        break;
    default:
        break;
    }
}

namespace {

const Event* event_at(const std::vector<Event>& events, uint64_t seq) {
    return seq < events.size() ? &events[seq] : nullptr;
}

}  // namespace

LoopState LoopReplay::state(const std::vector<Event>& events) const {
    LoopState s;
    s.seq = seq_;
    s.t_ns = t_ns_;
    s.turn = turn_;
    s.ready_count = ready_.size();
    s.timer_count = timers_.size();
    s.ready.reserve(ready_.size());
    for (const ReadySlot& r : ready_) {
        ReadyItem item;
        item.handle = r.handle;
        item.task = r.task;
        item.cancelled = r.cancelled;
        if (const Event* e = event_at(events, r.seq)) {
            item.name = e->name;
            item.what = e->kind == EventKind::TimerFired ? "timer" : e->what;
        }
        s.ready.push_back(std::move(item));
    }
    s.timers.reserve(timers_.size());
    for (const auto& [key, t] : timers_) {
        TimerItem item;
        item.handle = t.handle;
        item.when = t.when;
        item.task = t.task;
        item.cancelled = t.cancelled;
        if (const Event* e = event_at(events, t.seq)) item.name = e->name;
        s.timers.push_back(std::move(item));
    }
    if (!running_tasks_.empty()) s.running_task = running_tasks_.back();
    if (!running_callbacks_.empty()) {
        s.running_callback = running_callbacks_.back().first;
        if (const Event* e = event_at(events, running_callbacks_.back().second)) s.running_callback_name = e->name;
    }
    return s;
}

}  // namespace loopscope::trace
