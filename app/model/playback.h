// The playback cursor over a trace: which event the screen shows, and how keys and the play
// button move it. Plain logic (no ImGui), driven by the app once per frame.
//
// Invariant: when the trace has events, 0 <= cursor.seq < event_count; everything on screen
// shows the state after event cursor.seq (trace::TraceModel's "at seq").
#pragma once

#include <cstdint>

#include "trace/trace_model.h"

namespace loopscope::app {

struct Playback {
    uint64_t seq = 0;            // the event the cursor sits on
    bool playing = false;
    double speed = 1.0;          // virtual seconds per real second; 0.25 .. 8
    double virtual_pos_ns = 0;   // while playing: the animated virtual time (fractional)
    // While playing: real seconds already spent on the move from `seq` to `seq + 1`
    // (0 <= hold_s < that move's cost; see advance()). Reset by every manual move.
    double hold_s = 0;
};

inline constexpr double kMinSpeed = 0.25;
inline constexpr double kMaxSpeed = 8.0;

// One event forward / back (→ / ←); clamped to the trace.
void step_forward(Playback& p, const trace::TraceModel& m);
void step_back(Playback& p, const trace::TraceModel& m);
void go_home(Playback& p, const trace::TraceModel& m);
void go_end(Playback& p, const trace::TraceModel& m);
// Next / previous step_begin of `task` (stays put when there is none).
void next_step_of_task(Playback& p, const trace::TraceModel& m, uint32_t task);
void prev_step_of_task(Playback& p, const trace::TraceModel& m, uint32_t task);
// Next / previous step_suspend or step_begin of any task.
void next_suspend_or_resume(Playback& p, const trace::TraceModel& m);
void prev_suspend_or_resume(Playback& p, const trace::TraceModel& m);
// The last event at or before virtual time `ns`.
void jump_to_time(Playback& p, const trace::TraceModel& m, uint64_t ns);
void toggle_play(Playback& p, const trace::TraceModel& m);
// Speed steps ×2 / ÷2 within [kMinSpeed, kMaxSpeed].
void faster(Playback& p);
void slower(Playback& p);
// Advances a playing cursor by `real_dt_s` real seconds: virtual time moves speed × dt (events
// at the same virtual time are shown one per `min_event_dt_s` real seconds so a burst of
// zero-time steps stays visible); stops at the end.
void advance(Playback& p, const trace::TraceModel& m, double real_dt_s, double min_event_dt_s = 0.08);

// ---- Added by the lessons helper ---------------------------------------------------------
// The real seconds advance() spends moving from event `seq` to `seq + 1`: the virtual gap at
// `speed`, but at least `min_event_dt_s` (0 at the last event).
double move_cost_s(const Playback& p, const trace::TraceModel& m, uint64_t seq, double min_event_dt_s);

}  // namespace loopscope::app
