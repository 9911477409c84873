// The compare view's model (compare_model.h).
#include "model/compare_model.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

namespace loopscope::app {

namespace {

namespace fs = std::filesystem;

CompareInput input_of(const Lesson& lesson, const LessonVariant& variant) {
    CompareInput in;
    in.title = variant.title;
    in.filename = (lesson.dir / variant.file).lexically_normal().filename().string();
    in.source = apply_parameters(variant.source, lesson.parameters);
    return in;
}

// The lesson whose folder, lesson.json or id `arg` names.
const Lesson* lesson_named(const std::string& arg, const std::vector<Lesson>& lessons) {
    std::error_code ec;
    fs::path path(arg);
    if (path.filename() == "lesson.json") path = path.parent_path();
    for (const Lesson& lesson : lessons) {
        if (lesson.id == arg) return &lesson;
        if (fs::is_directory(path, ec) && fs::equivalent(path, lesson.dir, ec)) return &lesson;
    }
    return nullptr;
}

// The title of the lesson variant stored in file `path` (the first lesson listing it wins),
// so four `breakfast.py` lanes read "sequential await", "gather", ...; false when none.
bool variant_title_of(const fs::path& path, const std::vector<Lesson>& lessons, Text& title) {
    std::error_code ec;
    for (const Lesson& lesson : lessons)
        for (const LessonVariant& v : lesson.variants)
            if (fs::equivalent(path, lesson.dir / v.file, ec)) {
                title = v.title;
                return true;
            }
    return false;
}

bool read_text_file(const fs::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

// One argument → one or more inputs; false when it names nothing.
bool expand_arg(const std::string& arg, const std::vector<Lesson>& lessons,
                std::vector<CompareInput>& out) {
    std::error_code ec;
    if (fs::is_regular_file(arg, ec) && fs::path(arg).filename() != "lesson.json") {
        // A program file runs exactly as written (a lesson's program is plain Python whose
        // parameters sit at their defaults).
        CompareInput in;
        if (!read_text_file(arg, in.source)) return false;
        in.filename = fs::path(arg).filename().string();
        if (!variant_title_of(arg, lessons, in.title))
            in.title = {fs::path(arg).stem().string(), fs::path(arg).stem().string()};
        out.push_back(std::move(in));
        return true;
    }
    if (const Lesson* lesson = lesson_named(arg, lessons)) {
        for (const LessonVariant& v : lesson->variants) out.push_back(input_of(*lesson, v));
        return true;
    }
    size_t slash = arg.rfind('/');
    if (slash != std::string::npos) {
        if (const Lesson* lesson = lesson_named(arg.substr(0, slash), lessons))
            if (const LessonVariant* v = find_variant(*lesson, arg.substr(slash + 1))) {
                out.push_back(input_of(*lesson, *v));
                return true;
            }
    }
    return false;
}

// The last line of a traceback says what went wrong ("ZeroDivisionError: division by zero").
std::string error_of(const RunResult& r) {
    if (r.exit_code == 0) return "";
    std::string text = r.stderr_text;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    size_t nl = text.rfind('\n');
    std::string last = nl == std::string::npos ? text : text.substr(nl + 1);
    return last.empty() ? "exit code " + std::to_string(r.exit_code) : last;
}

}  // namespace

std::vector<CompareInput> compare_inputs_from_lesson(const Lesson& lesson) {
    std::vector<CompareInput> inputs;
    for (const LessonVariant& v : lesson.variants) inputs.push_back(input_of(lesson, v));
    return inputs;
}

bool compare_inputs_from_args(const std::vector<std::string>& args,
                              const std::vector<Lesson>& lessons, std::vector<CompareInput>& out,
                              std::string& error) {
    out.clear();
    for (const std::string& arg : args) {
        if (!expand_arg(arg, lessons, out)) {
            error = "--compare: \"" + arg +
                    "\" is neither a readable .py file, a lesson, nor LESSON/VARIANT.";
            return false;
        }
    }
    if (out.size() < kMinCompared || out.size() > kMaxCompared) {
        error = "--compare needs 2 to 4 programs, got " + std::to_string(out.size()) + ".";
        return false;
    }
    return true;
}

Comparison run_comparison(const std::vector<CompareInput>& inputs, const RunLimits& limits) {
    Comparison comparison;
    for (const CompareInput& in : inputs) {
        RunOptions options;
        options.filename = in.filename;
        options.argv = {in.filename};
        options.limits = limits;
        options.record_trace = true;
        ComparedRun run;
        run.title = in.title;
        run.filename = in.filename;
        run.result = run_program(in.source, options);
        run.total_ns = run.result.virtual_ns;
        run.error = error_of(run.result);
        run.model = std::make_shared<trace::TraceModel>(std::move(run.result.trace));
        run.result.trace = {};
        comparison.longest_ns = std::max(comparison.longest_ns, run.total_ns);
        comparison.runs.push_back(std::move(run));
    }
    return comparison;
}

}  // namespace loopscope::app
