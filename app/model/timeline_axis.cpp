#include "model/timeline_axis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace loopscope::app {

double nice_tick_step(double span_ns, float width_px, float min_px) {
    if (!(span_ns > 0) || !std::isfinite(span_ns)) return 1;
    const double width = std::max(1.0, double(width_px));
    const double wanted = span_ns * std::max(1.0, double(min_px)) / width;  // ns between ticks
    double power = 1;
    while (power * 10 <= wanted) power *= 10;
    for (double mantissa : {1.0, 2.0, 5.0, 10.0}) {
        if (power * mantissa >= wanted) return power * mantissa;
    }
    return power * 10;
}

std::string format_tick(double t_ns, double step_ns) {
    // Decimals of the step in seconds: 1 s -> 0, 0.5 s -> 1, 0.02 s -> 2, 5e-9 s -> 9.
    int decimals = 0;
    for (double step_s = step_ns / 1e9; decimals < 9 && step_s < 0.999999; step_s *= 10) ++decimals;
    double seconds = t_ns / 1e9;
    if (std::fabs(seconds) < 0.5e-9) seconds = 0;  // no "-0 s"
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f s", decimals, seconds);
    return buf;
}

std::vector<AxisTick> axis_ticks(double t0_ns, double t1_ns, float width_px, float min_px) {
    std::vector<AxisTick> ticks;
    if (!(t1_ns > t0_ns) || !(width_px > 0)) return ticks;
    const double step = nice_tick_step(t1_ns - t0_ns, width_px, min_px);
    const double nspp = (t1_ns - t0_ns) / width_px;
    for (double k = std::ceil(t0_ns / step); k * step <= t1_ns; k += 1) {
        const double t = k * step;
        ticks.push_back({t, static_cast<float>((t - t0_ns) / nspp), format_tick(t, step)});
        if (ticks.size() > 10000) break;  // cannot happen with a sane min_px; never loop forever
    }
    return ticks;
}

std::string format_duration(double ns) {
    struct Unit {
        double scale;
        const char* name;
    };
    static constexpr Unit kUnits[] = {{1e9, "s"}, {1e6, "ms"}, {1e3, "µs"}, {1, "ns"}};
    char buf[48];
    if (!std::isfinite(ns) || ns < 0) ns = 0;
    for (const Unit& unit : kUnits) {
        if (ns >= unit.scale || unit.scale == 1) {
            const double v = ns / unit.scale;
            // Seconds always with two decimals ("3.00 s": totals compare at a glance).
            const int decimals = unit.scale == 1e9 ? 2 : v >= 100 ? 0 : v >= 10 ? 1 : 2;
            std::snprintf(buf, sizeof buf, "%.*f %s", unit.scale == 1 ? 0 : decimals, v, unit.name);
            return buf;
        }
    }
    return "0 ns";
}

}  // namespace loopscope::app
