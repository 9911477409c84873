// The compare model: the four breakfast programs side by side. Their totals order as the
// lesson says (sequential = sum of the waits; the three concurrent ones = the longest wait,
// within microseconds of each other), and --compare arguments resolve to lesson programs.
#include "model/compare_model.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace loopscope::app {
namespace {

namespace fs = std::filesystem;

fs::path lessons_dir() { return fs::path(LOOPSCOPE_SOURCE_DIR) / "lessons"; }

std::vector<Lesson> lessons() { return load_lessons(lessons_dir(), nullptr); }

const Lesson* lesson_with_id(const std::vector<Lesson>& all, const std::string& id) {
    for (const Lesson& l : all)
        if (l.id == id) return &l;
    return nullptr;
}

TEST(CompareModel, SequentialTakesTheSumTheConcurrentOnesTheLongestWait) {
    std::vector<Lesson> all = lessons();
    const Lesson* compare = lesson_with_id(all, "05-compare-breakfast");
    ASSERT_NE(compare, nullptr);
    Comparison c = run_comparison(compare_inputs_from_lesson(*compare));
    ASSERT_EQ(c.runs.size(), 4u);
    for (const ComparedRun& r : c.runs) {
        SCOPED_TRACE(r.title.en);
        EXPECT_EQ(r.error, "");
        EXPECT_EQ(r.result.exit_code, 0) << r.result.stderr_text;
        ASSERT_NE(r.model, nullptr);
        EXPECT_GT(r.model->event_count(), 30u);
        EXPECT_EQ(r.filename, "breakfast.py");
        EXPECT_NE(r.result.stdout_text.find("breakfast: tea, toast, egg"), std::string::npos);
    }
    EXPECT_EQ(c.runs[0].title.en, "sequential await");
    EXPECT_EQ(c.runs[2].title.zh, "gather");
    const uint64_t seq = c.runs[0].total_ns;
    EXPECT_EQ(c.longest_ns, seq);
    EXPECT_GE(seq, 6'000'000'000u);
    for (size_t i = 1; i < 4; ++i) {
        EXPECT_GE(c.runs[i].total_ns, 3'000'000'000u);
        EXPECT_GT(seq, c.runs[i].total_ns + 2'900'000'000u);  // 6 s against 3 s
        // The three concurrent versions differ only by their own CPU time (µs).
        EXPECT_LT(std::max(c.runs[i].total_ns, c.runs[1].total_ns) -
                      std::min(c.runs[i].total_ns, c.runs[1].total_ns),
                  2'000'000u);
    }
}

TEST(CompareModel, TheLessonsParameterReachesEveryProgram) {
    std::vector<Lesson> all = lessons();
    Lesson compare = *lesson_with_id(all, "05-compare-breakfast");
    compare.parameters[0].value = 5;
    Comparison c = run_comparison(compare_inputs_from_lesson(compare));
    ASSERT_EQ(c.runs.size(), 4u);
    EXPECT_GE(c.runs[0].total_ns, 8'000'000'000u);  // 5 + 2 + 1
    EXPECT_LT(c.runs[0].total_ns, 8'100'000'000u);
    EXPECT_GE(c.runs[3].total_ns, 5'000'000'000u);  // max(5, 2, 1)
    EXPECT_LT(c.runs[3].total_ns, 5'100'000'000u);
}

TEST(CompareModel, ArgumentsMayBeLessonFilesLessonsOrLessonSlashVariant) {
    std::vector<Lesson> all = lessons();
    std::vector<CompareInput> in;
    std::string error;
    std::vector<std::string> files;
    for (const char* d : {"01-sequential", "02-create-task", "03-gather", "04-taskgroup"})
        files.push_back((lessons_dir() / d / "breakfast.py").string());
    ASSERT_TRUE(compare_inputs_from_args(files, all, in, error)) << error;
    ASSERT_EQ(in.size(), 4u);
    for (size_t i = 0; i < in.size(); ++i) {  // the file as written: plain, runnable Python
        std::ifstream file(files[i], std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        EXPECT_EQ(in[i].source, text);
        EXPECT_EQ(in[i].filename, "breakfast.py");
    }
    // A lesson's program is titled by its variant, so four breakfast.py lanes differ.
    EXPECT_EQ(in[0].title.en, lesson_with_id(all, "01-sequential")->title.en);
    EXPECT_EQ(in[2].title.en, lesson_with_id(all, "03-gather")->title.en);

    // Any other program file: its stem.
    fs::path other = fs::temp_directory_path() / "loopscope_compare_other.py";
    std::ofstream(other) << "print('other')\n";
    ASSERT_TRUE(compare_inputs_from_args({files[0], other.string()}, all, in, error)) << error;
    fs::remove(other);
    ASSERT_EQ(in.size(), 2u);
    EXPECT_EQ(in[1].title.en, "loopscope_compare_other");
    EXPECT_EQ(in[1].source, "print('other')\n");

    ASSERT_TRUE(compare_inputs_from_args({(lessons_dir() / "05-compare-breakfast").string()}, all,
                                         in, error))
        << error;
    EXPECT_EQ(in.size(), 4u);
    ASSERT_TRUE(
        compare_inputs_from_args({"05-compare-breakfast/gather", "01-sequential"}, all, in, error))
        << error;
    ASSERT_EQ(in.size(), 2u);
    EXPECT_EQ(in[0].title.en, "gather");
}

TEST(CompareModel, BadArgumentsAreClearErrors) {
    std::vector<Lesson> all = lessons();
    std::vector<CompareInput> in;
    std::string error;
    EXPECT_FALSE(compare_inputs_from_args({"01-sequential"}, all, in, error));
    EXPECT_NE(error.find("2 to 4 programs, got 1"), std::string::npos) << error;
    EXPECT_FALSE(
        compare_inputs_from_args({"05-compare-breakfast", "01-sequential"}, all, in, error));
    EXPECT_NE(error.find("got 5"), std::string::npos) << error;
    EXPECT_FALSE(compare_inputs_from_args({"01-sequential", "/no/such/file.py"}, all, in, error));
    EXPECT_NE(error.find("\"/no/such/file.py\""), std::string::npos) << error;
    EXPECT_FALSE(compare_inputs_from_args({"01-sequential", "03-gather/nope"}, all, in, error));
}

TEST(CompareModel, AFailingProgramIsAnErrorNotACrash) {
    std::vector<CompareInput> in(2);
    in[0] = {{"ok", "ok"}, "ok.py", "print('fine')\n"};
    in[1] = {{"bad", "bad"},
             "bad.py",
             "import asyncio\nasync def main():\n    1 / 0\nasyncio.run(main())\n"};
    Comparison c = run_comparison(in);
    ASSERT_EQ(c.runs.size(), 2u);
    EXPECT_EQ(c.runs[0].error, "");
    EXPECT_EQ(c.runs[1].error, "ZeroDivisionError: division by zero");
    ASSERT_NE(c.runs[1].model, nullptr);
}

}  // namespace
}  // namespace loopscope::app
