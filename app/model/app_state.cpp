#include "model/app_state.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <system_error>
#include <thread>

#include <nlohmann/json.hpp>

#include "model/code_marks.h"
#include "model/i18n.h"
#include "model/recent_files.h"
#include "model/xdg_paths.h"

namespace loopscope::app {
namespace {

std::string lesson_key(const Lesson& lesson, const LessonVariant& variant) {
    return "lesson:" + lesson.id + "/" + variant.id;
}

void offer_autosave(AppState& app) {
    app.restore_offer = find_restorable(app.autosave_dir, app.doc.key, app.doc.saved_text,
                                        app.doc.kind == DocumentKind::Program ? app.doc.path : "");
}

void start_program_run(AppState& app) {
    app.worker.start(program_job({app.doc.text, app.doc.filename}));
    app.pending = AppState::Pending::Run;
    ++app.runs_started;
    app.status.clear();
}

// Shows a fresh model: the cursor at --step N if asked, else at the start.
void show_model(AppState& app, std::shared_ptr<trace::TraceModel> model) {
    app.model = std::move(model);
    app.playback = Playback{.speed = app.playback.speed};
    app.selected_task = 0;
    app.timeline = TimelineView{};
    app.file = app.model ? std::max(0, file_index(*app.model, app.doc.filename)) : 0;
    if (app.model && app.model->event_count() > 0 && app.step_after_load) {
        app.playback.seq = std::min<uint64_t>(*app.step_after_load, app.model->event_count() - 1);
    }
    app.step_after_load.reset();
}

// A lesson variant as the document: its source with the lesson's parameters applied.
Document lesson_document(const Lesson& lesson, const LessonVariant& variant) {
    Document doc;
    doc.kind = DocumentKind::Lesson;
    doc.path = (lesson.dir / "lesson.json").string();
    doc.key = lesson_key(lesson, variant);
    doc.title = variant.title.in(language());
    doc.filename = std::filesystem::path(variant.file).filename().string();
    doc.saved_text = apply_parameters(variant.source, lesson.parameters);
    doc.text = doc.saved_text;
    return doc;
}

// A compared run that is not a lesson variant: the source its trace recorded, read-only.
Document recorded_document(const ComparedRun& run) {
    Document doc;
    doc.kind = DocumentKind::Trace;
    doc.title = run.title.in(language());
    doc.filename = run.filename;
    const auto& sources = run.model->trace().sources;
    for (const auto& [name, text] : sources) {
        if (name == run.filename) doc.saved_text = text;
    }
    if (doc.saved_text.empty() && !sources.empty()) doc.saved_text = sources.front().second;
    doc.text = doc.saved_text;
    return doc;
}

int find_lesson_by_dir(const AppState& app, const std::filesystem::path& dir) {
    std::error_code ec;
    for (size_t i = 0; i < app.lessons.size(); ++i) {
        if (std::filesystem::equivalent(app.lessons[i].dir, dir, ec)) return static_cast<int>(i);
    }
    return -1;
}

void open_lesson_path(AppState& app, std::filesystem::path path) {
    if (path.filename() == "lesson.json") path = path.parent_path();
    int index = find_lesson_by_dir(app, path);
    if (index < 0) {
        LessonLoad load = load_lesson(path / "lesson.json");
        if (!load.ok) {
            app.status = to_string(load.error);  // file:line:column: message
            return;
        }
        app.lessons.push_back(std::move(load.lesson));
        index = static_cast<int>(app.lessons.size()) - 1;
    }
    open_lesson(app, index, 0);
}

}  // namespace

void init_app(AppState& app, const std::filesystem::path& settings_file,
              const std::filesystem::path& lessons_dir, const std::filesystem::path& autosave_dir) {
    app.settings_file = settings_file;
    app.autosave_dir = autosave_dir;
    if (!settings_file.empty()) {
        std::string warning;
        app.settings = load_settings(settings_file, &warning);
        if (!warning.empty()) std::fprintf(stderr, "loopscope: warning: %s\n", warning.c_str());
    }
    Lang lang = Lang::En;
    if (parse_lang(app.settings.language, lang)) set_language(lang);
    app.lessons = load_lessons(lessons_dir, &app.lesson_errors);
    for (const LessonError& e : app.lesson_errors) {
        std::fprintf(stderr, "loopscope: warning: lesson %s\n", to_string(e).c_str());
    }
}

void save_app_settings(AppState& app) {
    if (app.settings_file.empty()) return;
    app.settings.language = lang_code(language());
    std::string error;
    if (!save_settings(app.settings_file, app.settings, &error)) {
        std::fprintf(stderr, "loopscope: warning: settings not saved: %s\n", error.c_str());
    }
}

void open_path(AppState& app, const std::string& path) {
    if (path.empty()) return;
    flush_autosave(app);  // the document on screen is about to be replaced
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        app.status = std::string(tr("status.not_found")) + " " + path;
        return;
    }
    switch (classify_path(path)) {
        case PathKind::Program: {
            std::string error;
            std::optional<Document> doc = load_program(path, error);
            if (!doc) {
                app.status = error;
                return;
            }
            app.doc = std::move(*doc);
            app.lesson = -1;
            app.mode = ViewMode::Main;
            app.editing = false;
            offer_autosave(app);
            add_recent_file(app.settings.recent_files, app.doc.key);
            start_program_run(app);
            return;
        }
        case PathKind::Trace: {
            Document doc;
            doc.kind = DocumentKind::Trace;
            doc.path = path;
            doc.key = std::filesystem::absolute(path, ec).lexically_normal().string();
            doc.title = std::filesystem::path(path).filename().string();
            app.doc = std::move(doc);
            app.lesson = -1;
            app.mode = ViewMode::Main;
            app.editing = false;
            app.restore_offer.reset();
            add_recent_file(app.settings.recent_files, app.doc.key);
            app.worker.start(trace_file_job(path));
            app.pending = AppState::Pending::TraceFile;
            app.status.clear();
            return;
        }
        case PathKind::Lesson:
            open_lesson_path(app, path);
            return;
        case PathKind::Unknown:
            app.status = std::string(tr("status.unknown_kind")) + " " + path;
            return;
    }
}

