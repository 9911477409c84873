// Lesson files: the starter lessons load, and every kind of mistake a teacher can make in
// lesson.json is an error with the file, line and column and a hint (docs/lesson-format.md).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "model/lesson.h"
#include "model/lesson_json_pos.h"

namespace loopscope::app {
namespace {

namespace fs = std::filesystem;

fs::path source_lessons() { return fs::path(LOOPSCOPE_SOURCE_DIR) / "lessons"; }

// ---- The starter lessons ---------------------------------------------------------------------

TEST(StarterLessons, AllLoadWithoutErrors) {
    std::vector<LessonError> errors;
    std::vector<Lesson> lessons = load_lessons(source_lessons(), &errors);
    for (const LessonError& e : errors) ADD_FAILURE() << to_string(e);
    ASSERT_EQ(lessons.size(), 5u);
    EXPECT_EQ(lessons[0].id, "01-sequential");
    EXPECT_EQ(lessons[1].id, "02-create-task");
    EXPECT_EQ(lessons[2].id, "03-gather");
    EXPECT_EQ(lessons[3].id, "04-taskgroup");
    EXPECT_EQ(lessons[4].id, "05-compare-breakfast");
}

void expect_bilingual(const Text& t, const std::string& where) {
    EXPECT_FALSE(t.en.empty()) << where << " has no English text";
    EXPECT_FALSE(t.zh.empty()) << where << " has no Chinese text";
}

TEST(StarterLessons, AreBilingualWithStepsQuestionsAndAParameter) {
    std::vector<Lesson> lessons = load_lessons(source_lessons(), nullptr);
    for (const Lesson& lesson : lessons) {
        SCOPED_TRACE(lesson.id);
        expect_bilingual(lesson.title, "title");
        expect_bilingual(lesson.description, "description");
        EXPECT_GE(lesson.steps.size(), 5u);
        EXPECT_GE(lesson.questions.size(), 1u);
        ASSERT_EQ(lesson.parameters.size(), 1u);
        EXPECT_EQ(lesson.parameters[0].name, "TEA_SECONDS");
        EXPECT_EQ(lesson.parameters[0].value, 3.0);  // the programs' literal is the default
        expect_bilingual(lesson.parameters[0].label, "parameter label");
        for (const LessonVariant& v : lesson.variants) {
            expect_bilingual(v.title, "variant " + v.id);
            EXPECT_NE(v.source.find("\nTEA_SECONDS = 3.0  #"), std::string::npos) << v.id;
            EXPECT_EQ(v.source.find("{{"), std::string::npos) << v.id;  // plain Python
        }
        for (size_t i = 0; i < lesson.steps.size(); ++i)
            expect_bilingual(lesson.steps[i].text, "step " + std::to_string(i));
        for (const Question& q : lesson.questions) {
            expect_bilingual(q.prompt, "question");
            expect_bilingual(q.explanation, "explanation");
            for (const Text& c : q.choices) expect_bilingual(c, "choice");
        }
    }
}

TEST(StarterLessons, TheCompareLessonHoldsTheFourPrograms) {
    LessonLoad load = load_lesson(source_lessons() / "05-compare-breakfast" / "lesson.json");
    ASSERT_TRUE(load.ok) << to_string(load.error);
    EXPECT_TRUE(load.lesson.compare);
    ASSERT_EQ(load.lesson.variants.size(), 4u);
    EXPECT_EQ(load.lesson.variants[0].id, "sequential");
    EXPECT_EQ(load.lesson.variants[3].id, "taskgroup");
    // The same text as the single lesson's program (the file is shared, not copied).
    LessonLoad gather = load_lesson(source_lessons() / "03-gather" / "lesson.json");
    ASSERT_TRUE(gather.ok);
    EXPECT_EQ(load.lesson.variants[2].source, gather.lesson.variants[0].source);
    EXPECT_FALSE(gather.lesson.compare);
}

TEST(LessonsDir, EnvironmentVariableWinsElseTheSourceTreesLessons) {
    const char* old = std::getenv("LOOPSCOPE_LESSONS");
    std::string saved = old ? old : "";
    setenv("LOOPSCOPE_LESSONS", "/some/where/lessons", 1);
    EXPECT_EQ(default_lessons_dir(), fs::path("/some/where/lessons"));
    unsetenv("LOOPSCOPE_LESSONS");
    EXPECT_TRUE(fs::exists(default_lessons_dir() / "03-gather" / "lesson.json"))
        << default_lessons_dir();
    if (old) setenv("LOOPSCOPE_LESSONS", saved.c_str(), 1);
}

TEST(LessonsDir, AMissingFolderIsReportedNotFatal) {
    std::vector<LessonError> errors;
    EXPECT_TRUE(load_lessons("/no/such/lessons/dir", &errors).empty());
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].message.find("does not exist"), std::string::npos);
}

