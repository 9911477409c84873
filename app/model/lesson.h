// Lessons: files under lessons/, loaded at run time (a teacher adds one without recompiling).
// The format is docs/lesson-format.md: lessons/<id>/lesson.json plus the variants' .py files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "model/i18n.h"
#include "trace/trace_model.h"

namespace loopscope::app {

// A bilingual text; `in(lang)` falls back to the other language when one is empty.
struct Text {
    std::string en, zh;
    const std::string& in(Lang lang) const;
};

struct LessonVariant {
    std::string id;        // "gather"
    Text title;
    Text description;      // one paragraph
    std::string file;      // path relative to the lesson directory
    std::string source;    // the file's text, read at load time
};

// A value the program text exposes as `{{name}}`; the explore view turns it into a slider.
struct LessonParameter {
    std::string name;
    Text label;
    double min = 0, max = 1, step = 1, value = 0;  // value = the default
};

// One narration step, bound to a line of a variant and/or to an event of its trace.
struct NarrationStep {
    std::string variant;      // empty: applies to every variant
    int line = 0;             // 0: not bound to a line
    std::string event;        // trace event kind ("step_begin", ...), empty: any
    std::string task;         // task name the event must be about, empty: any
    int occurrence = 1;       // the n-th matching event
    Text text;
};

// Predict-then-reveal: shown before the cursor passes `before_step`.
struct Question {
    std::string variant;
    int before_step = 0;     // index into Lesson::steps
    Text prompt;
    std::vector<Text> choices;
    int answer = 0;          // index into choices
    Text explanation;
};

struct Lesson {
    std::string id;                  // directory name
    std::filesystem::path dir;
    Text title;
    Text description;
    bool compare = false;            // open in the compare view (all variants on one axis)
    std::vector<LessonVariant> variants;
    std::vector<LessonParameter> parameters;
    std::vector<NarrationStep> steps;
    std::vector<Question> questions;
};

struct LessonError {
    std::string file;   // the lesson.json (or variant file) at fault
    int line = 0, column = 0;
    std::string message;  // what is wrong and what to do
};

struct LessonLoad {
    bool ok = false;
    Lesson lesson;
    LessonError error;
};

// Reads lessons/<id>/lesson.json and its variant files.
LessonLoad load_lesson(const std::filesystem::path& lesson_json);
// Every lesson under `dir` (sorted by id); broken ones are reported in `errors`, not dropped
// silently.
std::vector<Lesson> load_lessons(const std::filesystem::path& dir, std::vector<LessonError>* errors);
// The built-in lessons directory: $LOOPSCOPE_LESSONS, else lessons/ next to the executable's
// directory's parent, else the source tree's lessons/.
std::filesystem::path default_lessons_dir();
// The variant's source with `{{name}}` replaced by the parameter values.
std::string apply_parameters(const std::string& source,
                             const std::vector<LessonParameter>& parameters);
// The narration step in force at `seq` of `variant`'s trace (-1: none yet).
int narration_step_at(const Lesson& lesson, const std::string& variant,
                      const trace::TraceModel& model, uint64_t seq);

}  // namespace loopscope::app
