// Documents: what kind a path is, and where a run's error points in the source.
#include "model/document.h"

#include <gtest/gtest.h>

namespace loopscope::app {
namespace {

TEST(Document, ClassifiesPaths) {
    EXPECT_EQ(classify_path("x/prog.py"), PathKind::Program);
    EXPECT_EQ(classify_path("x/run.json"), PathKind::Trace);
    EXPECT_EQ(classify_path("x/lesson.json"), PathKind::Lesson);
    EXPECT_EQ(classify_path("x/notes.txt"), PathKind::Unknown);
}

TEST(Document, FindsTheLineOfASyntaxError) {
    const std::string err =
        "  File \"prog.py\", line 3\n    def f(\n         ^\nSyntaxError: '(' was never closed\n";
    auto e = find_source_error(err, "prog.py");
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->line, 3);
    EXPECT_TRUE(e->syntax);
    EXPECT_EQ(e->message, "SyntaxError: '(' was never closed");
}

TEST(Document, FindsTheInnermostFrameOfATraceback) {
    const std::string err =
        "Traceback (most recent call last):\n"
        "  File \"prog.py\", line 9, in <module>\n    main()\n"
        "  File \"prog.py\", line 4, in main\n    1 / 0\n"
        "ZeroDivisionError: division by zero\n";
    auto e = find_source_error(err, "prog.py");
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->line, 4);
    EXPECT_FALSE(e->syntax);
    EXPECT_EQ(e->message, "ZeroDivisionError: division by zero");
}

TEST(Document, NoErrorInOtherFilesOrCleanRuns) {
    EXPECT_FALSE(find_source_error("", "prog.py").has_value());
    EXPECT_FALSE(find_source_error("  File \"other.py\", line 2\nX\n", "prog.py").has_value());
}

TEST(Document, CountsLines) {
    EXPECT_EQ(count_lines(""), 0);
    EXPECT_EQ(count_lines("a"), 1);
    EXPECT_EQ(count_lines("a\n"), 1);
    EXPECT_EQ(count_lines("a\nb"), 2);
}

}  // namespace
}  // namespace loopscope::app
