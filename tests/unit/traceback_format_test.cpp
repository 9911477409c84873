// The uncaught-exception report against CPython 3.13, byte for byte. The expected texts come from
// CPython itself (tools/gen_traceback_cases.py writes unit/traceback_format_cases.inc):
//   TracebackPrograms: whole programs run through run_program; stderr must be identical.
//   TracebackFrames:   one entry with given positions through format_frame_summary (what
//                      StackSummary.format prints), including positions the VM does not
//                      produce yet, plus the SyntaxWarnings CPython's re-parse prints.
//   TracebackText:     the str/textwrap helpers and _display_width.
#include <gtest/gtest.h>

#include <string>
#include <unordered_map>

#include "api/run.h"
#include "support/test_interp.h"
#include "vm/exception.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/traceback_format.h"
#include "vm/traceback_text.h"

namespace loopscope::vm {
namespace {

using pytext::decode;
using pytext::encode;

// ---- whole programs ----

struct ProgramCase {
    const char* name;
    const char* source;
    const char* expected_stderr;
    const char* vm_issue;  // non-empty: skipped until the VM records what CPython does
};

const ProgramCase kPrograms[] = {
#define TB_PROGRAM(name, source, expected, issue) {#name, source, expected, issue},
#include "unit/traceback_format_cases.inc"
#undef TB_PROGRAM
};

class TracebackPrograms : public ::testing::TestWithParam<ProgramCase> {};

TEST_P(TracebackPrograms, MatchCPython) {
    const ProgramCase& c = GetParam();
    if (*c.vm_issue) GTEST_SKIP() << c.vm_issue;
    RunOptions options;
    options.filename = std::string(c.name) + ".py";
    options.argv = {options.filename};
    RunResult r = run_program(c.source, options);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.stderr_text, c.expected_stderr) << "program:\n" << c.source;
}

INSTANTIATE_TEST_SUITE_P(CPython, TracebackPrograms, ::testing::ValuesIn(kPrograms),
                         [](const auto& info) { return std::string(info.param.name); });

// ---- single entries ----

struct FrameCase {
    const char* name;
    const char* source;
    int lineno, end_lineno, col, end_col;
    const char* expected;
    const char* expected_warnings;
};

const FrameCase kFrames[] = {
#define TB_FRAME(name, source, lineno, end_lineno, col, end_col, expected, warnings) \
    {#name, source, lineno, end_lineno, col, end_col, expected, warnings},
#include "unit/traceback_format_cases.inc"
#undef TB_FRAME
};

class TracebackFrames : public ::testing::TestWithParam<FrameCase> {};

TEST_P(TracebackFrames, MatchCPython) {
    const FrameCase& c = GetParam();
    TracebackEntry e;
    e.filename = std::string(c.name) + ".py";
    e.function = "f";
    e.lineno = c.lineno;
    e.end_lineno = c.end_lineno;
    e.col = c.col;
    e.end_col = c.end_col;
    std::unordered_map<std::string, std::string> sources = {{e.filename, c.source}};
    LineCache cache(&sources);
    std::string warnings;
    EXPECT_EQ(format_frame_summary(e, cache, warnings), c.expected) << "source:\n" << c.source;
    EXPECT_EQ(warnings, c.expected_warnings);
}

INSTANTIATE_TEST_SUITE_P(CPython, TracebackFrames, ::testing::ValuesIn(kFrames),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(TracebackStack, CollapsesRunsOfIdenticalEntries) {
    std::unordered_map<std::string, std::string> sources = {{"r.py", "def f(n):\n    return f(n)\nf(0)\n"}};
    LineCache cache(&sources);
    TracebackEntry top{"r.py", "<module>", 3, 0, 4, 3};
    TracebackEntry rec{"r.py", "f", 2, 11, 15, 2};
    std::string frame = "  File \"r.py\", line 2, in f\n    return f(n)\n";
    std::string warnings;
    std::vector<TracebackEntry> four = {top, rec, rec, rec, rec};
    EXPECT_EQ(format_stack(four, cache, warnings),
              "  File \"r.py\", line 3, in <module>\n    f(0)\n    ~^^^\n" + frame + frame + frame
                  + "  [Previous line repeated 1 more time]\n");
    std::vector<TracebackEntry> six = {rec, rec, rec, rec, rec, top};
    EXPECT_EQ(format_stack(six, cache, warnings),
              frame + frame + frame + "  [Previous line repeated 2 more times]\n"
                  + "  File \"r.py\", line 3, in <module>\n    f(0)\n    ~^^^\n");
    EXPECT_EQ(warnings, "");
}

TEST(TracebackStack, LineCacheUsesUniversalNewlinesAndDropsTheBom) {
    std::unordered_map<std::string, std::string> sources = {{"a.py", "\xEF\xBB\xBFone\r\ntwo\rthree\n\x0c four"}};
    LineCache cache(&sources);
    EXPECT_EQ(cache.getline("a.py", 1), "one");
    EXPECT_EQ(cache.getline("a.py", 2), "two");
    EXPECT_EQ(cache.getline("a.py", 3), "three");
    EXPECT_EQ(cache.getline("a.py", 4), "\x0c four");
    EXPECT_EQ(cache.getline("a.py", 5), "");
    EXPECT_EQ(cache.getline("a.py", 0), "");
    EXPECT_EQ(cache.getline("other.py", 1), "");
}

// ---- the message line ----

TEST(TracebackFormat, ExceptionOnlyIsTheLastLine) {
    test::TestInterp t;
    EXPECT_EQ(format_exception_only(new_exception(types().ValueError, {make_str("bad")})), "ValueError: bad");
    EXPECT_EQ(format_exception_only(new_exception(types().ValueError, {make_str("")})), "ValueError");
    EXPECT_EQ(format_exception_only(new_exception(types().KeyError, {make_str("k")})), "KeyError: 'k'");
}

TEST(TracebackFormat, UnraisedExceptionHasNoTracebackHeader) {
    test::TestInterp t;
    auto inner = new_exception(types().KeyError, {make_str("k")});
    auto outer = new_exception(types().RuntimeError, {make_str("wrapped")});
    outer->cause = Value(inner);
    outer->suppress_context = true;
    EXPECT_EQ(format_exception(Value(outer)),
              "KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\n"
              "RuntimeError: wrapped\n");
}

// ---- text helpers (expected values from CPython) ----

TEST(TracebackText, DisplayWidth) {
    struct W {
        const char* text;
        size_t offset, width;
    };
    const W widths[] = {
#define TB_WIDTH(text, offset, width) {text, offset, width},
#include "unit/traceback_format_cases.inc"
#undef TB_WIDTH
    };
    for (const W& w : widths) {
        EXPECT_EQ(pytext::display_width(decode(w.text), w.offset), w.width) << w.text << " offset " << w.offset;
    }
}

TEST(TracebackText, Dedent) {
    EXPECT_EQ(encode(pytext::dedent(decode("  a\n    b\n"))), "a\n  b\n");
    EXPECT_EQ(encode(pytext::dedent(decode("\ta\n  b\n"))), "\ta\n  b\n");
    EXPECT_EQ(encode(pytext::dedent(decode("  a\n  \n  b"))), "a\n\nb");
    EXPECT_EQ(encode(pytext::dedent(decode("    x\n\n  y\n"))), "  x\n\ny\n");
    EXPECT_EQ(encode(pytext::dedent(decode("\x0c  a\n  b\n"))), "\x0c  a\n  b\n");
    EXPECT_EQ(encode(pytext::dedent(decode(" \t a\n \t b\n"))), "a\nb\n");
}

TEST(TracebackText, IndentAndSplitlines) {
    EXPECT_EQ(encode(pytext::indent(decode("a\n\n b"), U"> ", false)), "> a\n\n>  b");
    EXPECT_EQ(encode(pytext::indent(decode("a\n\n b"), U"> ", true)), "> a\n> \n>  b");
    std::string mixed = "a\x0c" "b\rc\r\nd\xC2\x85" "e\xE2\x80\xA8" "f";
    EXPECT_EQ(encode(pytext::indent(decode(mixed), U"> ", true)),
              "> a\x0c> b\r> c\r\n> d\xC2\x85> e\xE2\x80\xA8> f");
    auto lines = pytext::splitlines(decode(mixed));
    ASSERT_EQ(lines.size(), 6u);
    EXPECT_EQ(encode(lines[2]), "c");
    EXPECT_EQ(encode(lines[5]), "f");
    EXPECT_EQ(pytext::splitlines(decode("x\n")).size(), 1u);
    EXPECT_EQ(pytext::splitlines(decode("")).size(), 0u);
}

TEST(TracebackText, ByteToCharOffset) {
    std::u32string line = decode("a中b");  // bytes: a, 3 for 中, b
    EXPECT_EQ(pytext::byte_to_char_offset(line, 0), 0u);
    EXPECT_EQ(pytext::byte_to_char_offset(line, 1), 1u);
    EXPECT_EQ(pytext::byte_to_char_offset(line, 2), 2u);  // a cut character decodes to one U+FFFD
    EXPECT_EQ(pytext::byte_to_char_offset(line, 4), 2u);
    EXPECT_EQ(pytext::byte_to_char_offset(line, 5), 3u);
    EXPECT_EQ(pytext::byte_to_char_offset(line, 99), 3u);
}

TEST(TracebackText, WideCharacters) {
    EXPECT_TRUE(pytext::is_wide(U'中'));
    EXPECT_TRUE(pytext::is_wide(U'ｘ'));
    EXPECT_TRUE(pytext::is_wide(U'😀'));
    EXPECT_TRUE(pytext::is_wide(U'\u3000'));
    EXPECT_FALSE(pytext::is_wide(U'a'));
    EXPECT_FALSE(pytext::is_wide(U'é'));
    EXPECT_FALSE(pytext::is_wide(U'ｶ'));  // halfwidth katakana
    EXPECT_FALSE(pytext::is_wide(U'\U0010FFFF'));
}

}  // namespace
}  // namespace loopscope::vm
