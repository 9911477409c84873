// The app's state and the actions on it that are not drawing: open a file or lesson, run the
// editor's text off the UI thread, take the outcome, autosave, compare, dump the state for the
// GUI tests. The panels in app/ui read this and call these; nothing here touches ImGui or GL.
//
// Invariants:
//   - `model` is the run on screen; `playback.seq` < model->event_count() whenever it has events;
//   - `doc.text` is never dropped without an autosave or a save (Never lose an edit);
//   - at most one engine job is in flight (`worker`), and `pending` says what it is for.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/autosave.h"
#include "model/compare_model.h"
#include "model/document.h"
#include "model/lesson.h"
#include "model/playback.h"
#include "model/run_worker.h"
#include "model/settings.h"
#include "model/timeline_view.h"
#include "trace/trace_model.h"

namespace loopscope::app {

enum class ViewMode { Main, Compare };

struct AppState {
    Settings settings;
    std::filesystem::path settings_file;  // where settings are saved on exit ("" = never)
    std::filesystem::path autosave_dir;

    // Lessons (the browser lists them).
    std::vector<Lesson> lessons;
    std::vector<LessonError> lesson_errors;
    int lesson = -1;   // index into lessons of the open lesson, -1: none
    int variant = 0;   // its variant

    // The document and its editor.
    Document doc;
    bool editing = false;
    AutosaveClock autosave;
    std::optional<std::string> restore_offer;  // an autosaved edit of `doc` to offer back

    // The run on screen.
    std::shared_ptr<trace::TraceModel> model;
    RunResult result;            // stdout/stderr/exit code of the run (empty for a trace file)
    bool cancelled = false;      // the last run was cancelled
    std::optional<SourceError> error;  // where the run's error points in doc.text
    int32_t file = 0;            // the program's index in model->trace().files
    Playback playback;
    uint32_t selected_task = 0;
    TimelineView timeline;
    std::vector<int> answers;    // per question of the lesson: the choice made, -1 = not yet

    // Compare view.
    ViewMode mode = ViewMode::Main;
    Comparison compare;          // the runs side by side (compare_model.h)
    TimelineView compare_view;
    // The compared run on show (clicked in the compare view): `model` and `doc` are its run and
    // source, so the code view, the loop panel and the console show that run. -1: none.
    int compare_run = -1;

    // Engine work in flight.
    enum class Pending { None, Run, TraceFile, Compare } pending = Pending::None;
    RunWorker worker;
    std::optional<uint64_t> step_after_load;  // --step N: applied when the next run arrives
    uint64_t runs_started = 0;                // programs sent to the engine (F5 counts)

    // Frame-build times (NewFrame → Render), measured by main.cpp; reported by --dump-state.
    double frame_ms_total = 0, frame_ms_max = 0;
    uint64_t frames = 0;

    std::string status;  // the last problem to show (file not found, bad trace, ...), "" = none
};

// Reads settings (warning on stderr when corrupt), applies the language, loads the lessons.
void init_app(AppState& app, const std::filesystem::path& settings_file,
              const std::filesystem::path& lessons_dir, const std::filesystem::path& autosave_dir);
// Saves settings (when settings_file is set).
void save_app_settings(AppState& app);

// Opens a .py, trace .json, lesson.json or lesson directory; runs what needs running.
// Unknown or unreadable paths set `status` and leave the current document alone.
void open_path(AppState& app, const std::string& path);
// Opens lesson `lesson`, variant `variant` (compare lessons open the compare view).
void open_lesson(AppState& app, int lesson, int variant);
// The lesson the app opens with: the one whose id mentions "gather", else the first.
int default_lesson(const AppState& app);
// Runs the editor's text (F5).
void rerun(AppState& app);
// Runs `args` side by side in the compare view: .py files, lesson ids or folders,
// LESSON/VARIANT (compare_inputs_from_args). A bad argument sets `status`.
void open_compare(AppState& app, const std::vector<std::string>& args);
// Shows compared run `run` at event `seq` with `task` selected (a click in the compare view):
// its model becomes the one on screen and its source the document (a compare lesson's variant,
// else the source the trace recorded). The compare view stays up; its playhead in that run is
// the cursor. Out-of-range or empty runs change nothing.
void show_compared_run(AppState& app, int run, uint64_t seq, uint32_t task);
// Once per frame: takes a finished job's outcome and shows it. True when something arrived.
bool poll_worker(AppState& app);
// Blocks until the job in flight is done and shows it (screenshots, tests).
void wait_for_worker(AppState& app);

// The editor changed doc.text at `now_s`; autosave_tick writes when due.
void note_text_edited(AppState& app, double now_s);
void autosave_tick(AppState& app, double now_s);
// Writes an unsaved edit now (on quit), whatever the clock says.
void flush_autosave(AppState& app);
// Saves doc.text to its file (Programs only); discards the autosave. Sets status on failure.
bool save_document(AppState& app);
void accept_restore(AppState& app);
void discard_restore(AppState& app);

// Selects the events of `line`: the cursor moves to the next event on it.
void select_line(AppState& app, int line);

// The lesson narration step in force at the cursor (-1: none / no lesson).
int current_narration_step(const AppState& app);
// The question to ask before the next narration step (-1: none).
int pending_question(const AppState& app);

// Every text whose characters the font atlas must hold: both i18n tables, the lessons'
// titles, descriptions, narration and questions, and the open document.
std::vector<std::string_view> atlas_texts(const AppState& app);

// The window's title: "loopscope — TITLE" once a run (or a comparison) of the document is on
// screen and no engine job is in flight, else "loopscope". Real-input GUI tests wait for it
// (xdotool search --sync --name) instead of sleeping.
std::string window_title(const AppState& app);

// The state the GUI tests check, as JSON: cursor, selection, document, language, running line,
// ready queue, view, error line.
std::string dump_state_json(const AppState& app);

}  // namespace loopscope::app
