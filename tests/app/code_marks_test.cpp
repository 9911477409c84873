// The code view's gutter: at the cursor, which lines hold waiting tasks, in which state, how
// many, and their names — from a real run of a small gather program.
#include "model/code_marks.h"

#include <gtest/gtest.h>

#include "api/run.h"

namespace loopscope::app {
namespace {

const char* kProgram =
    "import asyncio\n"                                   // 1
    "\n"                                                 // 2
    "async def work(n):\n"                               // 3
    "    await asyncio.sleep(n)\n"                       // 4
    "    print('done', n)\n"                             // 5
    "\n"                                                 // 6
    "async def main():\n"                                // 7
    "    await asyncio.gather(work(1), work(1), work(2))\n"  // 8
    "\n"                                                 // 9
    "asyncio.run(main())\n";                             // 10

trace::TraceModel run_traced() {
    RunOptions options;
    options.filename = "prog.py";
    options.record_trace = true;
    RunResult r = run_program(kProgram, options);
    EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
    return trace::TraceModel(std::move(r.trace));
}

const GutterMark* mark_on(const std::vector<GutterMark>& marks, int line, trace::TaskState state) {
    for (const GutterMark& m : marks) {
        if (m.line == line && m.state == state) return &m;
    }
    return nullptr;
}

TEST(GutterMarks, GroupsTheWaitingTasksOfALineByState) {
    const trace::TraceModel model = run_traced();
    const int32_t file = file_index(model, "prog.py");
    // Half a second in: main awaits the gather on line 8, three workers sleep on line 4.
    const uint64_t seq = model.seq_at_time(500'000'000);
    const auto marks = gutter_marks_at(model, seq, file, running_task_at(model, seq));
    const GutterMark* sleeping = mark_on(marks, 4, trace::TaskState::Suspended);
    ASSERT_NE(sleeping, nullptr);
    EXPECT_EQ(sleeping->count, 3);
    EXPECT_EQ(sleeping->names, "Task-2, Task-3, Task-4");
    const GutterMark* gathering = mark_on(marks, 8, trace::TaskState::Suspended);
    ASSERT_NE(gathering, nullptr);
    EXPECT_EQ(gathering->count, 1);
    EXPECT_EQ(gathering->names, "Task-1");
    for (size_t i = 1; i < marks.size(); ++i) {  // by line, then state
        EXPECT_TRUE(marks[i - 1].line < marks[i].line ||
                    (marks[i - 1].line == marks[i].line && marks[i - 1].state < marks[i].state));
    }

    // Names are cut, the count is not; the skipped (running) task is never marked.
    const auto short_names = gutter_marks_at(model, seq, file, 3, 6);
    const GutterMark* cut = mark_on(short_names, 4, trace::TaskState::Suspended);
    ASSERT_NE(cut, nullptr);
    EXPECT_EQ(cut->count, 2);
    EXPECT_EQ(cut->names, "Task-2, …");
}

TEST(GutterMarks, AWokenTaskIsReadyOnTheLineItResumesAt) {
    const trace::TraceModel model = run_traced();
    const int32_t file = file_index(model, "prog.py");
    // Right after the 1 s timers fire, the two 1 s workers are ready to resume on line 4 while
    // the 2 s worker still sleeps there: one line, two states.
    bool seen = false;
    for (uint64_t seq = model.seq_at_time(1'000'000'000); seq < model.event_count() && !seen; ++seq) {
        const auto marks = gutter_marks_at(model, seq, file, running_task_at(model, seq));
        const GutterMark* ready = mark_on(marks, 4, trace::TaskState::Ready);
        const GutterMark* sleeping = mark_on(marks, 4, trace::TaskState::Suspended);
        if (ready && ready->count == 2 && sleeping && sleeping->names == "Task-4") seen = true;
    }
    EXPECT_TRUE(seen) << "no moment with two woken workers and one sleeping on line 4";
}

TEST(GutterMarks, NothingToMarkOutsideTheFileOrWithoutARun) {
    const trace::TraceModel model = run_traced();
    const uint64_t seq = model.seq_at_time(500'000'000);
    EXPECT_TRUE(gutter_marks_at(model, seq, 99, 0).empty());
    EXPECT_TRUE(gutter_marks_at(trace::TraceModel(trace::Trace{}), 0, 0, 0).empty());
}

}  // namespace
}  // namespace loopscope::app
