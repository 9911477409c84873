// `loopscope run`: runs a Python program headless through loopscope::run_program, streaming its
// stdout and stderr like python3 would. Never touches GLFW or OpenGL, so it works without a
// display.
#pragma once

#include "cli.h"

namespace loopscope::app {

// Runs the program described by `options` and returns the process exit status
// (RunResult::exit_code, or 2 when the file cannot be read, as python3 does).
int run_command(const RunCommandOptions& options);


}  // namespace loopscope::app
