// What the app remembers between sessions: split sizes, language, presenter mode, zoom,
// recent files, window size. Stored as JSON in $XDG_CONFIG_HOME/loopscope/settings.json
// (~/.config/loopscope/settings.json when XDG_CONFIG_HOME is unset or not absolute).
//
// A missing file gives the defaults silently; a corrupt one gives the defaults and a warning,
// never a crash. Unknown keys are ignored, out-of-range values replaced by their defaults.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/layout.h"

namespace loopscope::app {

inline constexpr float kMinZoom = 0.5f;
inline constexpr float kMaxZoom = 3.0f;

struct Settings {
    SplitFractions splits;
    std::string language = "en";  // "en" | "zh"
    bool presenter = false;
    float zoom = 1.0f;            // UI scale, kMinZoom .. kMaxZoom
    std::vector<std::string> recent_files;  // most recent first
    int window_width = 1280, window_height = 800;
    bool operator==(const Settings&) const = default;
};

// $XDG_CONFIG_HOME/loopscope/settings.json, or ~/.config/loopscope/settings.json.
std::filesystem::path settings_path();

std::string settings_to_json(const Settings& settings);
// Parses `text`; on any problem returns the defaults (fields that did parse are kept) and, when
// `warning` is given, says what was wrong.
Settings settings_from_json(const std::string& text, std::string* warning);

// Reads `path` (missing: defaults, no warning).
Settings load_settings(const std::filesystem::path& path, std::string* warning);
// Writes `path` atomically (a temporary file renamed over it), creating its directory.
bool save_settings(const std::filesystem::path& path, const Settings& settings, std::string* error);

// The zoom one step bigger / smaller (Ctrl +/−), within [kMinZoom, kMaxZoom].
float zoom_in(float zoom);
float zoom_out(float zoom);

}  // namespace loopscope::app
