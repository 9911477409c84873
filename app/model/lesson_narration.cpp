// Narration: which step of a lesson is in force at a point of a trace, and which question
// comes before it. A step is bound by filters (line of the program file, event kind, task
// name); its anchor is the `occurrence`-th event passing all of them.
#include <algorithm>

#include "model/lesson.h"

namespace loopscope::app {

namespace {

using trace::Event;
using trace::kNoSeq;

// The index in trace.files of the program itself: the first of its own sources (the run's
// filename), else file 0. Events in other files (the stdlib's) never match a step's line.
int32_t program_file(const trace::Trace& t) {
    if (!t.sources.empty()) {
        auto it = std::find(t.files.begin(), t.files.end(), t.sources.front().first);
        if (it != t.files.end()) return static_cast<int32_t>(it - t.files.begin());
    }
    return 0;
}

// The task an event is about: its `task`, else the task running it.
uint32_t subject_task(const Event& e) { return e.task != 0 ? e.task : e.actor; }

bool matches(const NarrationStep& step, const Event& e, int32_t file, trace::EventKind kind,
             const trace::TraceModel& model) {
    if (!step.event.empty() && e.kind != kind) return false;
    if (step.line > 0 && (e.line != step.line || e.file != file)) return false;
    if (!step.task.empty()) {
        const trace::TaskInfo* info = model.task(subject_task(e));
        if (!info || info->name != step.task) return false;
    }
    return true;
}

uint64_t anchor_of(const NarrationStep& step, const trace::TraceModel& model, int32_t file) {
    if (step.line == 0 && step.event.empty() && step.task.empty()) return 0;
    trace::EventKind kind = trace::EventKind::Turn;
    if (!step.event.empty() && !trace::event_kind_from_name(step.event, kind)) return kNoSeq;
    int seen = 0;
    for (const Event& e : model.trace().events)
        if (matches(step, e, file, kind, model) && ++seen == step.occurrence) return e.seq;
    return kNoSeq;
}

}  // namespace

bool step_applies(const NarrationStep& step, const std::string& variant) {
    return step.variant.empty() || step.variant == variant;
}

std::vector<uint64_t> narration_anchors(const Lesson& lesson, const std::string& variant,
                                        const trace::TraceModel& model) {
    const int32_t file = program_file(model.trace());
    std::vector<uint64_t> anchors;
    anchors.reserve(lesson.steps.size());
    for (const NarrationStep& step : lesson.steps)
        anchors.push_back(step_applies(step, variant) ? anchor_of(step, model, file) : kNoSeq);
    return anchors;
}

int narration_step_at(const std::vector<uint64_t>& anchors, uint64_t seq) {
    int best = -1;
    for (size_t i = 0; i < anchors.size(); ++i)
        if (anchors[i] != kNoSeq && anchors[i] <= seq && (best < 0 || anchors[i] >= anchors[best]))
            best = static_cast<int>(i);
    return best;
}

int narration_step_at(const Lesson& lesson, const std::string& variant,
                      const trace::TraceModel& model, uint64_t seq) {
    return narration_step_at(narration_anchors(lesson, variant, model), seq);
}

int question_before_step(const Lesson& lesson, const std::string& variant, int step) {
    for (size_t i = 0; i < lesson.questions.size(); ++i) {
        const Question& q = lesson.questions[i];
        if (q.before_step == step && (q.variant.empty() || q.variant == variant))
            return static_cast<int>(i);
    }
    return -1;
}

}  // namespace loopscope::app
