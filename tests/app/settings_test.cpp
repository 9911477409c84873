// Settings round-trip through JSON, live under $XDG_CONFIG_HOME, and a corrupt file never
// crashes: it gives the defaults and a warning.
#include "model/settings.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "model/recent_files.h"

namespace loopscope::app {
namespace {

std::filesystem::path temp_dir(const char* name) {
    auto dir = std::filesystem::temp_directory_path() /
               (std::string("loopscope_settings_") + name + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

TEST(Settings, RoundTripThroughAFile) {
    const auto dir = temp_dir("rt");
    Settings s;
    s.splits.left = 0.4f;
    s.language = "zh";
    s.presenter = true;
    s.zoom = 1.5f;
    s.recent_files = {"/a.py", "/b.json"};
    s.window_width = 1600;
    std::string error;
    ASSERT_TRUE(save_settings(dir / "sub" / "settings.json", s, &error)) << error;
    std::string warning;
    EXPECT_EQ(load_settings(dir / "sub" / "settings.json", &warning), s);
    EXPECT_EQ(warning, "");
    std::filesystem::remove_all(dir);
}

TEST(Settings, PathFollowsXdgConfigHome) {
    const auto dir = temp_dir("xdg");
    ::setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
    EXPECT_EQ(settings_path(), dir / "loopscope" / "settings.json");
    ::setenv("XDG_CONFIG_HOME", "relative/ignored", 1);
    EXPECT_NE(settings_path().string().find(".config/loopscope/settings.json"), std::string::npos);
    ::unsetenv("XDG_CONFIG_HOME");
    std::filesystem::remove_all(dir);
}

TEST(Settings, ACorruptFileGivesDefaultsAndAWarning) {
    const auto dir = temp_dir("bad");
    std::ofstream(dir / "settings.json") << "{ this is not json";
    std::string warning;
    EXPECT_EQ(load_settings(dir / "settings.json", &warning), Settings{});
    EXPECT_NE(warning, "");
    std::filesystem::remove_all(dir);
}

TEST(Settings, WrongTypesAndOutOfRangeValuesAreReplaced) {
    std::string warning;
    Settings s = settings_from_json(
        R"({"zoom": 99, "language": "fr", "presenter": "yes", "splits": {"left": 7}})", &warning);
    EXPECT_EQ(s.zoom, kMaxZoom);
    EXPECT_EQ(s.language, "en");
    EXPECT_FALSE(s.presenter);
    EXPECT_EQ(s.splits.left, SplitFractions{}.left);
    EXPECT_NE(warning.find("presenter"), std::string::npos);
}

// Numbers beyond the fields' types (a hand-edited file) are clamped, not converted with
// undefined behaviour (which on x86 turned a huge width into INT_MIN, so the smallest window).
TEST(Settings, HugeNumbersAreClampedToTheirRange) {
    std::string warning;
    Settings s = settings_from_json(
        R"({"zoom": 1e300, "window": {"width": 1e300, "height": -1e300}, "splits": {"left": 1e300}})",
        &warning);
    EXPECT_EQ(s.zoom, kMaxZoom);
    EXPECT_EQ(s.window_width, 16384);
    EXPECT_EQ(s.window_height, 240);
    EXPECT_EQ(s.splits.left, SplitFractions{}.left);
    EXPECT_EQ(warning, "");
}

TEST(Settings, MissingFileIsSilent) {
    std::string warning;
    EXPECT_EQ(load_settings("/nonexistent/loopscope/settings.json", &warning), Settings{});
    EXPECT_EQ(warning, "");
}

TEST(Settings, ZoomStepsStayInRange) {
    float z = 1.0f;
    for (int i = 0; i < 100; ++i) z = zoom_in(z);
    EXPECT_EQ(z, kMaxZoom);
    for (int i = 0; i < 100; ++i) z = zoom_out(z);
    EXPECT_EQ(z, kMinZoom);
}

TEST(RecentFiles, MostRecentFirstWithoutDuplicatesAndBounded) {
    std::vector<std::string> recent;
    add_recent_file(recent, "a");
    add_recent_file(recent, "b");
    add_recent_file(recent, "a");
    EXPECT_EQ(recent, (std::vector<std::string>{"a", "b"}));
    for (int i = 0; i < 20; ++i) add_recent_file(recent, std::to_string(i), 5);
    EXPECT_EQ(recent.size(), 5u);
    EXPECT_EQ(recent.front(), "19");
}

}  // namespace
}  // namespace loopscope::app
