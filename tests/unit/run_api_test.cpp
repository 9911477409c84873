// The engine's public entry point: determinism, budgets, and how failures are reported.
#include <gtest/gtest.h>

#include "api/run.h"

namespace loopscope {
namespace {

RunResult run(const std::string& source, uint64_t max_steps = 50'000'000) {
    RunOptions options;
    options.filename = "prog.py";
    options.argv = {"prog.py"};
    options.limits.max_steps = max_steps;
    return run_program(source, options);
}

const char* kBusyProgram = R"(
class Node:
    def __init__(self, v): self.v = v; self.next = None
objs = {}
for i in range(2000):
    objs[i] = Node(i)
print(sum(n.v for n in objs.values()), {x % 7 for x in range(100)})
print([hash(o) % 1000 for o in list(objs.values())[:5]], id(objs[0]) == id(objs[0]))
print(repr(objs[3])[:22])
)";

TEST(RunApi, SameProgramGivesByteIdenticalResults) {
    RunResult a = run(kBusyProgram);
    RunResult b = run(kBusyProgram);
    ASSERT_EQ(a.exit_code, 0) << a.stderr_text;
    EXPECT_EQ(a.stdout_text, b.stdout_text);
    EXPECT_EQ(a.stderr_text, b.stderr_text);
    EXPECT_EQ(a.steps, b.steps);
    EXPECT_EQ(a.virtual_ns, b.virtual_ns);
    EXPECT_GT(a.steps, 10'000u);
    EXPECT_GT(a.virtual_ns, 0u);
}

TEST(RunApi, InfiniteLoopEndsWithTheBudgetMessage) {
    RunResult r = run("while True:\n    pass\n", 200'000);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.stderr_text.find("step budget"), std::string::npos) << r.stderr_text;
    EXPECT_NE(r.stderr_text.find("--max-steps"), std::string::npos) << r.stderr_text;
}

TEST(RunApi, BudgetCannotBeCaughtByExcept) {
    RunResult r = run("try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n", 100'000);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.stdout_text, "");
}

TEST(RunApi, HundredThousandDeepRecursionIsRecursionError) {
    RunResult r = run("import sys\nsys.setrecursionlimit(200000)\ndef f(n):\n    return n if n == 0 else f(n - 1)\n"
                      "print(f(100000))\n");
    // Past the limit loopscope allows or not, it must end in a Python-level outcome, never a crash.
    EXPECT_TRUE(r.exit_code == 0 || r.stderr_text.find("RecursionError") != std::string::npos) << r.stderr_text;
    RunResult deep = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    EXPECT_EQ(deep.exit_code, 1);
    EXPECT_NE(deep.stderr_text.find("RecursionError: maximum recursion depth exceeded"), std::string::npos);
    EXPECT_NE(deep.stderr_text.find("[Previous line repeated 996 more times]"), std::string::npos);
}

TEST(RunApi, HugeAllocationIsMemoryError) {
    RunResult r = run("x = [0] * (10 ** 10)\n");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.stderr_text.find("MemoryError"), std::string::npos) << r.stderr_text;
}

TEST(RunApi, SyntaxErrorIsReportedLikeCPython) {
    RunResult r = run("x = (1 +\n");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.stderr_text, "  File \"prog.py\", line 1\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n");
}

TEST(RunApi, UncaughtExceptionPrintsTraceback) {
    RunResult r = run("def f():\n    raise ValueError('bad')\nf()\n");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.stderr_text,
              "Traceback (most recent call last):\n"
              "  File \"prog.py\", line 3, in <module>\n"
              "    f()\n"
              "    ~^^\n"
              "  File \"prog.py\", line 2, in f\n"
              "    raise ValueError('bad')\n"
              "ValueError: bad\n");
}

TEST(RunApi, SysExitSetsTheStatus) {
    EXPECT_EQ(run("import sys\nsys.exit(3)\n").exit_code, 3);
    EXPECT_EQ(run("import sys\nsys.exit()\n").exit_code, 0);
    RunResult r = run("import sys\nsys.exit('goodbye')\n");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.stderr_text, "goodbye\n");
}

TEST(RunApi, OutputStreamsThroughCallbacksAsWritten) {
    RunOptions options;
    std::string seen;
    options.on_stdout = [&](std::string_view s) { seen += s; };
    RunResult r = run_program("print('a')\nprint('b', end='')\n", options);
    EXPECT_EQ(seen, "a\nb");
    EXPECT_EQ(r.stdout_text, "a\nb");
}

TEST(RunApi, InputReadsTheGivenStdin) {
    RunOptions options;
    options.stdin_text = "Ada\n";
    RunResult r = run_program("name = input('name? ')\nprint('hi', name)\ninput()\n", options);
    EXPECT_EQ(r.stdout_text, "name? hi Ada\n");
    EXPECT_NE(r.stderr_text.find("EOFError: EOF when reading a line"), std::string::npos);
}

}  // namespace
}  // namespace loopscope
