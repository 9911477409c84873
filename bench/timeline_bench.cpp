// Timeline frame-build benchmark: how long the per-frame preprocessing (lane layout, binary
// search, folding, markers, arrows — build_timeline_frame) takes for traces of 1k, 100k and 1M
// events, for a fit-all view and a zoomed one, on a 1600 x 900 canvas. Drawing itself costs at
// most what the records cost, and their number is bounded by the width, not the trace.
//
//   timeline_bench              synthetic traces (hand-made segments) and recorded runs
//   timeline_bench --synthetic  synthetic traces only (fast)
//
// Two kinds of input:
//   synthetic  N "events" = N segments (the worst case: every event a segment), spread over
//              tasks of 1000 segments each, with widths from 1 us to 10 ms;
//   recorded   a real program run by loopscope::run_program with record_trace: T tasks each
//              doing K sleeps, fed through trace::TraceModel (what the app draws).
// Reports the median of 31 frames. No assertions: numbers for docs/timeline.md.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "api/run.h"
#include "model/timeline_frame.h"
#include "model/timeline_view.h"
#include "trace/trace_model.h"

namespace {

using namespace loopscope;
using namespace loopscope::app;

using SyntheticTrace = TimelineTables;

SyntheticTrace synthetic(size_t events) {
    SyntheticTrace t;
    const size_t per_task = std::min<size_t>(events, 1000);
    const size_t task_count = std::max<size_t>(1, events / per_task);
    uint64_t rng = 12345;
    auto next = [&rng] {
        rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
        return rng >> 33;
    };
    static constexpr trace::TaskState kCycle[] = {trace::TaskState::Running,
                                                  trace::TaskState::Suspended,
                                                  trace::TaskState::Ready};
    for (uint32_t id = 1; id <= task_count; ++id) {
        trace::TaskInfo info;
        info.id = id;
        info.parent = id == 1 ? 0 : 1;
        info.name = "Task-" + std::to_string(id);
        t.tasks.push_back(info);
        std::vector<trace::Segment> segs;
        uint64_t now = 0;
        for (size_t i = 0; i < per_task; ++i) {
            trace::Segment s;
            s.task = id;
            s.state = kCycle[i % 3];
            s.begin_ns = now;
            now += 1000 + next() % 10'000'000;  // 1 us .. 10 ms
            s.end_ns = now;
            s.label = s.state == trace::TaskState::Suspended ? "sleep 0.005" : "";
            segs.push_back(std::move(s));
            if (i % 3 == 1) {
                trace::Arrow a;
                a.kind = trace::ArrowKind::Wake;
                a.to_task = id;
                a.from_ns = a.to_ns = now;
                t.arrows.push_back(a);
            }
        }
        t.end_ns = std::max(t.end_ns, now);
        trace::Marker m;
        m.task = id;
        t.markers.push_back(m);
        t.segs.push_back(std::move(segs));
    }
    std::sort(t.arrows.begin(), t.arrows.end(),
              [](const trace::Arrow& a, const trace::Arrow& b) { return a.to_ns < b.to_ns; });
    return t;
}

// Median frame-build time in ms over `frames` builds; prints what the frame held.
double median_build_ms(const TimelineSource& source, const TimelineView& view, int frames = 31) {
    FrameGeometry g;
    g.width = 1600;
    g.height = 900;
    TimelineFrame frame;
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        build_timeline_frame(source, view, g, 1, frame);
        const auto t1 = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::nth_element(ms.begin(), ms.begin() + frames / 2, ms.end());
    const double median = ms[size_t(frames / 2)];
    std::printf("%8.3f ms  (%zu records, %zu markers, %zu arrows%s)\n", median,
                frame.records.size(), frame.markers.size(), frame.arrows.size(),
                frame.arrows_thinned ? ", thinned to the selected task's" : "");
    return median;
}

void report(const char* kind, size_t events, size_t segments, const TimelineSource& source) {
    TimelineView fit_all;
    fit(fit_all, source.end_ns);
    TimelineView zoomed = fit_all;
    zoom_at(zoomed, double(source.end_ns) / 2, 1000);  // 1/1000 of the run, around its middle
    std::printf("%-9s %9zu events %9zu segments %6zu tasks\n", kind, events, segments, source.tasks.size());
    std::printf("    fit-all frame build: ");
    median_build_ms(source, fit_all);
    std::printf("    zoomed  frame build: ");
    median_build_ms(source, zoomed);
}

void run_synthetic(size_t events) {
    const SyntheticTrace t = synthetic(events);
    report("synthetic", events, events, t.source());
}

void run_recorded(int tasks, int sleeps) {
    const std::string program =
        "import asyncio\n"
        "async def worker(i, n):\n"
        "    for k in range(n):\n"
        "        await asyncio.sleep(0.001 * ((i * 7 + k) % 10 + 1))\n"
        "async def main():\n"
        "    await asyncio.gather(*(worker(i, " + std::to_string(sleeps) + ") for i in range(" +
        std::to_string(tasks) + ")))\n"
        "asyncio.run(main())\n";
    RunOptions options;
    options.record_trace = true;
    options.limits.max_steps = 10'000'000'000ULL;
    const auto t0 = std::chrono::steady_clock::now();
    RunResult run = run_program(program, options);
    const auto t1 = std::chrono::steady_clock::now();
    if (run.exit_code != 0) {
        std::printf("recorded run failed: %s\n", run.stderr_text.c_str());
        return;
    }
    const size_t events = run.trace.events.size();
    const trace::TraceModel model(std::move(run.trace));
    const auto t2 = std::chrono::steady_clock::now();
    size_t segments = 0;
    for (const auto& info : model.tasks()) segments += model.segments(info.id).size();
    std::printf("(run %.2f s, TraceModel build %.2f s)\n",
                std::chrono::duration<double>(t1 - t0).count(),
                std::chrono::duration<double>(t2 - t1).count());
    report("recorded", events, segments, timeline_source(model));
}

}  // namespace

int main(int argc, char** argv) {
    const bool synthetic_only = argc > 1 && std::strcmp(argv[1], "--synthetic") == 0;
    for (size_t n : {size_t(1'000), size_t(100'000), size_t(1'000'000)}) run_synthetic(n);
    if (synthetic_only) return 0;
    // T tasks x K sleeps: about 7 events per sleep.
    run_recorded(10, 15);      // ~1k events
    run_recorded(100, 150);    // ~100k events
    run_recorded(1000, 150);   // ~1M events
    return 0;
}
