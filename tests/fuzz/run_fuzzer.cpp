// libFuzzer target: whole programs through the engine, with small budgets. Any input — valid
// Python or not — must end in output, a traceback or a budget message: never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    loopscope::RunOptions options;
    options.filename = "fuzz.py";
    options.limits.max_steps = 20'000;
    options.limits.max_memory_bytes = uint64_t(256) << 20;
    options.limits.recursion_limit = 200;
    (void)loopscope::run_program(std::string_view(reinterpret_cast<const char*>(data), size), options);
    return 0;
}