// ---- Text positions --------------------------------------------------------------------------

TEST(LessonJsonPos, ColumnsCountCharactersNotBytes) {
    std::string text = "{\n  \"t\": \"中文\", \"x\": 1}";
    size_t x = text.find("\"x\"");
    lesson_json::TextPos pos = lesson_json::position_of(text, x);
    EXPECT_EQ(pos.line, 2);
    EXPECT_EQ(pos.column, 14);  // `  "t": "中文", ` is 13 characters
}

TEST(LessonJsonPos, LocatesKeysAndValuesByPath) {
    std::string text = R"({"a": [ {"b": 1}, {"c": "x\"}", "d": [5, 6]} ], "e": true})";
    using lesson_json::locate;
    EXPECT_EQ(locate(text, {"a", size_t{1}, "d", size_t{1}}), text.find("6"));
    EXPECT_EQ(locate(text, {"a", size_t{1}, "d"}, true), text.find("\"d\""));
    EXPECT_EQ(locate(text, {"e"}), text.find("true"));
    // A path that goes nowhere stops at the deepest part that exists.
    EXPECT_EQ(locate(text, {"a", size_t{0}, "zz"}), text.find("{\"b\""));
    EXPECT_EQ(lesson_json::path_to_string({"steps", size_t{3}, "text", "en"}), "steps[3].text.en");
}

// ---- Mistakes in lesson.json -----------------------------------------------------------------

