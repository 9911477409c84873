#include "trace/json_cursor.h"

#include <algorithm>
#include <cstdio>

namespace loopscope::trace {

const char* json_type_name(JsonType type) {
    switch (type) {
    case JsonType::End: return "the end of the file (truncated?)";
    case JsonType::Invalid: return "something that is not JSON";
    case JsonType::Null: return "null";
    case JsonType::Bool: return "a boolean";
    case JsonType::Number: return "a number";
    case JsonType::String: return "a string";
    case JsonType::Array: return "an array";
    case JsonType::Object: return "an object";
    }
    return "?";
}

TextPosition text_position(std::string_view text, size_t offset) {
    offset = std::min(offset, text.size());
    std::string_view before = text.substr(0, offset);
    TextPosition at;
    at.line = 1 + size_t(std::count(before.begin(), before.end(), '\n'));
    size_t last_newline = before.rfind('\n');
    at.column = last_newline == std::string_view::npos ? offset + 1 : offset - last_newline;
    return at;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "'x'", or "byte 0x9f" for what would not print.
std::string describe_byte(unsigned char c) {
    char buffer[16];
    if (c >= 0x20 && c < 0x7f) {
        std::snprintf(buffer, sizeof buffer, "'%c'", c);
    } else {
        std::snprintf(buffer, sizeof buffer, "byte 0x%02x", c);
    }
    return buffer;
}

void append_utf8(std::string& out, uint32_t code_point) {
    if (code_point < 0x80) {
        out += char(code_point);
    } else if (code_point < 0x800) {
        out += char(0xC0 | (code_point >> 6));
        out += char(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += char(0xE0 | (code_point >> 12));
        out += char(0x80 | ((code_point >> 6) & 0x3F));
        out += char(0x80 | (code_point & 0x3F));
    } else {
        out += char(0xF0 | (code_point >> 18));
        out += char(0x80 | ((code_point >> 12) & 0x3F));
        out += char(0x80 | ((code_point >> 6) & 0x3F));
        out += char(0x80 | (code_point & 0x3F));
    }
}

}  // namespace

size_t utf8_sequence_length(std::string_view text, size_t at) {
    auto byte = [&](size_t i) -> unsigned char { return at + i < text.size() ? text[at + i] : 0; };
    unsigned char lead = byte(0);
    size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // no overlong forms
        if (lead == 0xED) high = 0x9F;  // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
    }
    bool ok = length != 0 && byte(1) >= low && byte(1) <= high;
    for (size_t i = 2; ok && i < length; ++i) ok = byte(i) >= 0x80 && byte(i) <= 0xBF;
    return ok ? length : 0;
}

void JsonCursor::skip_whitespace() {
    while (pos_ < text_.size()) {
        char c = text_[pos_];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
        ++pos_;
    }
}

JsonType JsonCursor::peek() {
    skip_whitespace();
    if (pos_ >= text_.size()) return JsonType::End;
    switch (text_[pos_]) {
    case '"': return JsonType::String;
    case '{': return JsonType::Object;
    case '[': return JsonType::Array;
    case 't':
    case 'f': return JsonType::Bool;
    case 'n': return JsonType::Null;
    default: return text_[pos_] == '-' || is_digit(text_[pos_]) ? JsonType::Number : JsonType::Invalid;
    }
}

bool JsonCursor::consume(char c) {
    skip_whitespace();
    if (pos_ < text_.size() && text_[pos_] == c) {
        ++pos_;
        return true;
    }
    return false;
}

void JsonCursor::expect(char c, const char* what) {
    if (consume(c)) return;
    std::string found = pos_ >= text_.size() ? "the end of the file (truncated?)" : describe_byte(text_[pos_]);
    syntax_error(std::string("expected ") + what + ", found " + found);
}

bool JsonCursor::at_end() {
    skip_whitespace();
    return pos_ >= text_.size();
}

size_t JsonCursor::checked_utf8_length() const {
    size_t length = utf8_sequence_length(text_, pos_);
    if (length == 0) {
        syntax_error("invalid UTF-8 in a string (" + describe_byte(text_[pos_]) + "): a trace is UTF-8 text");
    }
    return length;
}

std::string_view JsonCursor::read_string(std::string& scratch) {
    skip_whitespace();
    if (pos_ >= text_.size() || text_[pos_] != '"') expect('"', "a string");
    size_t start = ++pos_;
    // Fast path: no escapes, so the string is the text itself (UTF-8 checked on the way).
    while (pos_ < text_.size()) {
        unsigned char c = text_[pos_];
        if (c == '"') return text_.substr(start, pos_++ - start);
        if (c == '\\') break;
        if (c < 0x20) syntax_error("a raw control character (" + describe_byte(c) + ") inside a string");
        pos_ += c < 0x80 ? 1 : checked_utf8_length();
    }
    scratch.assign(text_.substr(start, pos_ - start));
    read_string_slow(scratch);
    return scratch;
}

void JsonCursor::read_string_into(std::string& out) {
    std::string_view s = read_string(out);
    if (s.data() != out.data()) out.assign(s);
}

void JsonCursor::read_string_slow(std::string& out) {
    for (;;) {
        size_t run = pos_;
        while (pos_ < text_.size()) {
            unsigned char c = text_[pos_];
            if (c == '"' || c == '\\' || c < 0x20) break;
            pos_ += c < 0x80 ? 1 : checked_utf8_length();
        }
        out.append(text_.substr(run, pos_ - run));
        if (pos_ >= text_.size()) syntax_error("the file ends inside a string (truncated?)");
        unsigned char c = text_[pos_];
        if (c == '"') {
            ++pos_;
            return;
        }
        if (c < 0x20) syntax_error("a raw control character (" + describe_byte(c) + ") inside a string");
        append_escape(out);
    }
}

uint32_t JsonCursor::read_hex4() {
    uint32_t value = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
        char c = pos_ < text_.size() ? text_[pos_] : '\0';
        uint32_t digit;
        if (is_digit(c)) {
            digit = uint32_t(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            digit = uint32_t(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            digit = uint32_t(c - 'A' + 10);
        } else {
            syntax_error("a \\u escape needs four hex digits");
        }
        value = value * 16 + digit;
    }
    return value;
}

void JsonCursor::append_escape(std::string& out) {
    ++pos_;  // the backslash
    char c = pos_ < text_.size() ? text_[pos_] : '\0';
    ++pos_;
    switch (c) {
    case '"': out += '"'; return;
    case '\\': out += '\\'; return;
    case '/': out += '/'; return;
    case 'b': out += '\b'; return;
    case 'f': out += '\f'; return;
    case 'n': out += '\n'; return;
    case 'r': out += '\r'; return;
    case 't': out += '\t'; return;
    case 'u': break;
    default: --pos_; syntax_error("invalid escape in a string");
    }
    uint32_t code_point = read_hex4();
    if (code_point >= 0xDC00 && code_point <= 0xDFFF) syntax_error("a \\u escape is a lone low surrogate");
    if (code_point >= 0xD800 && code_point <= 0xDBFF) {
        // A high surrogate must be followed by the low half of the pair.
        if (text_.substr(pos_, 2) != "\\u") syntax_error("a \\u escape is a high surrogate without its low half");
        pos_ += 2;
        uint32_t low = read_hex4();
        if (low < 0xDC00 || low > 0xDFFF) syntax_error("a \\u escape is a high surrogate without its low half");
        code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, code_point);
}

JsonCursor::Number JsonCursor::read_number() {
    skip_whitespace();
    Number number;
    size_t start = pos_;
    auto digits = [&] {
        size_t first = pos_;
        while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
        return pos_ > first;
    };
    auto next_is = [&](char c) { return pos_ < text_.size() && text_[pos_] == c; };
    if (next_is('-')) {
        number.negative = true;
        ++pos_;
    }
    if (next_is('0')) {
        ++pos_;
    } else if (!digits()) {
        syntax_error("invalid number");
    }
    if (next_is('.')) {
        ++pos_;
        number.integral = false;
        if (!digits()) syntax_error("invalid number: digits must follow '.'");
    }
    if (next_is('e') || next_is('E')) {
        ++pos_;
        number.integral = false;
        if (next_is('+') || next_is('-')) ++pos_;
        if (!digits()) syntax_error("invalid number: digits must follow the exponent");
    }
    number.token = text_.substr(start, pos_ - start);
    return number;
}

void JsonCursor::expect_literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) syntax_error("invalid literal (expected " + std::string(word) + ")");
    pos_ += word.size();
}

void JsonCursor::skip_value() { skip_value(0); }

void JsonCursor::skip_value(int depth) {
    std::string scratch;
    switch (peek()) {
    case JsonType::End: syntax_error("expected a value, found the end of the file (truncated?)");
    case JsonType::Invalid: syntax_error("expected a value, found " + describe_byte(text_[pos_]));
    case JsonType::Null: expect_literal("null"); return;
    case JsonType::Bool: expect_literal(text_[pos_] == 't' ? "true" : "false"); return;
    case JsonType::Number: read_number(); return;
    case JsonType::String: read_string(scratch); return;
    case JsonType::Array:
    case JsonType::Object: break;
    }
    if (depth >= kMaxDepth) fail("JSON nested more than " + std::to_string(kMaxDepth) + " levels deep");
    bool object = text_[pos_++] == '{';
    char close = object ? '}' : ']';
    if (consume(close)) return;
    do {
        if (object) {
            if (peek() != JsonType::String) expect('"', "a key (a string)");
            read_string(scratch);
            expect(':', "':' after a key");
        }
        skip_value(depth + 1);
    } while (consume(','));
    expect(close, object ? "',' or '}'" : "',' or ']'");
}

}  // namespace loopscope::trace
