// `loopscope run`: runs a Python program headless through loopscope::run_program, streaming its
// stdout and stderr like python3 would. Never touches GLFW or OpenGL, so it works without a
// display.
#pragma once

#include <cstddef>
#include <functional>

#include "cli.h"

namespace loopscope::app {

// Runs the program described by `options` and returns the process exit status
// (RunResult::exit_code, or 2 when the file cannot be read, as python3 does).
int run_command(const RunCommandOptions& options);

// Runs `fn` on a thread with a `stack_bytes` native stack and waits for it: the interpreter may
// recurse natively (deeply nested expressions, recursion up to the Python recursion limit).
// Falls back to the calling thread if such a thread cannot be created.
void run_with_large_stack(const std::function<void()>& fn, size_t stack_bytes);

inline constexpr size_t kEngineStackBytes = size_t(512) << 20;  // 512 MiB

}  // namespace loopscope::app
