// The GUI flags of the loopscope executable: --open, --compare, --step, --lang, --presenter and
// the hidden --dump-state.
#include "cli.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace loopscope::app {
namespace {

CliParse parse_gui(std::vector<std::string> args, std::string* err = nullptr) {
    args.insert(args.begin(), "loopscope");
    std::ostringstream out, errs;
    CliParse parsed = parse_cli(args, out, errs);
    if (err) *err = errs.str();
    return parsed;
}

TEST(CliGui, ParsesEveryGuiFlag) {
    const CliParse p = parse_gui({"--open", "a.py", "--step", "12", "--lang", "zh", "--presenter",
                                  "--screenshot", "s.png", "--frames", "3", "--dump-state", "d.json"});
    ASSERT_EQ(p.command, Command::kGui);
    EXPECT_EQ(p.gui.open_path, "a.py");
    EXPECT_EQ(p.gui.step, 12u);
    EXPECT_EQ(p.gui.lang, "zh");
    EXPECT_TRUE(p.gui.presenter);
    EXPECT_EQ(p.gui.screenshot_path, "s.png");
    EXPECT_EQ(p.gui.frames, 3);
    EXPECT_EQ(p.gui.dump_state_path, "d.json");
}

TEST(CliGui, CompareTakesUpToFourProgramsOrALesson) {
    CliParse p = parse_gui({"--compare", "a.py", "b.py", "c.py", "--lang", "en"});
    ASSERT_EQ(p.command, Command::kGui);
    EXPECT_EQ(p.gui.compare_paths, (std::vector<std::string>{"a.py", "b.py", "c.py"}));
    EXPECT_EQ(parse_gui({"--compare", "05-compare"}).gui.compare_paths.size(), 1u);  // a lesson
    EXPECT_EQ(parse_gui({"--compare"}).command, Command::kExit);
    EXPECT_EQ(parse_gui({"--compare", "a", "b", "c", "d", "e"}).command, Command::kExit);
}

TEST(CliGui, RejectsBadValues) {
    std::string err;
    EXPECT_EQ(parse_gui({"--lang", "fr"}, &err).command, Command::kExit);
    EXPECT_NE(err.find("--lang"), std::string::npos) << err;
    EXPECT_EQ(parse_gui({"--step", "-1"}).command, Command::kExit);
}

TEST(CliGui, AFileNamedRunAfterAGuiOptionIsNotTheSubcommand) {
    const CliParse p = parse_gui({"--open", "run"});
    ASSERT_EQ(p.command, Command::kGui);
    EXPECT_EQ(p.gui.open_path, "run");
}

TEST(CliGui, DefaultsOpenTheLessons) {
    const CliParse p = parse_gui({});
    EXPECT_EQ(p.command, Command::kGui);
    EXPECT_TRUE(p.gui.open_path.empty());
    EXPECT_FALSE(p.gui.step.has_value());
    EXPECT_FALSE(p.gui.presenter);
}

}  // namespace
}  // namespace loopscope::app
