// JsonCursor: a strict pull reader over one JSON text (RFC 8259), for documents too big for a
// DOM. The caller walks the structure it expects (`{`, a key, a value, `,` ...) and reads each
// value straight into its own types; anything it does not know it skips with skip_value().
//
// Strict: strings must be valid UTF-8 with no raw control characters, escapes must be valid
// (a \u surrogate must come in a pair), numbers follow the JSON grammar, nesting is at most
// kMaxDepth deep (so a hostile file cannot overflow the stack). Every error is a JsonError
// carrying the byte offset where it was found; nothing here crashes on any input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace loopscope::trace {

struct JsonError : std::runtime_error {
    JsonError(size_t offset, const std::string& message, bool syntax)
        : std::runtime_error(message), offset(offset), syntax(syntax) {}
    size_t offset;  // byte offset into the text where the problem is
    bool syntax;    // the text is not JSON (vs. JSON that is not what the caller expects)
};

// Which kind of value starts at the cursor (for "must be a string, got an array" messages).
enum class JsonType : uint8_t { End, Invalid, Null, Bool, Number, String, Array, Object };
const char* json_type_name(JsonType type);  // "an array", "a string", "the end of the file"...

// The length of the well-formed UTF-8 sequence starting at text[at] (a byte >= 0x80): 2-4,
// or 0 when it is not one (overlong, a surrogate, above U+10FFFF, cut short).
size_t utf8_sequence_length(std::string_view text, size_t at);

// 1-based line and column of a byte offset (counts '\n'; for error messages only: O(offset)).
struct TextPosition {
    size_t line = 1, column = 1;
};
TextPosition text_position(std::string_view text, size_t offset);

class JsonCursor {
public:
    static constexpr int kMaxDepth = 256;

    explicit JsonCursor(std::string_view text, size_t offset = 0) : text_(text), pos_(offset) {}

    size_t offset() const { return pos_; }
    std::string_view text() const { return text_; }

    // Skips whitespace, then tells what comes next.
    JsonType peek();
    // Skips whitespace; consumes `c` and returns true when it comes next.
    bool consume(char c);
    // Skips whitespace; consumes `c` or throws "expected <what>".
    void expect(char c, const char* what);
    // Skips whitespace; true when only whitespace is left.
    bool at_end();

    // A string value (the cursor on its opening quote, after whitespace): its decoded text.
    // Returns a view of the text itself when it has no escapes, else of `scratch`.
    std::string_view read_string(std::string& scratch);
    void read_string_into(std::string& out);

    // A number token, checked against the JSON grammar but not converted.
    struct Number {
        std::string_view token;
        bool integral = true;  // no fraction, no exponent
        bool negative = false;
    };
    Number read_number();

    // Skips one whole value of any type (checking it), nested at most kMaxDepth deep.
    void skip_value();

    // The caller's errors: valid JSON, but not what it expects.
    [[noreturn]] void fail(const std::string& message) const { throw JsonError(pos_, message, false); }
    [[noreturn]] void fail_at(size_t offset, const std::string& message) const {
        throw JsonError(offset, message, false);
    }

private:
    [[noreturn]] void syntax_error(const std::string& message) const { throw JsonError(pos_, message, true); }
    void skip_whitespace();
    void skip_value(int depth);
    void expect_literal(std::string_view word);
    // Copies the string from the first escape or non-ASCII byte on (pos_ inside the string).
    void read_string_slow(std::string& out);
    uint32_t read_hex4();
    void append_escape(std::string& out);
    // The length of the UTF-8 sequence at pos_ (a byte >= 0x80); throws when it is invalid.
    size_t checked_utf8_length() const;

    std::string_view text_;
    size_t pos_;
};

}  // namespace loopscope::trace
