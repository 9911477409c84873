// trace_model_bench: how fast TraceModel builds and answers loop_state_at on a big trace.
//
//   trace_model_bench [TASKS]      (default 100000)
//
// Runs, in process, a program whose TASKS tasks all sleep at once (so the timer heap holds
// TASKS timers and the ready queue TASKS handles at its peaks), records its trace (~16 events
// per task), then times: building the model, 1000 loop_state_at queries at random seqs, and
// the Chrome export. Memory is the heap growth measured by mallinfo2 around each phase.
// Numbers only; nothing here is asserted (no timing assertions anywhere in the tests).
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "api/run.h"
#include "trace/chrome_trace.h"
#include "trace/trace_model.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Bytes in use on the main arena, mmapped blocks (big vectors) included.
double heap_mb() {
    struct mallinfo2 m = mallinfo2();
    return double(m.uordblks + m.hblkhd) / (1024.0 * 1024.0);
}

std::string program(long tasks) {
    return "import asyncio\n"
           "async def worker(i):\n"
           "    await asyncio.sleep(i % 100 / 10)\n"
           "    return i\n"
           "async def main():\n"
           "    results = await asyncio.gather(*(worker(i) for i in range(" +
           std::to_string(tasks) +
           ")))\n"
           "    print(len(results))\n"
           "asyncio.run(main())\n";
}

}  // namespace

int main(int argc, char** argv) {
    long tasks = argc > 1 ? std::atol(argv[1]) : 100000;
    loopscope::RunOptions options;
    options.filename = "bench.py";
    options.record_trace = true;
    options.limits.max_steps = 4'000'000'000;

    Clock::time_point t0 = Clock::now();
    loopscope::RunResult run = loopscope::run_program(program(tasks), options);
    double run_s = seconds_since(t0);
    if (run.exit_code != 0) {
        std::fprintf(stderr, "the program failed:\n%s", run.stderr_text.c_str());
        return 1;
    }
    size_t events = run.trace.events.size();
    // The run allocated on its own thread's malloc arena, which mallinfo2 does not see: copy
    // the trace here to measure it.
    double heap_before_copy = heap_mb();
    loopscope::trace::Trace trace = run.trace;
    std::printf("tasks %ld, events %zu, run+record %.2f s, trace in memory %.0f MB\n", tasks, events, run_s,
                heap_mb() - heap_before_copy);
    run.trace = {};

    double heap0 = heap_mb();
    t0 = Clock::now();
    loopscope::trace::TraceModel model(std::move(trace));
    double build_s = seconds_since(t0);
    double model_mb = heap_mb() - heap0;
    std::printf("model build %.3f s (%.0f ns/event), %zu checkpoints\n", build_s, build_s * 1e9 / double(events),
                model.checkpoint_count());
    std::printf("model's own memory (tables, segments, loop index, checkpoints): %.0f MB\n", model_mb);

    std::mt19937_64 rng(42);
    size_t items = 0, max_items = 0;
    t0 = Clock::now();
    for (int i = 0; i < 1000; ++i) {
        loopscope::trace::LoopState s = model.loop_state_at(rng() % events);
        items += s.ready.size() + s.timers.size();
        max_items = std::max(max_items, s.ready.size() + s.timers.size());
    }
    double query_s = seconds_since(t0);
    std::printf("1000 loop_state_at: %.3f s total, %.2f ms each (avg %zu items returned, max %zu)\n", query_s,
                query_s, items / 1000, max_items);

    t0 = Clock::now();
    for (int i = 0; i < 1000; ++i) items += model.loop_state_at(rng() % events, 100).ready.size();
    query_s = seconds_since(t0);
    std::printf("1000 loop_state_at(seq, 100 items): %.3f s total, %.2f ms each\n", query_s, query_s);

    size_t segments = 0;
    for (const auto& t : model.tasks()) segments += model.segments(t.id).size();
    std::printf("segments %zu, arrows %zu, markers %zu\n", segments, model.arrows().size(), model.markers().size());

    t0 = Clock::now();
    std::string chrome = loopscope::trace::to_chrome_trace(model);
    std::printf("chrome export %.2f s, %.0f MB\n", seconds_since(t0), double(chrome.size()) / (1024.0 * 1024.0));
    return 0;
}
