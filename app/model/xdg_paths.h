// XDG base directories (config, state) with their documented fallbacks under $HOME.
#pragma once

#include <filesystem>

namespace loopscope::app {

// $XDG_CONFIG_HOME or ~/.config (a relative XDG value is ignored, as the spec says).
std::filesystem::path xdg_config_home();
// $XDG_STATE_HOME or ~/.local/state.
std::filesystem::path xdg_state_home();

// Writes `text` to `path` through a temporary file renamed over it, so a crash mid-write never
// leaves a half-written file; creates the parent directory. Returns an error message or "".
std::string write_file_atomically(const std::filesystem::path& path, const std::string& text);
// The whole file; false when it cannot be read.
bool read_whole_file(const std::filesystem::path& path, std::string& out);

}  // namespace loopscope::app
