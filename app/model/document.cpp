#include "model/document.h"

#include <string_view>
#include <system_error>

#include "model/xdg_paths.h"

namespace loopscope::app {

PathKind classify_path(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        return std::filesystem::exists(path / "lesson.json", ec) ? PathKind::Lesson
                                                                 : PathKind::Unknown;
    }
    if (path.filename() == "lesson.json") return PathKind::Lesson;
    if (path.extension() == ".py") return PathKind::Program;
    if (path.extension() == ".json") return PathKind::Trace;
    return PathKind::Unknown;
}

std::optional<Document> load_program(const std::filesystem::path& path, std::string& error) {
    std::string text;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec) || !read_whole_file(path, text)) {
        error = "cannot read " + path.string();
        return std::nullopt;
    }
    Document doc;
    doc.kind = DocumentKind::Program;
    doc.path = path.string();
    std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    doc.key = ec ? path.string() : absolute.lexically_normal().string();
    doc.title = path.filename().string();
    doc.filename = path.filename().string();
    doc.saved_text = text;
    doc.text = text;
    return doc;
}

std::optional<SourceError> find_source_error(const std::string& stderr_text,
                                             const std::string& filename) {
    const std::string marker = "File \"" + filename + "\", line ";
    const size_t at = stderr_text.rfind(marker);
    if (at == std::string::npos) return std::nullopt;
    SourceError error;
    size_t pos = at + marker.size();
    while (pos < stderr_text.size() && stderr_text[pos] >= '0' && stderr_text[pos] <= '9') {
        error.line = error.line * 10 + (stderr_text[pos] - '0');
        if (error.line > 100'000'000) break;
        ++pos;
    }
    if (error.line <= 0) return std::nullopt;
    // The message: the last non-empty line of stderr after the marker.
    std::string_view rest(stderr_text);
    rest = rest.substr(at);
    while (!rest.empty() && (rest.back() == '\n' || rest.back() == '\r')) rest.remove_suffix(1);
    const size_t line_start = rest.rfind('\n');
    error.message = std::string(line_start == std::string_view::npos ? rest : rest.substr(line_start + 1));
    error.syntax = error.message.starts_with("SyntaxError") ||
                   error.message.starts_with("IndentationError") ||
                   error.message.starts_with("TabError");
    return error;
}

int count_lines(const std::string& text) {
    if (text.empty()) return 0;
    int lines = 0;
    for (char c : text) lines += c == '\n';
    return text.back() == '\n' ? lines : lines + 1;
}

}  // namespace loopscope::app
