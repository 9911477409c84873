#include "model/autosave.h"

#include <cstdint>
#include <cstdio>
#include <system_error>

#include "model/xdg_paths.h"

namespace loopscope::app {
namespace {

uint64_t fnv1a(const std::string& text) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    return h;
}

// A readable, filesystem-safe stem: the key's last path component, letters/digits/._- only.
std::string safe_stem(const std::string& key) {
    std::string name = key.substr(key.find_last_of("/:") == std::string::npos
                                      ? 0 : key.find_last_of("/:") + 1);
    std::string out;
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '.' || c == '_' || c == '-';
        out += ok ? c : '_';
        if (out.size() >= 40) break;
    }
    return out.empty() ? "buffer" : out;
}

// The file's first line is the key; the rest is the text. False if it is not ours.
bool split_autosave(const std::string& content, const std::string& key, std::string& text) {
    const size_t newline = content.find('\n');
    if (newline == std::string::npos || content.compare(0, newline, key) != 0) return false;
    text = content.substr(newline + 1);
    return true;
}

}  // namespace

std::filesystem::path autosave_dir() { return xdg_state_home() / "loopscope" / "autosave"; }

std::filesystem::path autosave_path(const std::filesystem::path& dir, const std::string& key) {
    char hash[17];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
    return dir / (safe_stem(key) + "." + hash + ".autosave");
}

std::string write_autosave(const std::filesystem::path& dir, const std::string& key,
                           const std::string& text) {
    return write_file_atomically(autosave_path(dir, key), key + "\n" + text);
}

std::optional<std::string> find_restorable(const std::filesystem::path& dir,
                                           const std::string& key,
                                           const std::string& text_on_disk,
                                           const std::filesystem::path& document_file) {
    const std::filesystem::path path = autosave_path(dir, key);
    std::string content, text;
    if (!read_whole_file(path, content) || !split_autosave(content, key, text)) return std::nullopt;
    if (text == text_on_disk) return std::nullopt;
    std::error_code ec;
    if (!document_file.empty() && std::filesystem::exists(document_file, ec)) {
        const auto saved_time = std::filesystem::last_write_time(path, ec);
        if (ec) return std::nullopt;
        const auto file_time = std::filesystem::last_write_time(document_file, ec);
        if (!ec && file_time > saved_time) return std::nullopt;  // the file was saved later
    }
    return text;
}

void discard_autosave(const std::filesystem::path& dir, const std::string& key) {
    std::error_code ec;
    std::filesystem::remove(autosave_path(dir, key), ec);
}

void note_edit(AutosaveClock& clock, double now_s) {
    if (!clock.pending) clock.since_s = now_s;
    clock.pending = true;
}

bool autosave_due(const AutosaveClock& clock, double now_s) {
    return clock.pending && now_s - clock.since_s >= kAutosaveIntervalS;
}

void note_written(AutosaveClock& clock, double now_s) {
    clock.pending = false;
    clock.since_s = now_s;
}

}  // namespace loopscope::app
