// The document the app shows: a program (.py), a recorded trace (.json) or a lesson variant.
// Plain data plus the file-level decisions: what kind a path is, how it loads, and where an
// error in a run's stderr points in the source.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace loopscope::app {

enum class DocumentKind { None, Program, Trace, Lesson };

struct Document {
    DocumentKind kind = DocumentKind::None;
    std::string path;        // the file (Program, Trace) or lesson.json (Lesson); "" otherwise
    std::string key;         // autosave key: the absolute path, or "lesson:<id>/<variant>"
    std::string title;       // shown in the toolbar
    std::string filename;    // what the program runs as (tracebacks name it)
    std::string saved_text;  // the text as on disk (or in the lesson)
    std::string text;        // the editor's text; what F5 runs
    bool dirty() const { return text != saved_text; }
};

enum class PathKind { Program, Trace, Lesson, Unknown };

// .py → Program; lesson.json or a directory holding one → Lesson; another .json → Trace.
PathKind classify_path(const std::filesystem::path& path);

// Reads a .py into a Program document. On failure returns nullopt and sets `error`.
std::optional<Document> load_program(const std::filesystem::path& path, std::string& error);

// Where a run's error points: the last `File "<filename>", line N` of the traceback (or of
// the SyntaxError report) and the final line (the exception). nullopt when the program ran
// clean or the error is not in `filename`.
struct SourceError {
    int line = 0;
    std::string message;  // "SyntaxError: '(' was never closed"
    bool syntax = false;  // a compile error (the program never started)
};
std::optional<SourceError> find_source_error(const std::string& stderr_text,
                                             const std::string& filename);

// Splits text into lines (no trailing "\n"s; a final line without "\n" counts).
int count_lines(const std::string& text);

}  // namespace loopscope::app
