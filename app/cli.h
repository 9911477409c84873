// Command-line parsing for the loopscope executable (CLI11). Pure: no GLFW, no engine calls.
//
//   loopscope                                        open the window
//   loopscope --screenshot FILE.png [--frames N]     render N frames, save a PNG, exit
//   loopscope run [--max-steps N] [--trace OUT.json] PROGRAM.py [ARGS...]
//                                                    run a program headless, like python3
//   loopscope run [--max-steps N] [--trace OUT.json] -c CODE [ARGS...]
//
// As with python3, everything after PROGRAM.py (or after -c CODE) belongs to the program, even
// when it looks like an option.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace loopscope::app {

struct GuiOptions {
    std::string screenshot_path;  // empty: interactive session
    int frames = 5;               // frames rendered before the screenshot is taken
};

struct RunCommandOptions {
    std::optional<std::string> code;  // -c CODE; when unset, `program` names the file
    std::string program;              // PROGRAM.py, as given
    std::vector<std::string> args;    // program arguments (sys.argv[1:])
    std::optional<uint64_t> max_steps;
    std::string trace_path;           // --trace: write the run's trace as JSON here
};

enum class Command {
    kGui,   // open the window (or take a screenshot)
    kRun,   // `loopscope run`
    kExit,  // --help printed or usage error: exit with CliParse::exit_code
};

struct CliParse {
    Command command = Command::kGui;
    GuiOptions gui;
    RunCommandOptions run;
    int exit_code = 0;
};

// Parses `argv` (argv[0] is the executable). Help goes to `out`, usage errors to `err`.
CliParse parse_cli(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);

}  // namespace loopscope::app
