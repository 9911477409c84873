// The time axis: "nice" tick steps (1, 2 or 5 times a power of ten ns) and their labels in
// virtual seconds, plus the duration texts the timeline and the compare view show.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace loopscope::app {

struct AxisTick {
    double t_ns = 0;
    float x = 0;        // local track px
    std::string label;  // "1.5 s"
};

// The smallest step of the form {1, 2, 5} * 10^k ns (k >= 0) that keeps ticks at least
// `min_px` apart on a `width_px` track showing `span_ns`.
double nice_tick_step(double span_ns, float width_px, float min_px);

// Ticks at multiples of the nice step inside [t0, t1] (at most width/min_px + 2 of them).
std::vector<AxisTick> axis_ticks(double t0_ns, double t1_ns, float width_px, float min_px = 90);

// `t_ns` in seconds with as many decimals as `step_ns` needs: (1.5e9, 5e8) -> "1.5 s".
std::string format_tick(double t_ns, double step_ns);
// A duration for people: "3.00 s", "250 ms", "12.5 µs", "40 ns" (three significant digits).
std::string format_duration(double ns);

}  // namespace loopscope::app
