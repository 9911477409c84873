// Command-line parsing of the loopscope executable (app/cli.h).
#include "cli.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace loopscope::app {
namespace {

struct Parsed {
    CliParse cli;
    std::string out;
    std::string err;
};

Parsed parse(std::vector<std::string> args) {
    args.insert(args.begin(), "loopscope");
    std::ostringstream out;
    std::ostringstream err;
    Parsed parsed{parse_cli(args, out, err), "", ""};
    parsed.out = out.str();
    parsed.err = err.str();
    return parsed;
}

using Args = std::vector<std::string>;

TEST(Cli, NoArgumentsOpensTheWindow) {
    const Parsed p = parse({});
    EXPECT_EQ(p.cli.command, Command::kGui);
    EXPECT_TRUE(p.cli.gui.screenshot_path.empty());
}

TEST(Cli, Screenshot) {
    const Parsed p = parse({"--screenshot", "out.png", "--frames", "7"});
    ASSERT_EQ(p.cli.command, Command::kGui);
    EXPECT_EQ(p.cli.gui.screenshot_path, "out.png");
    EXPECT_EQ(p.cli.gui.frames, 7);
}

TEST(Cli, FramesMustBePositive) {
    const Parsed p = parse({"--screenshot", "out.png", "--frames", "0"});
    EXPECT_EQ(p.cli.command, Command::kExit);
    EXPECT_EQ(p.cli.exit_code, 2);
    EXPECT_NE(p.err.find("--frames"), std::string::npos) << p.err;
}

TEST(Cli, ScreenshotNamedRunIsAFile) {
    const Parsed p = parse({"--screenshot", "run"});
    ASSERT_EQ(p.cli.command, Command::kGui);
    EXPECT_EQ(p.cli.gui.screenshot_path, "run");
}

TEST(Cli, RunFileWithArguments) {
    const Parsed p = parse({"run", "--max-steps", "100", "prog.py", "a", "-c", "--max-steps", "1"});
    ASSERT_EQ(p.cli.command, Command::kRun) << p.err;
    EXPECT_FALSE(p.cli.run.code.has_value());
    EXPECT_EQ(p.cli.run.program, "prog.py");
    EXPECT_EQ(p.cli.run.args, (Args{"a", "-c", "--max-steps", "1"}));
    EXPECT_EQ(p.cli.run.max_steps, 100u);
}

TEST(Cli, RunCodeWithArguments) {
    const Parsed p = parse({"run", "-c", "print(1)", "x", "--", "--max-steps", "5"});
    ASSERT_EQ(p.cli.command, Command::kRun) << p.err;
    EXPECT_EQ(p.cli.run.code, "print(1)");
    EXPECT_TRUE(p.cli.run.program.empty());
    EXPECT_EQ(p.cli.run.args, (Args{"x", "--", "--max-steps", "5"}));
    EXPECT_FALSE(p.cli.run.max_steps.has_value());
}

TEST(Cli, RunCodeAttachedToFlag) {
    const Parsed p = parse({"run", "-cprint(2)", "y"});
    ASSERT_EQ(p.cli.command, Command::kRun) << p.err;
    EXPECT_EQ(p.cli.run.code, "print(2)");
    EXPECT_EQ(p.cli.run.args, (Args{"y"}));
}

TEST(Cli, RunMaxStepsWithEquals) {
    const Parsed p = parse({"run", "--max-steps=9", "p.py"});
    ASSERT_EQ(p.cli.command, Command::kRun) << p.err;
    EXPECT_EQ(p.cli.run.max_steps, 9u);
    EXPECT_EQ(p.cli.run.program, "p.py");
}

TEST(Cli, RunProgramAfterDoubleDash) {
    const Parsed p = parse({"run", "--", "-odd.py", "z"});
    ASSERT_EQ(p.cli.command, Command::kRun) << p.err;
    EXPECT_EQ(p.cli.run.program, "-odd.py");
    EXPECT_EQ(p.cli.run.args, (Args{"z"}));
}

TEST(Cli, RunNeedsAProgram) {
    const Parsed p = parse({"run", "--max-steps", "3"});
    EXPECT_EQ(p.cli.command, Command::kExit);
    EXPECT_EQ(p.cli.exit_code, 2);
    EXPECT_NE(p.err.find("expected PROGRAM.py or -c CODE"), std::string::npos) << p.err;
}

TEST(Cli, RunRejectsNegativeMaxSteps) {
    const Parsed p = parse({"run", "--max-steps", "-1", "p.py"});
    EXPECT_EQ(p.cli.command, Command::kExit);
    EXPECT_EQ(p.cli.exit_code, 2);
}

TEST(Cli, HelpExitsZero) {
    const Parsed p = parse({"--help"});
    EXPECT_EQ(p.cli.command, Command::kExit);
    EXPECT_EQ(p.cli.exit_code, 0);
    EXPECT_NE(p.out.find("--screenshot"), std::string::npos) << p.out;
    EXPECT_NE(p.out.find("run"), std::string::npos) << p.out;
}

TEST(Cli, RunHelpExitsZero) {
    const Parsed p = parse({"run", "--help"});
    EXPECT_EQ(p.cli.command, Command::kExit);
    EXPECT_EQ(p.cli.exit_code, 0);
    EXPECT_NE(p.out.find("--max-steps"), std::string::npos) << p.out;
}

TEST(Cli, ScreenshotCannotBeCombinedWithRun) {
    const Parsed p = parse({"--screenshot", "a.png", "run", "p.py"});
    EXPECT_EQ(p.cli.command, Command::kExit);
    EXPECT_EQ(p.cli.exit_code, 2);
}

}  // namespace
}  // namespace loopscope::app
