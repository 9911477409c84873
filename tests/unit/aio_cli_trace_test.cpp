// `loopscope run --trace OUT.json`: parsing, and the file it writes (app/cli.h, run_command.h).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli.h"
#include "run_command.h"
#include "trace/trace_json.h"

namespace loopscope::app {
namespace {

namespace fs = std::filesystem;

CliParse parse(std::vector<std::string> args) {
    args.insert(args.begin(), "loopscope");
    std::ostringstream out, err;
    return parse_cli(args, out, err);
}

TEST(CliTrace, TraceOptionTakesAFileBeforeTheProgram) {
    CliParse p = parse({"run", "--trace", "out.json", "prog.py", "--trace", "x"});
    ASSERT_EQ(p.command, Command::kRun);
    EXPECT_EQ(p.run.trace_path, "out.json");
    EXPECT_EQ(p.run.program, "prog.py");
    EXPECT_EQ(p.run.args, (std::vector<std::string>{"--trace", "x"}));
}

TEST(CliTrace, NoTraceByDefault) {
    CliParse p = parse({"run", "prog.py"});
    EXPECT_TRUE(p.run.trace_path.empty());
}

TEST(CliTrace, WritesAReadableTrace) {
    fs::path dir = fs::temp_directory_path() / ("loopscope_cli_trace_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::path program = dir / "prog.py";
    fs::path out = dir / "out.json";
    std::ofstream(program) << "import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n";
    RunCommandOptions options;
    options.program = program.string();
    options.trace_path = out.string();
    EXPECT_EQ(run_command(options), 0);
    std::ifstream in(out);
    std::stringstream text;
    text << in.rdbuf();
    trace::Trace t = trace::from_json(text.str());
    EXPECT_FALSE(t.events.empty());
    ASSERT_EQ(t.sources.size(), 1u);
    EXPECT_EQ(t.sources[0].first, program.string());
    fs::remove_all(dir);
}

TEST(CliTrace, UnwritableTraceFileFailsTheRun) {
    RunCommandOptions options;
    options.code = "print('hi')";
    options.trace_path = "/nonexistent-dir/out.json";
    EXPECT_EQ(run_command(options), 1);
}

}  // namespace
}  // namespace loopscope::app
