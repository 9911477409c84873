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

// A number the program sets once at its top level (`TEA_SECONDS = 3.0`); the explore view
// turns it into a slider. The program stays plain, runnable Python: its literal is the default.
struct LessonParameter {
    std::string name;  // the variable's name in the program
    Text label;
    double min = 0, max = 1, step = 1, value = 0;  // value: after loading, the program's literal
};

// One narration step, bound to a line of a variant and/or to an event of its trace.
struct NarrationStep {
    std::string id;           // optional name, so a question can say "before_step": "<id>"
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
// The variant's source with each parameter's top-level `NAME = <number>` literal rewritten to
// the parameter's value (format_parameter_value); every other byte is kept, so line numbers,
// comments and spacing never move. A literal already equal to the value is left as written. A
// parameter the program does not bind (see find_parameter_binding) changes nothing: the loader
// has already reported it.
std::string apply_parameters(const std::string& source,
                             const std::vector<LessonParameter>& parameters);

// Where a parameter lives in a program: the one statement of the module's body (not nested in
// if/def/class/...) that assigns `name`, which must read `NAME = <number>` with a single target
// and an int or float literal, optionally negative (`X = -1.5`), on one line.
struct ParameterBinding {
    bool found = false;         // such a statement exists and is usable
    size_t begin = 0, end = 0;  // found: the literal's bytes in the source, its '-' included
    double value = 0;           // found: the literal's value
    bool is_float = false;      // found: written as a float (3.0), not an int (3)
    std::string error;          // !found: why ("" when the program never assigns `name`)
    size_t error_at = 0;        // !found with an error: the byte offset it points at
};
// One binding per name, in order. A program that does not parse gives every name the syntax
// error (nothing can be found in it).
std::vector<ParameterBinding> find_parameter_bindings(const std::string& source,
                                                      const std::vector<std::string>& names);
// The narration step in force at `seq` of `variant`'s trace (-1: none yet).
int narration_step_at(const Lesson& lesson, const std::string& variant,
                      const trace::TraceModel& model, uint64_t seq);

// ---- Added by the lessons helper (see docs/lesson-format.md) -------------------------------

// "lessons/01-sequential/lesson.json:12:5: message" (line/column left out when 0).
std::string to_string(const LessonError& error);
// The variant with this id (nullptr when none).
const LessonVariant* find_variant(const Lesson& lesson, const std::string& id);
// The literal a parameter's value is written as: "3" for a parameter whose min, max and step
// are whole numbers, else the value with as many decimals as `step` needs, at least one ("3.0"
// for step 0.5), so the program sees the same Python type whatever the slider says.
std::string format_parameter_value(const LessonParameter& parameter);
// Whether `step` belongs to `variant` (its variant is empty or equal).
bool step_applies(const NarrationStep& step, const std::string& variant);
// For each of lesson.steps, the seq of the event that brings it into force in `variant`'s
// trace: the `occurrence`-th event matching its line (of the program file), event kind and
// task name; 0 for a step bound to nothing; trace::kNoSeq when it never comes (no such
// event, or a step of another variant). O(events × steps): compute once per trace and use
// the overload below every frame.
std::vector<uint64_t> narration_anchors(const Lesson& lesson, const std::string& variant,
                                        const trace::TraceModel& model);
// The step in force at `seq`: the one with the latest anchor <= seq (ties: the later step in
// the file); -1 when none has come yet.
int narration_step_at(const std::vector<uint64_t>& anchors, uint64_t seq);
// The question to ask before `step` comes into force in `variant` (index into
// lesson.questions; -1: none).
int question_before_step(const Lesson& lesson, const std::string& variant, int step);

}  // namespace loopscope::app
