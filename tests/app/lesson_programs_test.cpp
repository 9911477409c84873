// Every starter lesson program is plain Python: loopscope runs the file as it is and prints
// exactly what CPython 3.13 prints (`<program>.expected` beside it, recorded once from CPython
// and re-checked against CPython here when it is installed), in the virtual time CPython's
// event loop takes: the sum of the waits when sequential, the longest wait when concurrent.
// With the tea slider moved, the rewritten program still runs and its timing follows. A
// narration step that never comes into force, or comes out of order, is a broken lesson:
// checked on the real traces.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <sys/wait.h>

#include "api/run.h"
#include "model/lesson.h"
#include "trace/trace_model.h"

namespace loopscope::app {
namespace {

namespace fs = std::filesystem;

constexpr double kToastSeconds = 2, kEggSeconds = 1;  // fixed in every breakfast program
constexpr double kCpuSlackSeconds = 0.005;            // the programs' own CPU time

std::vector<Lesson> starter_lessons() {
    std::vector<LessonError> errors;
    std::vector<Lesson> lessons = load_lessons(fs::path(LOOPSCOPE_SOURCE_DIR) / "lessons", &errors);
    for (const LessonError& e : errors) ADD_FAILURE() << to_string(e);
    return lessons;
}

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

RunResult run(const std::string& source, bool record_trace = false) {
    RunOptions options;
    options.filename = "breakfast.py";
    options.record_trace = record_trace;
    return run_program(source, options);
}

// What CPython's loop takes: the waits one after another, or overlapped.
double expected_seconds(const Lesson& lesson, const LessonVariant& variant, double tea) {
    bool sequential = lesson.id == "01-sequential" || variant.id == "sequential";
    return sequential ? tea + kToastSeconds + kEggSeconds
                      : std::max({tea, kToastSeconds, kEggSeconds});
}

TEST(LessonPrograms, EveryVariantPrintsWhatCPythonPrintsInTheVirtualTimeItTakes) {
    std::set<fs::path> checked;
    for (const Lesson& lesson : starter_lessons()) {
        for (const LessonVariant& v : lesson.variants) {
            SCOPED_TRACE(lesson.id + "/" + v.id);
            fs::path file = (lesson.dir / v.file).lexically_normal();
            fs::path expected = fs::path(file).replace_extension(".expected");
            ASSERT_TRUE(fs::exists(expected)) << expected;
            // At the defaults the app runs the file byte for byte as CPython would.
            EXPECT_EQ(apply_parameters(v.source, lesson.parameters), v.source);
            RunResult r = run(v.source);
            EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
            EXPECT_EQ(r.stderr_text, "");
            EXPECT_EQ(r.stdout_text, read(expected));
            const double seconds = static_cast<double>(r.virtual_ns) / 1e9;
            const double want = expected_seconds(lesson, v, lesson.parameters[0].value);
            EXPECT_GE(seconds, want);
            EXPECT_LT(seconds, want + kCpuSlackSeconds);
            checked.insert(file);
        }
    }
    EXPECT_EQ(checked.size(), 4u);  // the compare lesson shares the four programs
}

TEST(LessonPrograms, TheTeaParameterChangesTheOrderAndTheTotalInEveryVariant) {
    for (Lesson lesson : starter_lessons()) {
        for (double tea : {0.5, 4.5}) {
            lesson.parameters[0].value = tea;
            for (const LessonVariant& v : lesson.variants) {
                SCOPED_TRACE(lesson.id + "/" + v.id + " tea " + std::to_string(tea));
                const std::string program = apply_parameters(v.source, lesson.parameters);
                // One line changed: the literal, nothing else.
                EXPECT_EQ(std::count(program.begin(), program.end(), '\n'),
                          std::count(v.source.begin(), v.source.end(), '\n'));
                EXPECT_NE(program.find("\nTEA_SECONDS = " + std::string(tea < 1 ? "0.5" : "4.5") +
                                       "  # how long"),
                          std::string::npos);
                RunResult r = run(program);
                EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
                const double seconds = static_cast<double>(r.virtual_ns) / 1e9;
                const double want = expected_seconds(lesson, v, tea);
                EXPECT_GE(seconds, want);
                EXPECT_LT(seconds, want + kCpuSlackSeconds);
                size_t tea_at = r.stdout_text.find("tea ready"),
                       egg_at = r.stdout_text.find("egg ready");
                ASSERT_NE(tea_at, std::string::npos);
                ASSERT_NE(egg_at, std::string::npos);
                if (tea < 1) {  // the tea is ready first in every version now
                    EXPECT_LT(tea_at, egg_at) << r.stdout_text;
                    EXPECT_NE(r.stdout_text.find("0.5s  tea ready"), std::string::npos)
                        << r.stdout_text;
                } else {  // sequential: 4.5 s; concurrent: the tea is still the last, at 4.5 s
                    EXPECT_NE(r.stdout_text.find("4.5s  tea ready"), std::string::npos)
                        << r.stdout_text;
                }
            }
        }
    }
}

TEST(LessonNarration, EveryStepComesIntoForceInOrderOnTheRealTrace) {
    for (const Lesson& lesson : starter_lessons()) {
        for (const LessonVariant& v : lesson.variants) {
            SCOPED_TRACE(lesson.id + "/" + v.id);
            RunResult r = run(v.source, /*record_trace=*/true);
            ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
            trace::TraceModel model(std::move(r.trace));
            std::vector<uint64_t> anchors = narration_anchors(lesson, v.id, model);
            int previous = -1;  // the previous step of this variant
            for (size_t i = 0; i < lesson.steps.size(); ++i) {
                if (!step_applies(lesson.steps[i], v.id)) continue;
                ASSERT_NE(anchors[i], trace::kNoSeq)
                    << "step " << lesson.steps[i].id << " never comes";
                if (previous >= 0) {  // strictly later, or the previous step would never be seen
                    EXPECT_GT(anchors[i], anchors[previous])
                        << "step " << lesson.steps[i].id << " comes too early";
                }
                previous = static_cast<int>(i);
                // Stepping through the trace shows this step from its anchor on.
                EXPECT_EQ(narration_step_at(anchors, anchors[i]), static_cast<int>(i));
            }
            for (const Question& q : lesson.questions) {
                if (q.variant.empty() || q.variant == v.id) {
                    EXPECT_NE(anchors[q.before_step], trace::kNoSeq) << q.prompt.en;
                }
            }
        }
    }
}

}  // namespace
}  // namespace loopscope::app