// A lesson folder in a fresh temporary lessons dir.
class LessonFiles : public ::testing::Test {
  protected:
    void SetUp() override {
        root_ = fs::temp_directory_path() /
                ("loopscope_lesson_test_" + std::to_string(::getpid()) + "_" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(root_);
        fs::create_directories(root_ / "demo");
        write("demo/main.py", kMainPy);
    }

    // Plain Python; DELAY (the parameter) is set at the top level, after main, so that the
    // sleep stays on line 4.
    static constexpr const char* kMainPy =
        "import asyncio\n\nasync def main():\n    await asyncio.sleep(DELAY)\n"
        "    print('done')\n\nDELAY = 2.0  # seconds\nasyncio.run(main())\n";
    void TearDown() override { fs::remove_all(root_); }

    void write(const std::string& rel, const std::string& text) {
        std::ofstream(root_ / rel, std::ios::binary) << text;
    }

    LessonLoad load(const std::string& json) {
        write("demo/lesson.json", json);
        return load_lesson(root_ / "demo" / "lesson.json");
    }

    // The error, expected to be at `line`:`column` of `file_suffix` and to mention `words`.
    void expect_error(const LessonLoad& l, int line, int column, const std::string& words,
                      const std::string& file_suffix = "lesson.json") {
        ASSERT_FALSE(l.ok);
        EXPECT_EQ(l.error.line, line) << to_string(l.error);
        EXPECT_EQ(l.error.column, column) << to_string(l.error);
        EXPECT_NE(l.error.message.find(words), std::string::npos) << to_string(l.error);
        EXPECT_TRUE(l.error.file.ends_with(file_suffix)) << l.error.file;
    }

    fs::path root_;
};

// A valid lesson, one line per part, so tests can break one line.
std::string valid_lesson(const std::string& replace_from = "", const std::string& replace_to = "") {
    std::string s =
        "{\n"
        "  \"format\": 1,\n"
        "  \"title\": {\"en\": \"Demo\", \"zh\": \"演示\"},\n"
        "  \"description\": {\"en\": \"A demo.\", \"zh\": \"一个演示。\"},\n"
        "  \"parameters\": [{\"name\": \"DELAY\", \"label\": {\"en\": \"Delay\"}, \"min\": 0.5, "
        "\"max\": 4, \"step\": 0.5, \"default\": 2}],\n"
        "  \"variants\": [{\"id\": \"main\", \"file\": \"main.py\"}],\n"
        "  \"steps\": [\n"
        "    {\"id\": \"intro\", \"text\": {\"en\": \"Hello\", \"zh\": \"你好\"}},\n"
        "    {\"id\": \"sleep\", \"line\": 4, \"event\": \"step_suspend\", \"text\": {\"en\": "
        "\"Sleeps\"}}\n"
        "  ],\n"
        "  \"questions\": [{\"before_step\": \"sleep\", \"prompt\": {\"en\": \"?\"}, \"choices\": "
        "[{\"en\": \"a\"}, {\"en\": \"b\"}],"
        " \"answer\": 1, \"explanation\": {\"en\": \"because\"}}]\n"
        "}\n";
    if (!replace_from.empty()) {
        size_t at = s.find(replace_from);
        EXPECT_NE(at, std::string::npos) << replace_from;
        if (at != std::string::npos) s.replace(at, replace_from.size(), replace_to);
    }
    return s;
}

TEST_F(LessonFiles, AValidLessonLoadsEveryPart) {
    LessonLoad l = load(valid_lesson());
    ASSERT_TRUE(l.ok) << to_string(l.error);
    const Lesson& lesson = l.lesson;
    EXPECT_EQ(lesson.id, "demo");
    EXPECT_EQ(lesson.title.in(Lang::Zh), "演示");
    EXPECT_FALSE(lesson.compare);
    ASSERT_EQ(lesson.parameters.size(), 1u);
    EXPECT_EQ(lesson.parameters[0].value, 2);
    EXPECT_EQ(lesson.parameters[0].label.in(Lang::Zh), "Delay");  // falls back to English
    ASSERT_EQ(lesson.variants.size(), 1u);
    EXPECT_EQ(lesson.variants[0].title.en, "Demo");  // defaults to the lesson's title
    EXPECT_EQ(lesson.variants[0].source, kMainPy);
    ASSERT_EQ(lesson.steps.size(), 2u);
    EXPECT_EQ(lesson.steps[1].line, 4);
    EXPECT_EQ(lesson.steps[1].event, "step_suspend");
    EXPECT_EQ(lesson.steps[1].occurrence, 1);
    ASSERT_EQ(lesson.questions.size(), 1u);
    EXPECT_EQ(lesson.questions[0].before_step, 1);
    EXPECT_EQ(lesson.questions[0].answer, 1);
    EXPECT_EQ(question_before_step(lesson, "main", 1), 0);
    EXPECT_EQ(question_before_step(lesson, "main", 0), -1);
}

TEST_F(LessonFiles, InvalidJsonGivesLineAndColumn) {
    // A trailing comma after the last step, on line 9.
    LessonLoad l = load(valid_lesson("{\"en\": \"Sleeps\"}}\n", "{\"en\": \"Sleeps\"}},\n"));
    expect_error(l, 10, 3, "not valid JSON");
}

TEST_F(LessonFiles, ANumberTooLargeForADoubleIsAnErrorAtTheNumber) {
    // nlohmann throws out_of_range (not parse_error) for it: this once escaped load_lesson
    // and ended the app.
    LessonLoad l = load(valid_lesson("\"line\": 4", "\"line\": 1e400"));
    expect_error(l, 9, 29, "the number 1e400 is too large");
}

TEST_F(LessonFiles, AMisspeltKeyIsAnErrorAtTheKeyWithASuggestion) {
    LessonLoad l = load(valid_lesson("\"line\": 4", "\"lien\": 4"));
    expect_error(l, 9, 21, "unknown key \"lien\"");
    EXPECT_NE(l.error.message.find("Did you mean \"line\"?"), std::string::npos) << l.error.message;
}

TEST_F(LessonFiles, AnUnknownLanguageIsAnError) {
    LessonLoad l = load(valid_lesson("{\"en\": \"Demo\", \"zh\": \"演示\"}",
                                     "{\"en\": \"Demo\", \"fr\": \"Démo\"}"));
    expect_error(l, 3, 27, "unknown key \"fr\"");
}

TEST_F(LessonFiles, WrongTypesAndMissingKeysSayWhatIsExpected) {
    expect_error(load(valid_lesson("\"format\": 1", "\"format\": \"1\"")), 2, 13,
                 "must be a whole number");
    expect_error(load(valid_lesson("\"format\": 1", "\"format\": 2")), 2, 13, "lesson format 1");
    expect_error(load(valid_lesson("\"file\": \"main.py\"", "\"path\": \"main.py\"")), 6, 16,
                 "needs \"file\"");
    expect_error(load(valid_lesson("\"min\": 0.5", "\"min\": true")), 5, 69, "must be a number");
}

TEST_F(LessonFiles, AMissingProgramFileNamesTheFileAndTheFix) {
    LessonLoad l = load(valid_lesson("\"main.py\"", "\"mian.py\""));
    expect_error(l, 6, 39, "cannot read \"mian.py\"");
    EXPECT_NE(l.error.message.find("create the file or correct the name"), std::string::npos);
}

TEST_F(LessonFiles, AProgramOutsideTheLessonsFolderIsRefused) {
    LessonLoad l = load(valid_lesson("\"main.py\"", "\"../../etc/passwd\""));
    expect_error(l, 6, 39, "inside the lessons folder");
}

// ---- Parameters: a top-level `NAME = <number>` in the program -------------------------------

TEST_F(LessonFiles, TheProgramsNumberIsTheDefaultAndLessonJsonsDefaultIsOptional) {
    write("demo/main.py", std::string(kMainPy).replace(std::string(kMainPy).find("2.0"), 3, "3.5"));
    LessonLoad l = load(valid_lesson(", \"default\": 2", ""));
    ASSERT_TRUE(l.ok) << to_string(l.error);
    EXPECT_EQ(l.lesson.parameters[0].value, 3.5);
}

TEST_F(LessonFiles, ADefaultThatDiffersFromTheProgramIsAnErrorAtTheDefault) {
    LessonLoad l = load(valid_lesson("\"default\": 2", "\"default\": 3"));
    expect_error(l, 5, 108, "\"default\" 3 differs from `DELAY = 2.0` in main.py");
}

TEST_F(LessonFiles, AParameterTheProgramNeverSetsIsAnErrorAtItsName) {
    write("demo/main.py",
          "import asyncio\n\nasync def main():\n    DELAY = 2.0  # a local: not top level\n"
          "    await asyncio.sleep(DELAY)\n\nasyncio.run(main())\n");
    LessonLoad l = load(valid_lesson());
    expect_error(l, 5, 27, "main.py has no top-level assignment `DELAY = <number>`");
}

TEST_F(LessonFiles, AParameterSetTwiceAtTheTopLevelPointsAtTheSecond) {
    write("demo/main.py", std::string(kMainPy) + "DELAY += 1\n");
    expect_error(load(valid_lesson()), 9, 1,
                 "DELAY is assigned more than once at the top level (first on line 7)", "main.py");
    write("demo/main.py", std::string(kMainPy) + "x, (y, DELAY) = 1, (2, 3)\n");
    expect_error(load(valid_lesson()), 9, 1, "more than once", "main.py");
}

TEST_F(LessonFiles, AParameterMustBeAPlainNumberLiteral) {
    auto with = [](const std::string& line) {
        std::string s = kMainPy;
        return s.replace(s.find("DELAY = 2.0"), 11, line);
    };
    write("demo/main.py", with("DELAY = '2.0'"));
    expect_error(load(valid_lesson()), 7, 9, "must be set to a number literal", "main.py");
    write("demo/main.py", with("DELAY = 1.0 + 1"));
    expect_error(load(valid_lesson()), 7, 9, "must be set to a number literal", "main.py");
    write("demo/main.py", with("DELAY = True"));
    expect_error(load(valid_lesson()), 7, 9, "must be set to a number literal", "main.py");
    write("demo/main.py", with("X = DELAY = 2.0"));
    expect_error(load(valid_lesson()), 7, 1, "plain `DELAY = <number>`", "main.py");
    write("demo/main.py", with("DELAY: float = 2.0"));
    expect_error(load(valid_lesson()), 7, 1, "plain `DELAY = <number>`", "main.py");
}

TEST_F(LessonFiles, TheProgramsNumberMustHaveTheSlidersTypeAndLieInItsRange) {
    auto with = [](const std::string& line) {
        std::string s = kMainPy;
        return s.replace(s.find("DELAY = 2.0"), 11, line);
    };
    write("demo/main.py", with("DELAY = 2"));  // the step 0.5 writes floats
    expect_error(load(valid_lesson(", \"default\": 2", "")), 7, 9, "write 2.0", "main.py");
    write("demo/main.py", with("DELAY = 9.0"));
    expect_error(load(valid_lesson(", \"default\": 2", "")), 7, 9,
                 "outside the slider's range 0.5 to 4", "main.py");
    write("demo/main.py", with("DELAY = -1.5"));  // a negative literal is a number too
    expect_error(load(valid_lesson(", \"default\": 2", "")), 7, 9, "DELAY = -1.5 is outside",
                 "main.py");
    std::string json = valid_lesson(", \"default\": 2", "");
    LessonLoad l = load(json.replace(json.find("\"min\": 0.5"), 10, "\"min\": -2 "));
    ASSERT_TRUE(l.ok) << to_string(l.error);
    EXPECT_EQ(l.lesson.parameters[0].value, -1.5);
}

TEST_F(LessonFiles, AProgramThatDoesNotParseIsAnErrorAtTheSyntaxError) {
    write("demo/main.py", std::string(kMainPy) + "print('unclosed'\n");
    expect_error(load(valid_lesson()), 9, 6, "syntax error here ('(' was never closed)",
                 "main.py");
}

TEST_F(LessonFiles, VariantsMustAgreeOnTheParametersValue) {
    std::string other = kMainPy;
    write("demo/other.py", other.replace(other.find("2.0"), 3, "2.5"));
    LessonLoad l = load(valid_lesson(
        "[{\"id\": \"main\", \"file\": \"main.py\"}]",
        "[{\"id\": \"main\", \"file\": \"main.py\"}, {\"id\": \"b\", \"file\": \"other.py\"}]"));
    expect_error(l, 7, 9, "DELAY = 2.5 here but 2.0 in main.py", "other.py");
}

TEST_F(LessonFiles, StepsMustReferToRealThings) {
    expect_error(load(valid_lesson("\"step_suspend\"", "\"step_suspended\"")), 9, 41,
                 "not a trace event kind");
    expect_error(load(valid_lesson("\"line\": 4", "\"line\": 40")), 9, 29,
                 "past the end of the program (8 lines)");
    expect_error(load(valid_lesson("\"line\": 4", "\"line\": 0")), 9, 29, "whole number from 1");
    expect_error(
        load(valid_lesson("\"id\": \"sleep\", ", "\"id\": \"sleep\", \"variant\": \"other\", ")), 9,
        32, "no variant has the id \"other\"");
}

TEST_F(LessonFiles, QuestionsMustPointAtAStepAndAChoice) {
    expect_error(load(valid_lesson("\"before_step\": \"sleep\"", "\"before_step\": \"slep\"")), 11,
                 33, "no step has the id \"slep\"");
    expect_error(load(valid_lesson("\"before_step\": \"sleep\"", "\"before_step\": 2")), 11, 33,
                 "is not a step (there are 2");
    expect_error(load(valid_lesson("\"answer\": 1", "\"answer\": 2")), 11, 114, "is not a choice");
    expect_error(load(valid_lesson("[{\"en\": \"a\"}, {\"en\": \"b\"}]", "[{\"en\": \"a\"}]")), 11,
                 76, "at least 2 \"choices\"");
}

TEST_F(LessonFiles, DuplicateIdsAreErrors) {
    LessonLoad l = load(valid_lesson("{\"id\": \"intro\",", "{\"id\": \"sleep\","));
    expect_error(l, 9, 12, "two steps have the id \"sleep\"");
}

TEST_F(LessonFiles, LoadLessonsReportsTheBrokenOneAndKeepsTheOthers) {
    write("demo/lesson.json", valid_lesson());
    fs::create_directories(root_ / "broken");
    write("broken/lesson.json", "{ \"format\": 1,, }");
    fs::create_directories(root_ / "notes");  // no lesson.json: reported too
    std::vector<LessonError> errors;
    std::vector<Lesson> lessons = load_lessons(root_, &errors);
    ASSERT_EQ(lessons.size(), 1u);
    EXPECT_EQ(lessons[0].id, "demo");
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].line, 1);
    EXPECT_EQ(errors[0].column, 15);
    EXPECT_TRUE(to_string(errors[0]).ends_with("broken/lesson.json:1:15: " + errors[0].message))
        << to_string(errors[0]);
    EXPECT_NE(errors[1].message.find("no lesson.json"), std::string::npos);
}