int default_lesson(const AppState& app) {
    for (size_t i = 0; i < app.lessons.size(); ++i) {
        if (app.lessons[i].id.find("gather") != std::string::npos) return static_cast<int>(i);
    }
    return app.lessons.empty() ? -1 : 0;
}

void open_lesson(AppState& app, int lesson_index, int variant_index) {
    if (lesson_index < 0 || lesson_index >= static_cast<int>(app.lessons.size())) return;
    const Lesson& lesson = app.lessons[lesson_index];
    if (lesson.variants.empty()) {
        app.status = lesson.id + ": no variants";
        return;
    }
    variant_index = std::clamp(variant_index, 0, static_cast<int>(lesson.variants.size()) - 1);
    flush_autosave(app);  // the document on screen is about to be replaced
    app.lesson = lesson_index;
    app.variant = variant_index;
    app.answers.assign(lesson.questions.size(), -1);
    app.doc = lesson_document(lesson, lesson.variants[variant_index]);
    app.editing = false;
    offer_autosave(app);
    if (lesson.compare && lesson.variants.size() >= 2) {
        app.compare = Comparison{};
        app.compare_run = -1;
        show_model(app, nullptr);  // the main view's run belonged to the previous document
        app.mode = ViewMode::Compare;
        app.compare_view = TimelineView{};
        app.worker.start(compare_job(compare_inputs_from_lesson(lesson)));
        app.pending = AppState::Pending::Compare;
        return;
    }
    app.mode = ViewMode::Main;
    start_program_run(app);
}

void rerun(AppState& app) {
    if (app.mode == ViewMode::Compare && app.lesson >= 0 && app.lessons[app.lesson].compare) {
        open_lesson(app, app.lesson, app.variant);  // F5 in the compare view: run all again
        return;
    }
    if (app.doc.kind == DocumentKind::Program || app.doc.kind == DocumentKind::Lesson) {
        app.mode = ViewMode::Main;
        start_program_run(app);
    }
}

void open_compare(AppState& app, const std::vector<std::string>& args) {
    // One compare lesson (its id or folder): open it as the browser would, so its first
    // variant's code and its narration are on screen too.
    if (args.size() == 1) {
        for (size_t i = 0; i < app.lessons.size(); ++i) {
            const Lesson& lesson = app.lessons[i];
            std::error_code ec;
            const bool same = lesson.id == args[0] || std::filesystem::equivalent(lesson.dir, args[0], ec);
            if (same && lesson.compare) {
                open_lesson(app, static_cast<int>(i), 0);
                return;
            }
        }
    }
    std::vector<CompareInput> inputs;
    std::string error;
    if (!compare_inputs_from_args(args, app.lessons, inputs, error)) {
        app.status = error;
        return;
    }
    app.compare = Comparison{};
    app.compare_run = -1;
    app.mode = ViewMode::Compare;
    app.compare_view = TimelineView{};
    app.worker.start(compare_job(std::move(inputs)));
    app.pending = AppState::Pending::Compare;
}

