// Autosave: an edit is written under the state directory and offered back only when it is
// newer than its file and differs from it.
#include "model/autosave.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace loopscope::app {
namespace {

struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const char* name)
        : path(std::filesystem::temp_directory_path() /
               (std::string("loopscope_autosave_") + name + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
};

TEST(Autosave, AnEditIsOfferedBackUntilDiscarded) {
    TempDir tmp("offer");
    const auto dir = tmp.path / "autosave";
    const auto file = tmp.path / "prog.py";
    std::ofstream(file) << "print(1)\n";
    // The file is older than the autosave.
    std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) - std::chrono::hours(1));
    ASSERT_EQ(write_autosave(dir, file.string(), "print(2)\n"), "");
    auto offer = find_restorable(dir, file.string(), "print(1)\n", file);
    ASSERT_TRUE(offer.has_value());
    EXPECT_EQ(*offer, "print(2)\n");
    discard_autosave(dir, file.string());
    EXPECT_FALSE(find_restorable(dir, file.string(), "print(1)\n", file).has_value());
}

TEST(Autosave, NotOfferedWhenTheFileWasSavedLaterOrIsTheSame) {
    TempDir tmp("newer");
    const auto dir = tmp.path / "autosave";
    const auto file = tmp.path / "prog.py";
    ASSERT_EQ(write_autosave(dir, file.string(), "print(2)\n"), "");
    std::ofstream(file) << "print(3)\n";
    std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) + std::chrono::hours(1));
    EXPECT_FALSE(find_restorable(dir, file.string(), "print(3)\n", file).has_value());
    EXPECT_FALSE(find_restorable(dir, file.string(), "print(2)\n", "").has_value());  // same text
}

TEST(Autosave, KeysWithTheSameFileNameDoNotCollide) {
    TempDir tmp("keys");
    EXPECT_NE(autosave_path(tmp.path, "/a/prog.py"), autosave_path(tmp.path, "/b/prog.py"));
    ASSERT_EQ(write_autosave(tmp.path, "lesson:gather/gather", "x = 1\n"), "");
    EXPECT_EQ(find_restorable(tmp.path, "lesson:gather/gather", "x = 0\n", ""), "x = 1\n");
    EXPECT_FALSE(find_restorable(tmp.path, "lesson:gather/other", "x = 0\n", "").has_value());
}

TEST(Autosave, DirectoryFollowsXdgStateHome) {
    ::setenv("XDG_STATE_HOME", "/tmp/somewhere", 1);
    EXPECT_EQ(autosave_dir(), std::filesystem::path("/tmp/somewhere/loopscope/autosave"));
    ::unsetenv("XDG_STATE_HOME");
    EXPECT_NE(autosave_dir().string().find(".local/state/loopscope/autosave"), std::string::npos);
}

TEST(Autosave, ClockWritesOnlyWhenAnEditIsPendingAndTheIntervalPassed) {
    AutosaveClock clock;
    EXPECT_FALSE(autosave_due(clock, 100));
    note_edit(clock, 10);
    note_edit(clock, 12);  // a later keystroke does not postpone the first write
    EXPECT_FALSE(autosave_due(clock, 12));
    EXPECT_TRUE(autosave_due(clock, 10 + kAutosaveIntervalS));
    note_written(clock, 14);
    EXPECT_FALSE(autosave_due(clock, 100));
}

}  // namespace
}  // namespace loopscope::app
