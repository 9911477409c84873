// Command-line parsing for the loopscope executable (CLI11). Pure: no GLFW, no engine calls.
//
//   loopscope                                        open the window
//   loopscope [--open FILE] [--compare A B ...] [--step N] [--lang en|zh] [--presenter]
//             [--screenshot FILE.png [--frames N]] [--dump-state FILE.json]
//                                                    the window; --screenshot renders N frames,
//                                                    saves a PNG and exits
//   loopscope run [--max-steps N] [--trace OUT.json] [--chrome OUT.json] [--svg OUT.svg]
//                 PROGRAM.py [ARGS...]
//                                                    run a program headless, like python3
//   loopscope run [--max-steps N] [--trace OUT.json] [--chrome OUT.json] [--svg OUT.svg]
//                 -c CODE [ARGS...]
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
    std::string open_path;        // --open: a .py, trace .json or lesson to open
    std::vector<std::string> compare_paths;  // --compare A B ... (2-4 programs) or a lesson
    std::optional<uint64_t> step;            // --step N: the cursor starts on event N
    std::string lang;             // --lang en|zh; empty: the saved setting
    bool presenter = false;       // --presenter: large fonts, light high-contrast theme
    std::string dump_state_path;  // hidden --dump-state: the app's state as JSON on exit (tests)
};

struct RunCommandOptions {
    std::optional<std::string> code;  // -c CODE; when unset, `program` names the file
    std::string program;              // PROGRAM.py, as given
    std::vector<std::string> args;    // program arguments (sys.argv[1:])
    std::optional<uint64_t> max_steps;
    std::string trace_path;           // --trace: write the run's trace as JSON here
    std::string chrome_path;          // --chrome: write it in Chrome Trace Event Format here
    std::string svg_path;             // --svg: write the run's timeline as an SVG picture here
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