void show_compared_run(AppState& app, int run, uint64_t seq, uint32_t task) {
    if (run < 0 || run >= static_cast<int>(app.compare.runs.size())) return;
    const ComparedRun& compared = app.compare.runs[static_cast<size_t>(run)];
    if (!compared.model || compared.model->event_count() == 0) return;
    if (app.compare_run != run || app.model != compared.model) {
        flush_autosave(app);  // the document on screen is about to be replaced
        const bool variant = app.lesson >= 0 && app.lessons[app.lesson].compare &&
                             run < static_cast<int>(app.lessons[app.lesson].variants.size());
        if (variant) {
            const Lesson& lesson = app.lessons[app.lesson];
            app.variant = run;
            app.doc = lesson_document(lesson, lesson.variants[static_cast<size_t>(run)]);
        } else {
            app.doc = recorded_document(compared);
        }
        app.editing = false;
        app.restore_offer.reset();
        if (!app.doc.key.empty()) offer_autosave(app);
        app.result = compared.result;
        app.error = find_source_error(app.result.stderr_text, app.doc.filename);
        app.step_after_load.reset();
        show_model(app, compared.model);
        app.compare_run = run;
    }
    app.playback.seq = std::min<uint64_t>(seq, compared.model->event_count() - 1);
    app.playback.playing = false;
    app.selected_task = task;
}

bool poll_worker(AppState& app) {
    std::optional<RunOutcome> outcome = app.worker.take();
    if (!outcome) return false;
    const AppState::Pending pending = app.pending;
    app.pending = AppState::Pending::None;
    if (pending == AppState::Pending::Compare) {
        app.compare = std::move(outcome->comparison);
        app.step_after_load.reset();
        return true;
    }
    if (!outcome->error.empty()) {
        app.status = outcome->error;
        return true;
    }
    app.result = std::move(outcome->result);
    app.cancelled = outcome->cancelled;
    if (pending == AppState::Pending::TraceFile && outcome->model) {
        // A trace carries its program's source: show the first file's text.
        const auto& sources = outcome->model->trace().sources;
        if (!sources.empty()) {
            app.doc.filename = sources.front().first;
            app.doc.saved_text = sources.front().second;
            app.doc.text = app.doc.saved_text;
        }
    }
    app.error = find_source_error(app.result.stderr_text, app.doc.filename);
    show_model(app, std::move(outcome->model));
    return true;
}

