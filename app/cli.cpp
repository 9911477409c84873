#include "cli.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string_view>

namespace loopscope::app {
namespace {

constexpr int kUsageError = 2;  // what python3 exits with on a bad command line

// Index of the `run` subcommand in argv, or argv.size() if there is none. Skips the values of
// the top-level options so `--screenshot run` names a file, not the subcommand.
size_t find_run(const std::vector<std::string>& argv) {
    for (size_t i = 1; i < argv.size(); ++i) {
        if (argv[i] == "run") return i;
        if (argv[i] == "--screenshot" || argv[i] == "--frames" || argv[i] == "--open" ||
            argv[i] == "--step" || argv[i] == "--lang" || argv[i] == "--dump-state") {
            ++i;
        } else if (argv[i] == "--compare") {  // its values run up to the next option
            while (i + 1 < argv.size() && !argv[i + 1].starts_with("-")) ++i;
        }
    }
    return argv.size();
}

// Index of the first program argument after `run`: the arguments after PROGRAM.py or after
// -c CODE belong to the program (python3's rule), so CLI11 must never see them.
size_t find_program_args(const std::vector<std::string>& argv, size_t run_index) {
    for (size_t i = run_index + 1; i < argv.size(); ++i) {
        std::string_view arg = argv[i];
        if (arg == "-c") return std::min(i + 2, argv.size());  // -c CODE
        if (arg.starts_with("-c")) return i + 1;               // -cCODE
        if (arg == "--max-steps" || arg == "--trace" || arg == "--chrome" || arg == "--svg") {
            ++i;
        } else if (arg == "--") {
            return std::min(i + 2, argv.size());  // -- PROGRAM.py
        } else if (!arg.starts_with("-") || arg == "-") {
            return i + 1;  // PROGRAM.py
        }
    }
    return argv.size();
}

// Accepts only digits: CLI11 would otherwise wrap "-1" around to 2^64 - 1.
const CLI::Validator kWholeNumber(
    [](std::string& text) {
        const bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
            return c >= '0' && c <= '9';
        });
        return digits ? std::string() : "expected a whole number >= 0, got " + text;
    },
    "", "whole number");

}  // namespace

CliParse parse_cli(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    CliParse result;
    if (argv.empty()) return result;  // execve() with an empty argv: nothing to parse
    const size_t run_index = find_run(argv);
    const size_t split = run_index < argv.size() ? find_program_args(argv, run_index) : argv.size();
    std::vector<std::string> head(argv.begin(), argv.begin() + static_cast<ptrdiff_t>(split));
    result.run.args.assign(argv.begin() + static_cast<ptrdiff_t>(split), argv.end());

    CLI::App cli{"loopscope — asyncio, step by step", "loopscope"};
    cli.footer("With no arguments, opens the loopscope window with the built-in lessons.");
    cli.add_option("--screenshot", result.gui.screenshot_path,
                   "Render --frames frames, save the window as a PNG and exit")
        ->type_name("FILE.png");
    cli.add_option("--frames", result.gui.frames, "Frames to render before the screenshot")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cli.add_option("--open", result.gui.open_path, "Open a program (.py), a trace (.json) or a lesson")
        ->type_name("FILE");
    cli.add_option("--compare", result.gui.compare_paths,
                   "Run 2 to 4 programs (or a compare lesson's variants) on one time axis")
        ->type_name("A.py B.py ... | LESSON")
        ->expected(1, 4);
    cli.add_option("--step", result.gui.step, "Put the cursor on the Nth event of the run")
        ->check(kWholeNumber)
        ->type_name("N");
    cli.add_option("--lang", result.gui.lang, "Language of the interface")
        ->check(CLI::IsMember({"en", "zh"}))
        ->type_name("en|zh");
    cli.add_flag("--presenter", result.gui.presenter,
                 "Presenter mode: large fonts, light high-contrast theme for projectors");
    cli.add_option("--dump-state", result.gui.dump_state_path)
        ->group("");  // hidden: GUI tests read the app's state from it on exit

    CLI::App* run = cli.add_subcommand(
        "run", "Run a Python program headless on loopscope's interpreter, like python3");
    run->footer(
        "Usage: loopscope run [--max-steps N] [--trace OUT.json] [--chrome OUT.json] [--svg OUT.svg]\n"
        "                     (PROGRAM.py | -c CODE) [ARGS...]\n"
        "Arguments after PROGRAM.py or -c CODE go to the program as sys.argv[1:].");
    run->add_option("--max-steps", result.run.max_steps,
                    "Stop the program after N bytecode instructions")
        ->check(kWholeNumber)
        ->type_name("N");
    run->add_option("--trace", result.run.trace_path,
                    "Record every task, await, cancel, callback and print; write it as JSON "
                    "(docs/trace-format.md)")
        ->type_name("OUT.json");
    run->add_option("--chrome", result.run.chrome_path,
                    "Record the run and write it in Chrome Trace Event Format, for Perfetto "
                    "(ui.perfetto.dev) or chrome://tracing")
        ->type_name("OUT.json");
    run->add_option("--svg", result.run.svg_path,
                    "Record the run and draw its timeline (lanes, states, arrows, axis) as SVG")
        ->type_name("OUT.svg");
    run->add_option("-c", result.run.code, "Program passed in as a string")->type_name("CODE");
    run->add_option("program", result.run.program, "Python file to run")->type_name("PROGRAM.py");

    std::vector<std::string> reversed(head.rbegin(), head.rend() - 1);  // CLI11 takes argv reversed
    try {
        cli.parse(reversed);
        if (run->parsed()) {
            if (!result.run.code && result.run.program.empty()) {
                throw CLI::ValidationError("run", "expected PROGRAM.py or -c CODE");
            }
            if (!result.gui.screenshot_path.empty()) {
                throw CLI::ValidationError("--screenshot", "cannot be combined with run");
            }
            if (!result.gui.open_path.empty() || !result.gui.compare_paths.empty()) {
                throw CLI::ValidationError("--open/--compare", "cannot be combined with run");
            }
        }
    } catch (const CLI::ParseError& e) {
        result.command = Command::kExit;
        const int status = cli.exit(e, out, err);
        result.exit_code = status == 0 ? 0 : kUsageError;
        return result;
    }
    result.command = run->parsed() ? Command::kRun : Command::kGui;
    return result;
}

}  // namespace loopscope::app
