// Narration steps bound to lines, event kinds, task names and occurrences, found in a real
// trace of a small program; which step is in force as the cursor moves; questions before steps.
#include <gtest/gtest.h>

#include "api/run.h"
#include "model/lesson.h"
#include "trace/trace_model.h"

namespace loopscope::app {
namespace {

using trace::EventKind;
using trace::kNoSeq;

const char* kProgram = R"(import asyncio

async def nap(seconds):
    await asyncio.sleep(seconds)
    print("woke after", seconds)

async def main():
    a = asyncio.create_task(nap(2), name="slow")
    b = asyncio.create_task(nap(1), name="quick")
    await a
    await b
    print("done")

asyncio.run(main())
)";

trace::TraceModel model_of(const char* source) {
    RunOptions options;
    options.filename = "naps.py";
    options.record_trace = true;
    RunResult r = run_program(source, options);
    EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
    return trace::TraceModel(std::move(r.trace));
}

NarrationStep step(int line, std::string event, std::string task = "", int occurrence = 1,
                   std::string variant = "") {
    NarrationStep s;
    s.line = line;
    s.event = std::move(event);
    s.task = std::move(task);
    s.occurrence = occurrence;
    s.variant = std::move(variant);
    return s;
}

// The seq of the n-th event (from 1) passing `pred`.
template <typename Pred>
uint64_t nth(const trace::TraceModel& m, int n, Pred pred) {
    for (const trace::Event& e : m.trace().events)
        if (pred(e) && --n == 0) return e.seq;
    return kNoSeq;
}

class Narration : public ::testing::Test {
  protected:
    trace::TraceModel model = model_of(kProgram);
    uint32_t task_named(const std::string& name) {
        for (const trace::TaskInfo& t : model.tasks())
            if (t.name == name) return t.id;
        return 0;
    }
};

TEST_F(Narration, AnchorsAreTheMatchingEvents) {
    Lesson lesson;
    lesson.variants.push_back({});
    lesson.variants[0].id = "v";
    lesson.steps = {
        step(0, ""),                              // bound to nothing: from the start
        step(4, "step_suspend", "quick"),         // the quick nap's sleep
        step(5, "print", "", 2),                  // the second "woke after"
        step(0, "task_done", "slow"),             // the slow task finishing
        step(12, ""),                             // any event on line 12 (the print)
        step(4, "step_suspend", "nobody"),        // no such task: never
        step(4, "step_suspend", "", 1, "other"),  // another variant's step: never here
    };
    std::vector<uint64_t> anchors = narration_anchors(lesson, "v", model);
    ASSERT_EQ(anchors.size(), 7u);
    const uint32_t quick = task_named("quick"), slow = task_named("slow");
    EXPECT_EQ(anchors[0], 0u);
    EXPECT_EQ(anchors[1], nth(model, 1, [&](const trace::Event& e) {
                  return e.kind == EventKind::StepSuspend && e.task == quick;
              }));
    EXPECT_EQ(anchors[2],
              nth(model, 2, [](const trace::Event& e) { return e.kind == EventKind::Print; }));
    EXPECT_EQ(anchors[3], nth(model, 1, [&](const trace::Event& e) {
                  return e.kind == EventKind::TaskDone && e.task == slow;
              }));
    EXPECT_EQ(model.trace().events[anchors[4]].kind, EventKind::Print);
    EXPECT_EQ(model.trace().events[anchors[4]].detail, "done\n");
    EXPECT_EQ(anchors[5], kNoSeq);
    EXPECT_EQ(anchors[6], kNoSeq);
    // In variant "other" the last step does come.
    EXPECT_NE(narration_anchors(lesson, "other", model)[6], kNoSeq);
}

TEST_F(Narration, TheStepInForceIsTheLatestAnchorAtOrBeforeTheCursor) {
    Lesson lesson;
    lesson.steps = {step(5, "print", "", 1), step(5, "print", "", 2), step(12, "print")};
    std::vector<uint64_t> a = narration_anchors(lesson, "", model);
    ASSERT_LT(a[0], a[1]);
    ASSERT_LT(a[1], a[2]);
    EXPECT_EQ(narration_step_at(lesson, "", model, 0), -1);  // before the first print
    EXPECT_EQ(narration_step_at(lesson, "", model, a[0] - 1), -1);
    EXPECT_EQ(narration_step_at(lesson, "", model, a[0]), 0);
    EXPECT_EQ(narration_step_at(lesson, "", model, a[1] - 1), 0);
    EXPECT_EQ(narration_step_at(lesson, "", model, a[1]), 1);
    EXPECT_EQ(narration_step_at(lesson, "", model, a[2]), 2);
    EXPECT_EQ(narration_step_at(lesson, "", model, model.event_count() - 1), 2);
    // The "woke after 1" print comes first (the quick task), although it is line 5 too.
    EXPECT_EQ(model.trace().events[a[0]].detail, "woke after 1\n");
}

TEST_F(Narration, OnTiesTheLaterStepWinsAndUnmatchedStepsAreSkipped) {
    std::vector<uint64_t> anchors = {0, 7, kNoSeq, 7, 3};
    EXPECT_EQ(narration_step_at(anchors, 2), 0);
    EXPECT_EQ(narration_step_at(anchors, 5), 4);  // anchors need not follow the file order
    EXPECT_EQ(narration_step_at(anchors, 7), 3);
    EXPECT_EQ(narration_step_at(anchors, 100), 3);
    EXPECT_EQ(narration_step_at(std::vector<uint64_t>{}, 5), -1);
}

TEST(NarrationQuestions, AQuestionBelongsToItsStepAndVariant) {
    Lesson lesson;
    lesson.steps.resize(3);
    Question q1, q2;
    q1.before_step = 1;
    q2.before_step = 2;
    q2.variant = "gather";
    lesson.questions = {q1, q2};
    EXPECT_EQ(question_before_step(lesson, "anything", 1), 0);
    EXPECT_EQ(question_before_step(lesson, "gather", 2), 1);
    EXPECT_EQ(question_before_step(lesson, "sequential", 2), -1);
    EXPECT_EQ(question_before_step(lesson, "gather", 0), -1);
}

}  // namespace
}  // namespace loopscope::app
