// load_lesson: lesson.json → Lesson, checked so that a teacher's typo is an error with a
// file:line:column and a hint, never a silently ignored key. The format is
// docs/lesson-format.md; keep the two in step.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "model/lesson.h"
#include "model/lesson_json_pos.h"

namespace loopscope::app {

namespace {

namespace fs = std::filesystem;
using lesson_json::Path;
using nlohmann::json;

constexpr int kFormatVersion = 1;

// Thrown inside the loader only; load_lesson turns it into LessonLoad::error.
struct LoadFailure {
    LessonError error;
};

bool read_file(const fs::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return static_cast<bool>(in) || in.eof();
}

[[noreturn]] void fail_at(const std::string& file, std::string_view text, size_t offset,
                          std::string message) {
    lesson_json::TextPos pos = lesson_json::position_of(text, offset);
    throw LoadFailure{LessonError{file, pos.line, pos.column, std::move(message)}};
}

// Levenshtein distance, for "did you mean" hints on misspelt keys.
size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

// The lesson.json being read: its path and text, so every error can point into it.
class Doc {
  public:
    Doc(std::string file, std::string text) : file_(std::move(file)), text_(std::move(text)) {}
    const std::string& file() const { return file_; }
    const std::string& text() const { return text_; }

    [[noreturn]] void fail(const Path& at, std::string message, bool at_key = false) const {
        fail_at(file_, text_, lesson_json::locate(text_, at, at_key), std::move(message));
    }

  private:
    std::string file_, text_;
};

const char* json_type_name(const json& v) {
    switch (v.type()) {
        case json::value_t::object:
            return "an object";
        case json::value_t::array:
            return "a list";
        case json::value_t::string:
            return "a string";
        case json::value_t::boolean:
            return "true/false";
        case json::value_t::null:
            return "null";
        default:
            return "a number";
    }
}

Path child(const Path& path, lesson_json::PathStep step) {
    Path out = path;
    out.push_back(std::move(step));
    return out;
}

// Reads one JSON object of the lesson, remembering which keys were asked for so that
// finish() can reject the rest (a misspelt key is an error, not a silently missing value).
class ObjectReader {
  public:
    ObjectReader(const Doc& doc, const json& value, Path path, std::string what)
        : doc_(doc), value_(value), path_(std::move(path)), what_(std::move(what)) {
        if (!value_.is_object())
            doc_.fail(path_,
                      what_ + " must be an object { ... }, not " + json_type_name(value_) + ".");
    }

    const Path& path() const { return path_; }
    Path path_of(const std::string& key) const { return child(path_, key); }

    // The value of `key`, or nullptr when absent.
    const json* find(const std::string& key) {
        known_.push_back(key);
        auto it = value_.find(key);
        return it == value_.end() ? nullptr : &*it;
    }

    const json& require(const std::string& key, const std::string& hint) {
        const json* v = find(key);
        if (!v) doc_.fail(path_, what_ + " needs \"" + key + "\": " + hint + ".");
        return *v;
    }

    std::string string(const std::string& key, const std::string* fallback,
                       const std::string& hint) {
        const json* v = fallback ? find(key) : &require(key, hint);
        if (!v) return *fallback;
        if (!v->is_string()) type_error(key, *v, "a string in quotes");
        return v->get<std::string>();
    }

    double number(const std::string& key, const double* fallback, const std::string& hint) {
        const json* v = fallback ? find(key) : &require(key, hint);
        if (!v) return *fallback;
        if (!v->is_number()) type_error(key, *v, "a number");
        return v->get<double>();
    }

