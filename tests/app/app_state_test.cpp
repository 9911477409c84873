// The app's actions without a window: open a program, run it off the thread, move the cursor,
// click a line, autosave, open a syntax error, dump the state.
#include "model/app_state.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "model/code_marks.h"

namespace loopscope::app {
namespace {

const char* kGather =
    "import asyncio\n"                                  // 1
    "\n"                                                // 2
    "async def work(n):\n"                              // 3
    "    await asyncio.sleep(n)\n"                      // 4
    "    print('done', n)\n"                            // 5
    "\n"                                                // 6
    "async def main():\n"                               // 7
    "    await asyncio.gather(work(1), work(2))\n"      // 8
    "\n"                                                // 9
    "asyncio.run(main())\n";                            // 10

struct AppFixture : ::testing::Test {
    std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                ("loopscope_app_state_" + std::to_string(::getpid()));
    AppState app;
    void SetUp() override {
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir / "lessons");
        init_app(app, dir / "settings.json", dir / "lessons", dir / "autosave");
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    std::string write(const char* name, const char* text) {
        std::ofstream(dir / name) << text;
        return (dir / name).string();
    }
};

TEST_F(AppFixture, OpensAProgramAndShowsItsRun) {
    open_path(app, write("gather.py", kGather));
    EXPECT_EQ(app.pending, AppState::Pending::Run);
    wait_for_worker(app);
    ASSERT_NE(app.model, nullptr);
    EXPECT_EQ(app.result.stdout_text, "done 1\ndone 2\n");
    EXPECT_GT(app.model->event_count(), 10u);
    EXPECT_EQ(app.settings.recent_files.size(), 1u);

    // Clicking line 5 moves the cursor onto an event of line 5.
    select_line(app, 5);
    EXPECT_EQ(app.model->trace().events[app.playback.seq].line, 5);

    // While both workers sleep, line 4 is marked for two tasks.
    app.playback.seq = app.model->seq_at_time(500'000'000);
    auto marks = suspended_lines_at(*app.model, app.playback.seq, app.file);
    int on_line_4 = 0;
    for (const LineMark& m : marks) on_line_4 += m.line == 4;
    EXPECT_EQ(on_line_4, 2);

    auto state = nlohmann::json::parse(dump_state_json(app));
    EXPECT_EQ(state["cursor_seq"], app.playback.seq);
    EXPECT_EQ(state["document"]["title"], "gather.py");
    EXPECT_EQ(state["view"], "main");
}

// The title names the document only once its run is on screen (tests wait for it).
TEST_F(AppFixture, TheWindowTitleNamesTheDocumentOnceItsRunIsShown) {
    EXPECT_EQ(window_title(app), "loopscope");
    open_path(app, write("title.py", kGather));
    EXPECT_EQ(window_title(app), "loopscope");  // still running
    wait_for_worker(app);
    EXPECT_EQ(window_title(app), "loopscope — title.py");
}

TEST_F(AppFixture, ASyntaxErrorPointsAtItsLine) {
    open_path(app, write("bad.py", "x = 1\ny = (\nprint(x)\n"));
    wait_for_worker(app);
    ASSERT_TRUE(app.error.has_value());
    EXPECT_TRUE(app.error->syntax);
    EXPECT_EQ(app.error->line, 2);
    EXPECT_EQ(app.result.exit_code, 1);
}

TEST_F(AppFixture, EditsAreAutosavedAndOfferedBackOnReopen) {
    const std::string path = write("p.py", "print(1)\n");
    std::filesystem::last_write_time(path, std::filesystem::last_write_time(path) - std::chrono::hours(1));
    open_path(app, path);
    wait_for_worker(app);
    app.doc.text = "print(2)\n";
    note_text_edited(app, 0);
    autosave_tick(app, 100);
    open_path(app, path);
    ASSERT_TRUE(app.restore_offer.has_value());
    EXPECT_EQ(*app.restore_offer, "print(2)\n");
    accept_restore(app);
    wait_for_worker(app);
    EXPECT_EQ(app.result.stdout_text, "2\n");
    EXPECT_TRUE(save_document(app));
    open_path(app, path);
    EXPECT_FALSE(app.restore_offer.has_value());
    wait_for_worker(app);
}

TEST_F(AppFixture, AnEditIsFlushedOnQuitEvenBeforeTheIntervalPassed) {
    const std::string path = write("q.py", "print(1)\n");
    std::filesystem::last_write_time(path, std::filesystem::last_write_time(path) - std::chrono::hours(1));
    open_path(app, path);
    wait_for_worker(app);
    app.doc.text = "print(3)\n";
    note_text_edited(app, 10.0);
    autosave_tick(app, 10.5);  // too early for the clock
    flush_autosave(app);       // but quitting writes it
    open_path(app, path);
    ASSERT_TRUE(app.restore_offer.has_value());
    EXPECT_EQ(*app.restore_offer, "print(3)\n");
    wait_for_worker(app);
}

TEST_F(AppFixture, UnknownPathsSetAStatusAndKeepTheDocument) {
    open_path(app, (dir / "missing.py").string());
    EXPECT_NE(app.status, "");
    EXPECT_EQ(app.doc.kind, DocumentKind::None);
}

TEST_F(AppFixture, StepAfterLoadPutsTheCursorOnTheNthEvent) {
    app.step_after_load = 7;
    open_path(app, write("g.py", kGather));
    wait_for_worker(app);
    EXPECT_EQ(app.playback.seq, 7u);
}

TEST_F(AppFixture, CompareRunsEveryProgram) {
    const std::string a = write("a.py", "import asyncio\nasyncio.run(asyncio.sleep(1))\n");
    const std::string b = write("b.py", "import asyncio\nasyncio.run(asyncio.sleep(2))\n");
    open_compare(app, {a, b});
    EXPECT_EQ(app.mode, ViewMode::Compare);
    wait_for_worker(app);
    ASSERT_EQ(app.compare.runs.size(), 2u);
    EXPECT_GT(app.compare.runs[1].total_ns, app.compare.runs[0].total_ns);
}

// Clicking a segment of run k in the compare view shows run k: its model and its source, the
// cursor on the clicked event; the compare view stays up. Programs given on the command line
// show the source their trace recorded.
TEST_F(AppFixture, ClickingACompareRunShowsThatRunsState) {
    const std::string a = write("a.py", "import asyncio\nasyncio.run(asyncio.sleep(1))\n");
    const std::string b = write("b.py", "import asyncio\n\nasyncio.run(asyncio.sleep(2))\n");
    open_compare(app, {a, b});
    wait_for_worker(app);
    ASSERT_EQ(app.compare.runs.size(), 2u);
    EXPECT_EQ(app.compare_run, -1);
    const auto& run = app.compare.runs[1];
    const uint64_t seq = run.model->event_count() / 2;
    show_compared_run(app, 1, seq, 1);
    EXPECT_EQ(app.mode, ViewMode::Compare);
    EXPECT_EQ(app.compare_run, 1);
    EXPECT_EQ(app.model, run.model);
    EXPECT_EQ(app.playback.seq, seq);
    EXPECT_EQ(app.selected_task, 1u);
    EXPECT_EQ(app.doc.text, "import asyncio\n\nasyncio.run(asyncio.sleep(2))\n");
    EXPECT_EQ(nlohmann::json::parse(dump_state_json(app))["compare_run"], 1);

    // Out of range, or past the last event: nothing breaks, the cursor stays in the run.
    show_compared_run(app, 7, 0, 0);
    EXPECT_EQ(app.compare_run, 1);
    show_compared_run(app, 0, 1'000'000, 0);
    EXPECT_EQ(app.compare_run, 0);
    EXPECT_EQ(app.playback.seq, app.compare.runs[0].model->event_count() - 1);
    EXPECT_EQ(app.doc.text, "import asyncio\nasyncio.run(asyncio.sleep(1))\n");
}

// The built-in lessons: the app opens with the gather lesson, and moving a compare lesson's
// parameter reruns every variant with the new value.
TEST(AppLessons, OpensTheGatherLessonAndRerunsACompareLessonWithNewParameters) {
    const auto dir = std::filesystem::temp_directory_path() / ("loopscope_lessons_" + std::to_string(::getpid()));
    AppState app;
    init_app(app, "", std::filesystem::path(LOOPSCOPE_SOURCE_DIR) / "lessons", dir / "autosave");
    const int gather = default_lesson(app);
    ASSERT_GE(gather, 0);
    EXPECT_NE(app.lessons[gather].id.find("gather"), std::string::npos);
    open_lesson(app, gather, 0);
    EXPECT_EQ(app.doc.text.find("{{"), std::string::npos);  // parameters applied
    wait_for_worker(app);
    EXPECT_EQ(app.result.exit_code, 0) << app.result.stderr_text;
    EXPECT_GE(current_narration_step(app), -1);

    int compare = -1;
    for (size_t i = 0; i < app.lessons.size(); ++i) {
        if (app.lessons[i].compare && !app.lessons[i].parameters.empty()) compare = static_cast<int>(i);
    }
    ASSERT_GE(compare, 0) << "no compare lesson with a parameter";
    open_lesson(app, compare, 0);
    EXPECT_EQ(app.mode, ViewMode::Compare);
    wait_for_worker(app);
    std::vector<uint64_t> before;
    for (const ComparedRun& run : app.compare.runs) before.push_back(run.total_ns);
    ASSERT_GE(before.size(), 2u);

    // A click in the second run shows that variant's code (parameters applied) and its run.
    show_compared_run(app, 1, 3, 0);
    EXPECT_EQ(app.variant, 1);
    EXPECT_EQ(app.doc.title, app.lessons[compare].variants[1].title.in(language()));
    EXPECT_EQ(app.doc.text.find("{{"), std::string::npos);
    EXPECT_EQ(app.model, app.compare.runs[1].model);
    EXPECT_EQ(app.playback.seq, 3u);
    EXPECT_GT(running_line_at(*app.model, app.playback.seq, app.file), -1);

    LessonParameter& p = app.lessons[compare].parameters[0];
    ASSERT_LE(p.value + 2.0, p.max);
    p.value += 2.0;  // the tea takes 2 s longer: it stays the slowest dish
    open_lesson(app, compare, 0);
    wait_for_worker(app);
    ASSERT_EQ(app.compare.runs.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        EXPECT_NEAR(static_cast<double>(app.compare.runs[i].total_ns) - static_cast<double>(before[i]), 2e9, 1e6)
            << app.compare.runs[i].title.en;
    }
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace loopscope::app
