#include "model/xdg_paths.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

#include <unistd.h>

namespace loopscope::app {
namespace {

std::filesystem::path from_env(const char* name, const char* home_relative) {
    if (const char* value = std::getenv(name); value != nullptr && value[0] == '/') return value;
    const char* home = std::getenv("HOME");
    std::filesystem::path base = (home != nullptr && home[0] != '\0') ? home : "/tmp";
    return base / home_relative;
}

}  // namespace

std::filesystem::path xdg_config_home() { return from_env("XDG_CONFIG_HOME", ".config"); }
std::filesystem::path xdg_state_home() { return from_env("XDG_STATE_HOME", ".local/state"); }

std::string write_file_atomically(const std::filesystem::path& path, const std::string& text) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) return "cannot create " + path.parent_path().string() + ": " + ec.message();
    const std::filesystem::path tmp =
        path.string() + ".tmp" + std::to_string(static_cast<long>(::getpid()));
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) return "cannot write " + tmp.string();
    }
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return "cannot replace " + path.string();
    }
    return {};
}

bool read_whole_file(const std::filesystem::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return !in.bad();
}

}  // namespace loopscope::app