namespace loopscope::app {
namespace {

// The text of the first ```lang block after `heading` in `markdown`.
std::string code_block(const std::string& markdown, const std::string& heading,
                       const std::string& lang) {
    size_t at = markdown.find(heading);
    if (at == std::string::npos) return "";
    size_t open = markdown.find("```" + lang + "\n", at);
    if (open == std::string::npos) return "";
    open += 4 + lang.size();
    size_t close = markdown.find("```", open);
    return markdown.substr(open, close - open);
}

TEST(LessonFormatDoc, TheExampleIsAValidLessonWhoseStepsAllCome) {
    std::string doc = read(fs::path(LOOPSCOPE_SOURCE_DIR) / "docs" / "lesson-format.md");
    std::string json = code_block(doc, "## Example", "json"),
                python = code_block(doc, "## Example", "python");
    ASSERT_FALSE(json.empty());
    ASSERT_FALSE(python.empty());
    fs::path dir = fs::temp_directory_path() /
                   ("loopscope_doc_example_" + std::to_string(::getpid())) / "naps";
    fs::create_directories(dir);
    std::ofstream(dir / "lesson.json") << json;
    std::ofstream(dir / "naps.py") << python;
    LessonLoad load = load_lesson(dir / "lesson.json");
    fs::remove_all(dir.parent_path());
    ASSERT_TRUE(load.ok) << to_string(load.error);
    const Lesson& lesson = load.lesson;
    RunResult r = run(apply_parameters(lesson.variants[0].source, lesson.parameters), true);
    ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
    EXPECT_EQ(r.stdout_text, "done\n");
    trace::TraceModel model(std::move(r.trace));
    std::vector<uint64_t> anchors = narration_anchors(lesson, "main", model);
    ASSERT_EQ(anchors.size(), 3u);
    EXPECT_EQ(anchors[0], 0u);
    EXPECT_LT(anchors[0], anchors[1]);
    EXPECT_LT(anchors[1], anchors[2]);
    EXPECT_NE(anchors[2], trace::kNoSeq);
    EXPECT_EQ(question_before_step(lesson, "main", 2), 0);
}

}  // namespace
}  // namespace loopscope::app

