// The playback cursor: keys and the play button moving it over a trace (playback.h).
#include "model/playback.h"

#include <algorithm>
#include <cmath>

namespace loopscope::app {

namespace {

using trace::EventKind;

uint64_t last_seq(const trace::TraceModel& m) {
    return m.event_count() == 0 ? 0 : m.event_count() - 1;
}

uint64_t time_of(const trace::TraceModel& m, uint64_t seq) {
    return m.event_count() == 0 ? 0 : m.trace().events[std::min(seq, last_seq(m))].t_ns;
}

// A manual move: the cursor lands exactly on `seq`, play stops, the animation restarts there.
void land(Playback& p, const trace::TraceModel& m, uint64_t seq) {
    p.seq = std::min(seq, last_seq(m));
    p.playing = false;
    p.hold_s = 0;
    p.virtual_pos_ns = static_cast<double>(time_of(m, p.seq));
}

bool is_step_edge(EventKind kind) {
    return kind == EventKind::StepBegin || kind == EventKind::StepSuspend;
}

}  // namespace

void step_forward(Playback& p, const trace::TraceModel& m) { land(p, m, p.seq + 1); }

void step_back(Playback& p, const trace::TraceModel& m) { land(p, m, p.seq == 0 ? 0 : p.seq - 1); }

void go_home(Playback& p, const trace::TraceModel& m) { land(p, m, 0); }

void go_end(Playback& p, const trace::TraceModel& m) { land(p, m, last_seq(m)); }

void next_step_of_task(Playback& p, const trace::TraceModel& m, uint32_t task) {
    const std::vector<uint64_t>& seqs = m.events_of(task);
    const auto& events = m.trace().events;
    for (auto it = std::upper_bound(seqs.begin(), seqs.end(), p.seq); it != seqs.end(); ++it) {
        const trace::Event& e = events[*it];
        if (e.kind == EventKind::StepBegin && e.task == task) return land(p, m, *it);
    }
}

void prev_step_of_task(Playback& p, const trace::TraceModel& m, uint32_t task) {
    const std::vector<uint64_t>& seqs = m.events_of(task);
    const auto& events = m.trace().events;
    for (auto it = std::lower_bound(seqs.begin(), seqs.end(), p.seq); it != seqs.begin();) {
        --it;
        const trace::Event& e = events[*it];
        if (e.kind == EventKind::StepBegin && e.task == task) return land(p, m, *it);
    }
}

void next_suspend_or_resume(Playback& p, const trace::TraceModel& m) {
    const auto& events = m.trace().events;
    for (uint64_t s = p.seq + 1; s < events.size(); ++s)
        if (is_step_edge(events[s].kind)) return land(p, m, s);
}

void prev_suspend_or_resume(Playback& p, const trace::TraceModel& m) {
    const auto& events = m.trace().events;
    for (uint64_t s = std::min<uint64_t>(p.seq, events.size()); s-- > 0;)
        if (is_step_edge(events[s].kind)) return land(p, m, s);
}

void jump_to_time(Playback& p, const trace::TraceModel& m, uint64_t ns) {
    land(p, m, m.seq_at_time(ns));
    // Between events the time cursor stays where it was put, not on the event's time.
    if (m.event_count() > 0)
        p.virtual_pos_ns = static_cast<double>(std::max(ns, time_of(m, p.seq)));
}

void toggle_play(Playback& p, const trace::TraceModel& m) {
    if (p.playing) {
        p.playing = false;
        return;
    }
    if (m.event_count() == 0) return;
    if (p.seq >= last_seq(m)) land(p, m, 0);  // play at the end starts over
    p.playing = true;
    p.hold_s = 0;
    p.virtual_pos_ns = static_cast<double>(time_of(m, p.seq));
}

void faster(Playback& p) { p.speed = std::clamp(p.speed * 2, kMinSpeed, kMaxSpeed); }

void slower(Playback& p) { p.speed = std::clamp(p.speed / 2, kMinSpeed, kMaxSpeed); }

double move_cost_s(const Playback& p, const trace::TraceModel& m, uint64_t seq,
                   double min_event_dt_s) {
    if (seq >= last_seq(m)) return 0;
    const double gap_ns = static_cast<double>(time_of(m, seq + 1) - time_of(m, seq));
    const double speed = std::clamp(p.speed, kMinSpeed, kMaxSpeed);
    return std::max(gap_ns / 1e9 / speed, min_event_dt_s);
}

void advance(Playback& p, const trace::TraceModel& m, double real_dt_s, double min_event_dt_s) {
    if (!p.playing) return;
    if (!(real_dt_s > 0)) return;  // also rejects NaN
    min_event_dt_s = std::max(0.0, min_event_dt_s);
    double budget = real_dt_s + p.hold_s;
    while (true) {
        if (p.seq >= last_seq(m)) {
            p.seq = last_seq(m);
            p.playing = false;
            p.hold_s = 0;
            p.virtual_pos_ns = static_cast<double>(time_of(m, p.seq));
            return;
        }
        const double cost = move_cost_s(p, m, p.seq, min_event_dt_s);
        if (budget < cost) break;
        budget -= cost;
        ++p.seq;
    }
    // Part-way through the move to seq + 1: the time cursor slides across the gap.
    p.hold_s = budget;
    const double t0 = static_cast<double>(time_of(m, p.seq));
    const double t1 = static_cast<double>(time_of(m, p.seq + 1));
    const double cost = move_cost_s(p, m, p.seq, min_event_dt_s);
    p.virtual_pos_ns = cost > 0 ? t0 + (t1 - t0) * std::min(1.0, budget / cost) : t0;
}

}  // namespace loopscope::app