void wait_for_worker(AppState& app) {
    while (app.worker.running() && !app.worker.finished()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    poll_worker(app);
}

void note_text_edited(AppState& app, double now_s) { note_edit(app.autosave, now_s); }

void autosave_tick(AppState& app, double now_s) {
    if (!autosave_due(app.autosave, now_s) || app.doc.key.empty()) return;
    if (app.doc.dirty()) {
        const std::string error = write_autosave(app.autosave_dir, app.doc.key, app.doc.text);
        if (!error.empty()) app.status = error;
    } else {
        discard_autosave(app.autosave_dir, app.doc.key);
    }
    note_written(app.autosave, now_s);
}

void flush_autosave(AppState& app) {
    if (!app.doc.dirty() || app.doc.key.empty()) return;
    const std::string error = write_autosave(app.autosave_dir, app.doc.key, app.doc.text);
    if (!error.empty()) std::fprintf(stderr, "loopscope: warning: edit not autosaved: %s\n", error.c_str());
    app.autosave.pending = false;
}

bool save_document(AppState& app) {
    if (app.doc.kind != DocumentKind::Program) return false;
    const std::string error = write_file_atomically(app.doc.path, app.doc.text);
    if (!error.empty()) {
        app.status = error;
        return false;
    }
    app.doc.saved_text = app.doc.text;
    discard_autosave(app.autosave_dir, app.doc.key);
    app.autosave.pending = false;
    return true;
}

void accept_restore(AppState& app) {
    if (!app.restore_offer) return;
    app.doc.text = *app.restore_offer;
    app.restore_offer.reset();
    app.editing = true;
    rerun(app);
}

void discard_restore(AppState& app) {
    app.restore_offer.reset();
    discard_autosave(app.autosave_dir, app.doc.key);
}

void select_line(AppState& app, int line) {
    if (!app.model) return;
    const uint64_t seq = next_event_on_line(*app.model, app.playback.seq, app.file, line);
    if (seq != trace::kNoSeq) {
        app.playback.seq = seq;
        app.playback.playing = false;
    }
}

int current_narration_step(const AppState& app) {
    if (app.lesson < 0 || !app.model) return -1;
    const Lesson& lesson = app.lessons[app.lesson];
    return narration_step_at(lesson, lesson.variants[app.variant].id, *app.model, app.playback.seq);
}

int pending_question(const AppState& app) {
    if (app.lesson < 0) return -1;
    const Lesson& lesson = app.lessons[app.lesson];
    const int step = current_narration_step(app);
    const std::string& variant = lesson.variants[app.variant].id;
    for (size_t i = 0; i < lesson.questions.size(); ++i) {
        const Question& q = lesson.questions[i];
        if (!q.variant.empty() && q.variant != variant) continue;
        if (q.before_step == step + 1) return static_cast<int>(i);
    }
    return -1;
}

std::vector<std::string_view> atlas_texts(const AppState& app) {
    std::vector<std::string_view> texts;
    for (Lang lang : {Lang::En, Lang::Zh}) {
        for (const std::string& key : i18n_keys(lang)) texts.push_back(tr(lang, key));
    }
    auto add = [&](const Text& t) {
        texts.push_back(t.en);
        texts.push_back(t.zh);
    };
    for (const Lesson& lesson : app.lessons) {
        add(lesson.title);
        add(lesson.description);
        for (const LessonVariant& v : lesson.variants) {
            add(v.title);
            add(v.description);
            texts.push_back(v.source);
        }
        for (const NarrationStep& step : lesson.steps) add(step.text);
        for (const Question& q : lesson.questions) {
            add(q.prompt);
            add(q.explanation);
            for (const Text& c : q.choices) add(c);
        }
    }
    texts.push_back(app.doc.text);
    texts.push_back(app.status);
    return texts;
}

std::string window_title(const AppState& app) {
    const bool shown = app.mode == ViewMode::Compare ? !app.compare.runs.empty() : app.model != nullptr;
    if (!shown || app.worker.running() || app.doc.title.empty()) return "loopscope";
    return "loopscope — " + app.doc.title;
}

std::string dump_state_json(const AppState& app) {
    nlohmann::json doc;
    doc["language"] = lang_code(language());
    doc["presenter"] = app.settings.presenter;
    doc["zoom"] = app.settings.zoom;
    doc["view"] = app.mode == ViewMode::Compare ? "compare" : "main";
    doc["document"] = {{"kind", static_cast<int>(app.doc.kind)},
                       {"path", app.doc.path},
                       {"title", app.doc.title},
                       {"dirty", app.doc.dirty()},
                       {"editing", app.editing}};
    if (app.lesson >= 0) {
        doc["lesson"] = app.lessons[app.lesson].id;
        doc["variant"] = app.lessons[app.lesson].variants[app.variant].id;
    }
    doc["exit_code"] = app.result.exit_code;
    doc["error_line"] = app.error ? app.error->line : 0;
    doc["selected_task"] = app.selected_task;
    doc["event_count"] = app.model ? app.model->event_count() : 0;
    doc["cursor_seq"] = app.playback.seq;
    if (app.model && app.model->event_count() > 0) {
        const trace::LoopState loop = app.model->loop_state_at(app.playback.seq, 1000);
        doc["running_task"] = loop.running_task;
        doc["running_line"] = running_line_at(*app.model, app.playback.seq, app.file);
        doc["turn"] = loop.turn;
        doc["time_ns"] = loop.t_ns;
        nlohmann::json ready = nlohmann::json::array();
        for (const trace::ReadyItem& item : loop.ready) {
            ready.push_back({{"task", item.task}, {"what", item.what}, {"name", item.name}});
        }
        doc["ready"] = ready;
        doc["timers"] = loop.timer_count;
        doc["ready_count"] = loop.ready_count;
    }
    nlohmann::json compare = nlohmann::json::array();
    for (const ComparedRun& run : app.compare.runs) {
        compare.push_back({{"title", run.title.in(language())},
                           {"total_ns", run.total_ns},
                           {"exit_code", run.result.exit_code}});
    }
    doc["compare"] = compare;
    doc["compare_run"] = app.compare_run;
    doc["runs_started"] = app.runs_started;
    doc["frames"] = app.frames;
    doc["frame_build_ms_mean"] = app.frames ? app.frame_ms_total / static_cast<double>(app.frames) : 0.0;
    doc["frame_build_ms_max"] = app.frame_ms_max;
    doc["status"] = app.status;
    return doc.dump(2) + "\n";
}

}  // namespace loopscope::app