// ---- CPython 3.13 is the specification -------------------------------------------------------

namespace loopscope::app {
namespace {

bool is_executable(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec) && ::access(p.c_str(), X_OK) == 0;
}

// As tests/runner/script_test.cpp: LOOPSCOPE_CPYTHON, then pyenv's newest 3.13, then
// python3.13 on PATH. No bare `python3`: it may be another version, and the spec is 3.13.
std::optional<fs::path> find_cpython_313() {
    if (const char* forced = std::getenv("LOOPSCOPE_CPYTHON"); forced && *forced)
        return fs::path(forced);
    std::vector<fs::path> roots;
    if (const char* root = std::getenv("PYENV_ROOT"); root && *root) roots.emplace_back(root);
    if (const char* home = std::getenv("HOME"); home && *home)
        roots.push_back(fs::path(home) / ".pyenv");
    for (const fs::path& root : roots) {
        std::vector<fs::path> found;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(root / "versions", ec))
            if (entry.path().filename().string().rfind("3.13", 0) == 0 &&
                is_executable(entry.path() / "bin" / "python3"))
                found.push_back(entry.path() / "bin" / "python3");
        if (!found.empty()) return *std::max_element(found.begin(), found.end());
    }
    if (const char* path = std::getenv("PATH")) {
        std::istringstream dirs(path);
        for (std::string dir; std::getline(dirs, dir, ':');)
            if (!dir.empty() && is_executable(fs::path(dir) / "python3.13"))
                return fs::path(dir) / "python3.13";
    }
    return std::nullopt;
}

std::string shell_quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Every .py under lessons/, at any depth.
std::vector<fs::path> lesson_programs() {
    std::vector<fs::path> out;
    for (const auto& entry :
         fs::recursive_directory_iterator(fs::path(LOOPSCOPE_SOURCE_DIR) / "lessons"))
        if (entry.is_regular_file() && entry.path().extension() == ".py")
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

TEST(LessonPrograms, EveryLessonProgramRunsUnderCPython313AndPrintsItsExpectedFile) {
    std::optional<fs::path> python = find_cpython_313();
    if (!python) GTEST_SKIP() << "no CPython 3.13 found (set LOOPSCOPE_CPYTHON or install 3.13)";
    std::vector<fs::path> programs = lesson_programs();
    ASSERT_GE(programs.size(), 4u);
    // The programs sleep in real time under CPython (6 s for the sequential breakfast): start
    // them all, then collect. Their output is far below a pipe's buffer, so none blocks.
    // -I: ignore PYTHON* variables and the user's site; -X utf8: UTF-8 output whatever the
    // locale. The program's own folder is its working directory, as a teacher runs it.
    std::vector<FILE*> pipes;
    for (const fs::path& program : programs) {
        std::string command = "cd " + shell_quoted(program.parent_path().string()) + " && " +
                              shell_quoted(python->string()) + " -I -X utf8 " +
                              shell_quoted(program.filename().string()) + " 2>&1 </dev/null";
        pipes.push_back(::popen(command.c_str(), "r"));
    }
    for (size_t i = 0; i < programs.size(); ++i) {
        SCOPED_TRACE(programs[i].string());
        ASSERT_NE(pipes[i], nullptr);
        std::string output;
        char buffer[4096];
        for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipes[i])) > 0;)
            output.append(buffer, n);
        const int status = ::pclose(pipes[i]);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << output;
        fs::path expected = fs::path(programs[i]).replace_extension(".expected");
        ASSERT_TRUE(fs::exists(expected)) << "record it: python3.13 " << programs[i].filename()
                                          << " > " << expected.filename();
        EXPECT_EQ(output, read(expected));
    }
}

}  // namespace
}  // namespace loopscope::app