// ---- Parameters ------------------------------------------------------------------------------

LessonParameter param(const std::string& name, double min, double max, double step, double value) {
    LessonParameter p;
    p.name = name;
    p.min = min, p.max = max, p.step = step, p.value = value;
    return p;
}

TEST(LessonParameters, WholeNumberParametersPrintAsIntsOthersWithTheStepsDecimals) {
    EXPECT_EQ(format_parameter_value(param("n", 1, 10, 1, 3)), "3");
    EXPECT_EQ(format_parameter_value(param("d", 0.5, 6, 0.5, 3)), "3.0");
    EXPECT_EQ(format_parameter_value(param("d", 0, 1, 0.25, 0.75)), "0.75");
    EXPECT_EQ(format_parameter_value(param("d", 0, 1, 0.1, 0.30000000000000004)), "0.3");
}

TEST(LessonParameters, ApplyRewritesOnlyTheLiteralAndKeepsEveryOtherByte) {
    const std::string program =
        "# TEA = 1.0 in a comment is not it\r\n"
        "TEA  =  3.0   # brew time, in seconds\r\n"
        "N = -2\r\n"
        "s = \"\"\"\r\nTEA = 1.0\r\n\"\"\"\r\n"  // in a string: not it
        "def f():\r\n    TEA = 1.0\r\n"            // a local: not it
        "print(TEA, N, s, f'{{N}}')\r\n";
    std::vector<LessonParameter> ps = {param("TEA", 0.5, 6, 0.5, 4.5), param("N", -5, 5, 1, 4)};
    std::string want = program;
    want.replace(want.find("3.0"), 3, "4.5");
    want.replace(want.find("-2"), 2, "4");
    EXPECT_EQ(apply_parameters(program, ps), want);
    // A value equal to the program's leaves it as written; an int parameter writes ints.
    ps[0].value = 3, ps[1].value = -3;
    want = program;
    want.replace(want.find("-2"), 2, "-3");
    EXPECT_EQ(apply_parameters(program, ps), want);
    // Parenthesised: the literal inside is rewritten, the parentheses kept.
    EXPECT_EQ(apply_parameters("N = (7)\n", {param("N", 0, 9, 1, 8)}), "N = (8)\n");
}

