#include "model/settings.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "model/xdg_paths.h"

namespace loopscope::app {
namespace {

constexpr float kZoomStep = 1.1f;

using nlohmann::json;

// Reads `key` into `out` when present and of the right type; notes a problem otherwise.
template <typename T>
void read_field(const json& doc, const char* key, T& out, std::string& problems) {
    auto it = doc.find(key);
    if (it == doc.end()) return;
    if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
        // Numbers are read as double and clamped to T's range while still a double:
        // get<int>() / get<float>() static_cast, which is undefined for a hand-edited
        // "width": 1e300. The callers then clamp to their own ranges.
        if (!it->is_number()) {
            problems += std::string(problems.empty() ? "" : "; ") + "\"" + key + "\" has the wrong type";
            return;
        }
        const double lo = double(std::numeric_limits<T>::lowest()), hi = double(std::numeric_limits<T>::max());
        out = static_cast<T>(std::clamp(it->get<double>(), lo, hi));
        return;
    }
    try {
        out = it->get<T>();
    } catch (const json::exception&) {
        problems += std::string(problems.empty() ? "" : "; ") + "\"" + key + "\" has the wrong type";
    }
}

}  // namespace

std::filesystem::path settings_path() { return xdg_config_home() / "loopscope" / "settings.json"; }

std::string settings_to_json(const Settings& s) {
    json doc = {
        {"splits",
         {{"left", s.splits.left},
          {"right", s.splits.right},
          {"bottom", s.splits.bottom},
          {"browser", s.splits.browser},
          {"console", s.splits.console}}},
        {"language", s.language},
        {"presenter", s.presenter},
        {"zoom", s.zoom},
        {"recent_files", s.recent_files},
        {"window", {{"width", s.window_width}, {"height", s.window_height}}},
    };
    return doc.dump(2) + "\n";
}

Settings settings_from_json(const std::string& text, std::string* warning) {
    Settings s;
    std::string problems;
    json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object()) {
        if (warning) *warning = "not a JSON object; using the default settings";
        return s;
    }
    if (auto it = doc.find("splits"); it != doc.end() && it->is_object()) {
        read_field(*it, "left", s.splits.left, problems);
        read_field(*it, "right", s.splits.right, problems);
        read_field(*it, "bottom", s.splits.bottom, problems);
        read_field(*it, "browser", s.splits.browser, problems);
        read_field(*it, "console", s.splits.console, problems);
        s.splits = sanitized(s.splits);
    }
    read_field(doc, "language", s.language, problems);
    if (s.language != "en" && s.language != "zh") s.language = "en";
    read_field(doc, "presenter", s.presenter, problems);
    read_field(doc, "zoom", s.zoom, problems);
    if (!std::isfinite(s.zoom)) s.zoom = 1.0f;
    s.zoom = std::clamp(s.zoom, kMinZoom, kMaxZoom);
    read_field(doc, "recent_files", s.recent_files, problems);
    if (auto it = doc.find("window"); it != doc.end() && it->is_object()) {
        read_field(*it, "width", s.window_width, problems);
        read_field(*it, "height", s.window_height, problems);
    }
    s.window_width = std::clamp(s.window_width, 320, 16384);
    s.window_height = std::clamp(s.window_height, 240, 16384);
    if (warning && !problems.empty()) *warning = problems;
    return s;
}

Settings load_settings(const std::filesystem::path& path, std::string* warning) {
    std::string text;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return Settings{};
    if (!read_whole_file(path, text)) {
        if (warning) *warning = "cannot read " + path.string() + "; using the default settings";
        return Settings{};
    }
    std::string problem;
    Settings s = settings_from_json(text, &problem);
    if (warning && !problem.empty()) *warning = path.string() + ": " + problem;
    return s;
}

bool save_settings(const std::filesystem::path& path, const Settings& settings, std::string* error) {
    std::string problem = write_file_atomically(path, settings_to_json(settings));
    if (error) *error = problem;
    return problem.empty();
}

float zoom_in(float zoom) { return std::clamp(zoom * kZoomStep, kMinZoom, kMaxZoom); }
float zoom_out(float zoom) { return std::clamp(zoom / kZoomStep, kMinZoom, kMaxZoom); }

}  // namespace loopscope::app
