// Autosave: the editor's text is written every few seconds to
// $XDG_STATE_HOME/loopscope/autosave/ (~/.local/state/... by default), one file per document,
// so a crash or a forgotten save never loses an edit. When a document is opened and its
// autosave is newer than the file and differs from it, the app offers it back.
//
// The autosave file holds the document's key (its absolute path, or "lesson:<id>/<variant>")
// on the first line, then the text; its name is derived from the key, so two files with the
// same name in different directories do not collide.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace loopscope::app {

inline constexpr double kAutosaveIntervalS = 3.0;

// $XDG_STATE_HOME/loopscope/autosave.
std::filesystem::path autosave_dir();
// Where the autosave of the document `key` lives inside `dir`.
std::filesystem::path autosave_path(const std::filesystem::path& dir, const std::string& key);

// Writes the text (atomically). Returns an error message or "".
std::string write_autosave(const std::filesystem::path& dir, const std::string& key,
                           const std::string& text);
// The autosaved text for `key`, when there is one that should be offered back: it differs from
// `text_on_disk` and is newer than `document_file` (which may be empty or missing: lessons,
// unsaved buffers).
std::optional<std::string> find_restorable(const std::filesystem::path& dir,
                                           const std::string& key,
                                           const std::string& text_on_disk,
                                           const std::filesystem::path& document_file);
void discard_autosave(const std::filesystem::path& dir, const std::string& key);

// When to write: an edit is pending and kAutosaveIntervalS passed since the last write (or since
// the edit began). Times in seconds on any monotonic clock.
struct AutosaveClock {
    bool pending = false;     // an edit not yet written
    double since_s = 0;       // when the pending edit (or the last write) happened
};
void note_edit(AutosaveClock& clock, double now_s);
bool autosave_due(const AutosaveClock& clock, double now_s);
void note_written(AutosaveClock& clock, double now_s);

}  // namespace loopscope::app
