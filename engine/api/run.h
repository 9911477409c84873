// Public entry point of the engine: run a Python program headless.
// The app and the CLI see only this header (and, later, the Trace queries).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "trace/event.h"

namespace loopscope {

struct RunLimits {
    // Bytecode instructions executed before the run is stopped ("budget exhausted").
    uint64_t max_steps = 500'000'000;
    // Bytes the program's heap may hold before MemoryError ends it.
    uint64_t max_memory_bytes = uint64_t(2) << 30;
    // Python frames deep before RecursionError (CPython's default is 1000).
    int recursion_limit = 1000;
};

struct RunOptions {
    std::string filename = "<string>";  // shown in tracebacks; "<string>" for -c
    std::vector<std::string> argv;      // sys.argv; argv[0] is the program name
    std::string stdin_text;             // what input() reads; EOF after it
    RunLimits limits;
    // Called as the program writes; when unset the text is only collected in RunResult.
    std::function<void(std::string_view)> on_stdout;
    std::function<void(std::string_view)> on_stderr;
    // Record every asyncio state change, print and warning into RunResult::trace
    // (engine/trace/event.h; `loopscope run --trace out.json` writes it as JSON).
    bool record_trace = false;
    // Set by another thread to stop the run: checked where the VM checks its step budget
    // (every 65,536 instructions), so even `while True: pass` stops within a millisecond or
    // so. A cancelled run ends like an exhausted budget: a message on stderr, exit code 1.
    const std::atomic<bool>* cancel = nullptr;
    // Updated with the instructions executed so far at the same checks (a progress display).
    std::atomic<uint64_t>* progress_steps = nullptr;
};

struct RunResult {
    std::string stdout_text;  // everything the program printed to sys.stdout
    std::string stderr_text;  // tracebacks, warnings, budget messages
    int exit_code = 0;        // 0 ok, 1 uncaught exception / syntax error, n for sys.exit(n)
    uint64_t steps = 0;       // instructions executed
    uint64_t virtual_ns = 0;  // the virtual clock at the end: CPU charged + idle jumps + sleeps
    trace::Trace trace;       // the recorded events when RunOptions::record_trace is set
};

// Compiles and runs `source` on a thread of its own with a 512 MiB native stack (Python calls
// recurse natively up to the recursion limit), and waits for it. Never throws, never crashes on bad programs: syntax errors,
// uncaught exceptions and exhausted budgets are reported in stderr_text with exit_code 1.
RunResult run_program(std::string_view source, const RunOptions& options);

}  // namespace loopscope
