// State of the window that lives only while the app runs and is not the app's model: which
// splitter is being dragged, the Open dialog's inputs, what main.cpp must do between frames
// (rebuild the font atlas, save a PNG, quit). Panels keep their per-frame state here, never in
// function-level statics.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/code_marks.h"
#include "model/highlight.h"
#include "model/layout.h"

namespace loopscope::app {

struct OpenDialogState {
    bool open_requested = false;  // open the popup next frame
    std::string directory;        // the directory listed
    std::string path_input;       // the path typed (or clicked)
};

// The code view's highlighted spans, recomputed only when the text changes.
struct CodeViewCache {
    std::string text;
    bool valid = false;
    std::vector<std::string_view> lines;      // into `text`
    std::vector<std::vector<Span>> spans;     // per line
};

// The console split into display lines once per run (ImGuiListClipper needs equal heights).
struct ConsoleLine {
    uint8_t stream = 0;   // trace::ConsoleEntry::Stream
    uint64_t seq = 0;     // the event that wrote (the start of) the line
    std::string text;
};
struct ConsoleCache {
    const void* model = nullptr;       // the TraceModel the lines were built from
    std::string extra_stderr;          // result stderr not in the trace (syntax errors)
    std::vector<ConsoleLine> lines;
    std::vector<size_t> lines_through;  // [i]: lines visible once entries [0, i) are written
    bool autoscroll_pending = false;
    size_t last_visible = 0;
};

// The code view's marks at the cursor, recomputed only when the cursor or the run changes
// (a 100k-task run has 100k tasks to look at).
struct CodeMarksCache {
    const void* model = nullptr;
    uint64_t seq = 0;
    int32_t file = 0;
    bool valid = false;
    int running = 0;                       // the running task's line, 0: none
    std::map<int, std::vector<GutterMark>> gutter;  // by line: its waiting tasks, per state
};

struct UiState {
    CodeViewCache code_cache;
    CodeMarksCache marks_cache;
    ConsoleCache console_cache;
    std::optional<Splitter> dragging;      // splitter held by the mouse
    OpenDialogState open_dialog;
    std::vector<std::string> dropped_paths;  // from glfwSetDropCallback, opened next frame
    bool fonts_dirty = true;      // zoom/presenter/language text changed: rebuild the atlas
    bool quit = false;            // Ctrl+Q
    std::string export_png_path;  // set by the toolbar: main.cpp saves the timeline region
    Rect timeline_rect;           // where the timeline was drawn this frame (for the PNG export)
    std::string editor_error;     // last save problem, shown in the code panel
    double time_s = 0;            // glfwGetTime() of this frame (autosave clock)
    std::string jump_time_input;  // the toolbar's "jump to time" field (seconds)
    int code_scroll_tries = 0;    // frames left to bring the running line into view
    int last_scrolled_line = 0;
};

}  // namespace loopscope::app