    int integer(const std::string& key, int fallback, int min_value, bool required,
                const std::string& hint) {
        const json* v = required ? &require(key, hint) : find(key);
        if (!v) return fallback;
        if (!v->is_number_integer()) type_error(key, *v, "a whole number");
        int64_t n = v->get<int64_t>();
        if (n < min_value || n > 1'000'000'000)
            doc_.fail(path_of(key), "\"" + key + "\" must be a whole number from " +
                                        std::to_string(min_value) + " (" + hint + ").");
        return static_cast<int>(n);
    }

    bool boolean(const std::string& key, bool fallback) {
        const json* v = find(key);
        if (!v) return fallback;
        if (!v->is_boolean()) type_error(key, *v, "true or false");
        return v->get<bool>();
    }

    // Every key not asked for is an error.
    void finish() const {
        for (auto it = value_.begin(); it != value_.end(); ++it) {
            if (std::find(known_.begin(), known_.end(), it.key()) != known_.end()) continue;
            std::string message = what_ + ": unknown key \"" + it.key() + "\".";
            std::string best;
            size_t best_distance = 3;  // only suggest close matches
            for (const std::string& k : known_) {
                size_t d = edit_distance(it.key(), k);
                if (d < best_distance) best_distance = d, best = k;
            }
            if (!best.empty()) message += " Did you mean \"" + best + "\"?";
            message += " Allowed here:";
            for (size_t i = 0; i < known_.size(); ++i) message += (i ? ", " : " ") + known_[i];
            message += ".";
            doc_.fail(path_of(it.key()), message, /*at_key=*/true);
        }
    }

  private:
    [[noreturn]] void type_error(const std::string& key, const json& v,
                                 const char* expected) const {
        doc_.fail(path_of(key),
                  "\"" + key + "\" must be " + expected + ", not " + json_type_name(v) + ".");
    }

    const Doc& doc_;
    const json& value_;
    Path path_;
    std::string what_;
    std::vector<std::string> known_;
};

// {"en": "...", "zh": "..."}: at least one of the two, both strings.
Text read_text(const Doc& doc, const json& value, const Path& path, const std::string& what) {
    ObjectReader r(doc, value, path, what + " (a text {\"en\": ..., \"zh\": ...})");
    std::string empty;
    Text text;
    text.en = r.string("en", &empty, "");
    text.zh = r.string("zh", &empty, "");
    r.finish();
    if (text.en.empty() && text.zh.empty())
        doc.fail(path,
                 what +
                     " needs its text in \"en\" and/or \"zh\" (both are best: the app shows the "
                     "other language when one is missing).");
    return text;
}

Text text_member(const Doc& doc, ObjectReader& r, const std::string& key, const std::string& what,
                 const Text* fallback) {
    const json* v = fallback ? r.find(key) : &r.require(key, "{\"en\": \"...\", \"zh\": \"...\"}");
    if (!v) return *fallback;
    return read_text(doc, *v, r.path_of(key), what + " \"" + key + "\"");
}

const json* list_member(const Doc& doc, ObjectReader& r, const std::string& key, bool required,
                        const std::string& hint) {
    const json* v = required ? &r.require(key, hint) : r.find(key);
    if (v && !v->is_array())
        doc.fail(r.path_of(key),
                 "\"" + key + "\" must be a list [ ... ], not " + json_type_name(*v) + ".");
    return v;
}

bool is_identifier(const std::string& s) {
    static const std::regex re("[A-Za-z_][A-Za-z0-9_]*");
    return std::regex_match(s, re);
}

bool is_variant_id(const std::string& s) {
    static const std::regex re("[A-Za-z0-9_-]+");
    return std::regex_match(s, re);
}

int count_lines(const std::string& text) {
    if (text.empty()) return 0;
    int n = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    return text.back() == '\n' ? n : n + 1;
}

// ---- The parts of a lesson -----------------------------------------------------------------

LessonParameter read_parameter(const Doc& doc, const json& value, const Path& path) {
    ObjectReader r(doc, value, path, "parameter " + lesson_json::path_to_string(path));
    LessonParameter p;
    p.name = r.string("name", nullptr,
                      "the name of the variable the program sets, as in `TEA_SECONDS = 3.0`");
    if (!is_identifier(p.name))
        doc.fail(r.path_of("name"),
                 "parameter name \"" + p.name +
                     "\" must be a Python variable name: letters, digits and _ (not starting "
                     "with a digit).");
    p.label = text_member(doc, r, "label", "parameter \"" + p.name + "\"", nullptr);
    p.min = r.number("min", nullptr, "the slider's smallest value");
    p.max = r.number("max", nullptr, "the slider's largest value");
    const double one = 1;
    p.step = r.number("step", &one, "");
    // Optional: the program's literal is the default. Until check_parameter_bindings reads
    // it, `value` holds this key's number, or NaN when the key is absent.
    const double absent = std::nan("");
    p.value = r.number("default", &absent, "");
    r.finish();
    if (!(p.min <= p.max)) doc.fail(r.path_of("max"), "\"max\" must not be below \"min\".");
    if (!(p.step > 0)) doc.fail(r.path_of("step"), "\"step\" must be greater than 0.");
    return p;
}

LessonVariant read_variant(const Doc& doc, const json& value, const Path& path,
                           const Lesson& lesson) {
    ObjectReader r(doc, value, path, "variant " + lesson_json::path_to_string(path));
    LessonVariant v;
    v.id = r.string("id", nullptr, "a short name such as \"gather\"");
    if (!is_variant_id(v.id))
        doc.fail(r.path_of("id"),
                 "variant id \"" + v.id + "\" must be letters, digits, - and _ only.");
    v.file =
        r.string("file", nullptr, "the variant's Python file, relative to the lesson's folder");
    v.title = text_member(doc, r, "title", "variant \"" + v.id + "\"", &lesson.title);
    v.description =
        text_member(doc, r, "description", "variant \"" + v.id + "\"", &lesson.description);
    r.finish();

    // The file may live in a sibling lesson (a compare lesson reuses the others' programs), but
    // never outside the lessons folder.
    fs::path rel(v.file);
    fs::path root = lesson.dir.parent_path().lexically_normal();
    fs::path full = (lesson.dir / rel).lexically_normal();
    auto [root_end, _] = std::mismatch(root.begin(), root.end(), full.begin(), full.end());
    if (rel.is_absolute() || root_end != root.end())
        doc.fail(r.path_of("file"),
                 "\"file\" must be a path inside the lessons folder, relative to the "
                 "lesson's folder (e.g. \"main.py\" or \"../other-lesson/main.py\").");
    if (!fs::is_regular_file(full) || !read_file(full, v.source))
        doc.fail(r.path_of("file"), "cannot read \"" + v.file + "\" (looked for " + full.string() +
                                        "): create the file or correct the name.");
    return v;
}

NarrationStep read_step(const Doc& doc, const json& value, const Path& path, const Lesson& lesson) {
    ObjectReader r(doc, value, path, "step " + lesson_json::path_to_string(path));
    NarrationStep s;
    std::string empty;
    s.id = r.string("id", &empty, "");
    s.variant = r.string("variant", &empty, "");
    s.line = r.integer("line", 0, 1, false, "a line number of the program, from 1");
    s.event = r.string("event", &empty, "");
    s.task = r.string("task", &empty, "");
    s.occurrence = r.integer("occurrence", 1, 1, false, "1 for the first matching event");
    s.text = text_member(doc, r, "text", "step", nullptr);
    r.finish();

    if (!s.variant.empty() && !find_variant(lesson, s.variant))
        doc.fail(r.path_of("variant"),
                 "no variant has the id \"" + s.variant + "\" (check \"variants\").");
    if (!s.event.empty()) {
        trace::EventKind kind;
        if (!trace::event_kind_from_name(s.event, kind))
            doc.fail(r.path_of("event"),
                     "\"" + s.event +
                         "\" is not a trace event kind; use one of those "
                         "in docs/trace-format.md, e.g. step_begin, step_suspend, "
                         "task_created, task_done, print.");
    }
    if (s.line > 0) {
        int most = 0;
        for (const LessonVariant& v : lesson.variants)
            if (step_applies(s, v.id)) most = std::max(most, count_lines(v.source));
        if (s.line > most)
            doc.fail(r.path_of("line"), "line " + std::to_string(s.line) +
                                            " is past the end of the program (" +
                                            std::to_string(most) + " lines).");
    }
    return s;
}

Question read_question(const Doc& doc, const json& value, const Path& path, const Lesson& lesson) {
    ObjectReader r(doc, value, path, "question " + lesson_json::path_to_string(path));
    Question q;
    std::string empty;
    q.variant = r.string("variant", &empty, "");
    if (!q.variant.empty() && !find_variant(lesson, q.variant))
        doc.fail(r.path_of("variant"),
                 "no variant has the id \"" + q.variant + "\" (check \"variants\").");

    const json& before = r.require("before_step",
                                   "the step (its \"id\", or its index from 0) the question "
                                   "comes before");
    if (before.is_string()) {
        std::string id = before.get<std::string>();
        auto it = std::find_if(lesson.steps.begin(), lesson.steps.end(),
                               [&](const NarrationStep& s) { return !id.empty() && s.id == id; });
        if (it == lesson.steps.end())
            doc.fail(r.path_of("before_step"), "no step has the id \"" + id + "\".");
        q.before_step = static_cast<int>(it - lesson.steps.begin());
    } else if (before.is_number_integer()) {
        int64_t n = before.get<int64_t>();
        if (n < 0 || n >= static_cast<int64_t>(lesson.steps.size()))
            doc.fail(r.path_of("before_step"),
                     "\"before_step\" " + std::to_string(n) + " is not a step (there are " +
                         std::to_string(lesson.steps.size()) + ", counted from 0).");
        q.before_step = static_cast<int>(n);
    } else {
        doc.fail(r.path_of("before_step"),
                 "\"before_step\" must be a step's \"id\" or its index from 0.");
    }
    if (!step_applies(lesson.steps[q.before_step],
                      q.variant.empty() ? lesson.steps[q.before_step].variant : q.variant))
        doc.fail(r.path_of("before_step"),
                 "that step belongs to another variant than the question.");

    q.prompt = text_member(doc, r, "prompt", "question", nullptr);
    const json* choices =
        list_member(doc, r, "choices", true, "the answers to pick from, as texts");
    for (size_t i = 0; i < choices->size(); ++i)
        q.choices.push_back(read_text(doc, (*choices)[i], child(r.path_of("choices"), i),
                                      "choice " + std::to_string(i)));
    if (q.choices.size() < 2)
        doc.fail(r.path_of("choices"), "a question needs at least 2 \"choices\".");
    q.answer = r.integer("answer", 0, 0, true, "the index of the right choice, from 0");
    if (q.answer >= static_cast<int>(q.choices.size()))
        doc.fail(r.path_of("answer"), "\"answer\" " + std::to_string(q.answer) +
                                          " is not a choice (there are " +
                                          std::to_string(q.choices.size()) + ", counted from 0).");
    q.explanation = text_member(doc, r, "explanation", "question", nullptr);
    r.finish();
    return q;
}

std::string number_text(double x) {
    std::ostringstream out;
    out << x;
    return out.str();
}

// Every parameter is set by exactly one top-level `NAME = <number>` in every variant, with the
// same value in each, of the type the slider writes, inside the slider's range; that value
// becomes the parameter's default (and must equal lesson.json's optional "default").
void check_parameter_bindings(const Doc& doc, Lesson& lesson) {
    if (lesson.parameters.empty()) return;
    std::vector<std::string> names;
    for (const LessonParameter& p : lesson.parameters) names.push_back(p.name);
    std::vector<std::vector<ParameterBinding>> found;  // [variant][parameter]
    for (const LessonVariant& v : lesson.variants)
        found.push_back(find_parameter_bindings(v.source, names));

    for (size_t pi = 0; pi < lesson.parameters.size(); ++pi) {
        LessonParameter& p = lesson.parameters[pi];
        const double json_default = p.value;  // NaN: not given
        std::string first_file, first_literal;
        for (size_t vi = 0; vi < lesson.variants.size(); ++vi) {
            const LessonVariant& v = lesson.variants[vi];
            const ParameterBinding& b = found[vi][pi];
            const std::string file = (lesson.dir / v.file).lexically_normal().string();
            auto fail_in_program = [&](size_t offset, const std::string& message) {
                fail_at(file, v.source, offset, message);
            };
            if (!b.found && b.error.empty())
                doc.fail({"parameters", pi, "name"},
                         "parameter \"" + p.name + "\": " + v.file +
                             " has no top-level assignment `" + p.name +
                             " = <number>`. Add one near the top of the program (e.g. `" +
                             p.name + " = " + number_text(p.min) +
                             "`): its number is the parameter's default.");
            if (!b.found) fail_in_program(b.error_at, b.error);

            const std::string literal = v.source.substr(b.begin, b.end - b.begin);
            LessonParameter written = p;
            written.value = b.value;
            const bool slider_floats = format_parameter_value(written).find('.') !=
                                       std::string::npos;
            if (b.is_float != slider_floats)
                fail_in_program(
                    b.begin,
                    p.name + " = " + literal + " is " + (b.is_float ? "a float" : "an int") +
                        " but the slider writes " + (slider_floats ? "floats" : "ints") +
                        (slider_floats ? " (its \"step\" is fractional): write " + literal + ".0"
                                       : " (\"min\", \"max\" and \"step\" are whole): write "
                                         "a whole number") +
                        ", so the program sees one type whatever the slider says.");
            if (!(p.min <= b.value && b.value <= p.max))
                fail_in_program(b.begin, p.name + " = " + literal +
                                             " is outside the slider's range " +
                                             number_text(p.min) + " to " + number_text(p.max) +
                                             " (\"min\", \"max\" in lesson.json).");
            if (vi == 0) {
                p.value = b.value;
                first_file = v.file;
                first_literal = literal;
            } else if (b.value != p.value) {
                fail_in_program(b.begin, p.name + " = " + literal + " here but " +
                                             first_literal + " in " + first_file +
                                             ": the variants share the parameter, so give it "
                                             "the same value in each.");
            }
        }
        if (!std::isnan(json_default) && json_default != p.value)
            doc.fail({"parameters", pi, "default"},
                     "\"default\" " + number_text(json_default) + " differs from `" + p.name +
                         " = " + first_literal + "` in " + first_file +
                         ": the program's number is the default. Remove \"default\" or make "
                         "the two equal.");
    }
}

template <typename T, typename Read>
std::vector<T> read_list(const Doc& doc, const json* list, const std::string& key, Read read) {
    std::vector<T> out;
    if (!list) return out;
    for (size_t i = 0; i < list->size(); ++i) out.push_back(read(doc, (*list)[i], Path{key, i}));
    return out;
}

void require_unique(const Doc& doc, const std::vector<std::string>& names, const std::string& list,
                    const std::string& key, const std::string& what) {
    for (size_t i = 0; i < names.size(); ++i)
        for (size_t j = 0; j < i; ++j)
            if (!names[i].empty() && names[i] == names[j])
                doc.fail({list, i, key},
                         "two " + what + " have the " + key + " \"" + names[i] + "\".");
}

Lesson read_lesson(const Doc& doc, const json& root, const fs::path& dir) {
    Lesson lesson;
    lesson.dir = dir;
    lesson.id = dir.filename().string();
    ObjectReader r(doc, root, {}, "lesson.json");
    int format =
        r.integer("format", 0, 1, true, "the format version, " + std::to_string(kFormatVersion));
    if (format != kFormatVersion)
        doc.fail(r.path_of("format"), "this loopscope reads lesson format " +
                                          std::to_string(kFormatVersion) + ", not " +
                                          std::to_string(format) + ".");
    lesson.title = text_member(doc, r, "title", "the lesson", nullptr);
    lesson.description = text_member(doc, r, "description", "the lesson", nullptr);
    lesson.compare = r.boolean("compare", false);

    const json* params = list_member(doc, r, "parameters", false, "");
    lesson.parameters = read_list<LessonParameter>(doc, params, "parameters", read_parameter);

    const json* variants =
        list_member(doc, r, "variants", true, "the lesson's programs, at least one");
    if (variants->empty()) doc.fail(r.path_of("variants"), "a lesson needs at least one variant.");
    lesson.variants = read_list<LessonVariant>(
        doc, variants, "variants",
        [&](const Doc& d, const json& v, const Path& p) { return read_variant(d, v, p, lesson); });

    const json* steps = list_member(doc, r, "steps", false, "");
    lesson.steps = read_list<NarrationStep>(
        doc, steps, "steps",
        [&](const Doc& d, const json& v, const Path& p) { return read_step(d, v, p, lesson); });

    const json* questions = list_member(doc, r, "questions", false, "");
    lesson.questions = read_list<Question>(
        doc, questions, "questions",
        [&](const Doc& d, const json& v, const Path& p) { return read_question(d, v, p, lesson); });
    r.finish();

    std::vector<std::string> names;
    for (auto& p : lesson.parameters) names.push_back(p.name);
    require_unique(doc, names, "parameters", "name", "parameters");
    names.clear();
    for (auto& v : lesson.variants) names.push_back(v.id);
    require_unique(doc, names, "variants", "id", "variants");
    names.clear();
    for (auto& s : lesson.steps) names.push_back(s.id);
    require_unique(doc, names, "steps", "id", "steps");
    check_parameter_bindings(doc, lesson);
    return lesson;
}

// "parse error at line 1, column 9: syntax error ..." → "syntax error ...".
std::string parse_error_text(const json::parse_error& e) {
    std::string what = e.what();
    size_t colon = what.find(": ", what.find("parse error"));
    if (colon != std::string::npos) what = what.substr(colon + 2);
    // "; last read: '<bytes>'" repeats the text (possibly cut inside a UTF-8 character): the
    // line and column say the same, legibly.
    size_t last_read = what.find("; last read: '");
    if (last_read != std::string::npos) {
        size_t end = what.find("';", last_read + 14);
        what.erase(last_read, end == std::string::npos ? std::string::npos : end + 1 - last_read);
    }
    if (what.find("UTF-8") != std::string::npos) what += " (save the file as UTF-8)";
    return what;
}

}  // namespace

LessonLoad load_lesson(const fs::path& lesson_json) {
    LessonLoad result;
    const std::string file = lesson_json.string();
    std::string text;
    if (!fs::is_regular_file(lesson_json) || !read_file(lesson_json, text)) {
        result.error = {file, 0, 0,
                        "cannot read the file: a lesson is a folder holding lesson.json "
                        "(see docs/lesson-format.md)."};
        return result;
    }
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        lesson_json::TextPos pos = lesson_json::position_of(text, offset);
        result.error = {
            file, pos.line, pos.column,
            "not valid JSON: " + parse_error_text(e) +
                ". Look for a missing or extra comma, quote or bracket at or just before "
                "this point."};
        return result;
    } catch (const json::exception& e) {
        // A number too large for a double (1e400) is reported as out_of_range (406), not as a
        // parse_error, and carries no byte offset: point at the number it names.
        result.error = {file, 0, 0, "not valid JSON: " + std::string(e.what())};
        const std::string what = e.what();
        const size_t quote = what.find("parsing '");
        if (quote != std::string::npos) {
            const std::string number = what.substr(quote + 9, what.find('\'', quote + 9) - quote - 9);
            const size_t at = number.empty() ? std::string::npos : text.find(number);
            if (at != std::string::npos) {
                lesson_json::TextPos pos = lesson_json::position_of(text, at);
                result.error = {file, pos.line, pos.column,
                                "not valid JSON: the number " + number +
                                    " is too large (the largest is about 1.8e308)."};
            }
        }
        return result;
    }
    try {
        Doc doc(file, text);
        result.lesson = read_lesson(doc, root, lesson_json.parent_path());
        result.ok = true;
    } catch (const LoadFailure& failure) {
        result.error = failure.error;
    } catch (const json::exception& e) {  // not expected: the reader checks types first
        result.error = {file, 0, 0, std::string("unexpected value: ") + e.what()};
    }
    return result;
}

}  // namespace loopscope::app