TEST(LessonParameters, ApplyChangesNothingItCannotBind) {
    std::vector<LessonParameter> ps = {param("TEA", 0.5, 6, 0.5, 2.5)};
    for (const std::string program :
         {"print('no parameter')\n", "TEA = '3'\n", "TEA = 1.0\nTEA = 2.0\n", "TEA = (\n",
          "if True:\n    TEA = 3.0\n", ""})
        EXPECT_EQ(apply_parameters(program, ps), program) << program;
}

TEST(LessonParameters, FindBindingsGivesTheLiteralsBytesAndValue) {
    const std::string program = "import asyncio\nA = 0.25\nB = -3  # neg\n";
    std::vector<ParameterBinding> b = find_parameter_bindings(program, {"A", "B", "C"});
    ASSERT_EQ(b.size(), 3u);
    ASSERT_TRUE(b[0].found);
    EXPECT_EQ(program.substr(b[0].begin, b[0].end - b[0].begin), "0.25");
    EXPECT_EQ(b[0].value, 0.25);
    EXPECT_TRUE(b[0].is_float);
    ASSERT_TRUE(b[1].found);
    EXPECT_EQ(program.substr(b[1].begin, b[1].end - b[1].begin), "-3");
    EXPECT_EQ(b[1].value, -3);
    EXPECT_FALSE(b[1].is_float);
    EXPECT_FALSE(b[2].found);
    EXPECT_EQ(b[2].error, "");  // never assigned: the loader says where to add it
}

}  // namespace
}  // namespace loopscope::app
