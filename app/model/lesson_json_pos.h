// Where things are in a lesson file's text, for error messages that say "file:line:column".
// nlohmann::json keeps no source positions, so a parse error gives a byte offset and a
// semantic error (unknown key, wrong type) gives a path into the document: these functions turn
// both into the line and column a teacher's editor shows.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace loopscope::app::lesson_json {

// 1-based line and column; the column counts characters (UTF-8 code points), not bytes, as
// editors do.
struct TextPos {
    int line = 1, column = 1;
};
TextPos position_of(std::string_view text, size_t offset);

// A path into a JSON document: object keys and array indices, outermost first.
using PathStep = std::variant<std::string, size_t>;
using Path = std::vector<PathStep>;

// `steps[3].text.en` (for messages).
std::string path_to_string(const Path& path);

// The byte offset in `text` (valid JSON) of the value at `path`, or of its key when `at_key` is
// set and the last step is a key. Returns the offset of the deepest part of the path that exists
// (0 for the document itself), so an error always points somewhere sensible.
size_t locate(std::string_view text, const Path& path, bool at_key = false);

}  // namespace loopscope::app::lesson_json
