#include "model/lesson_json_pos.h"

#include <cstdint>

namespace loopscope::app::lesson_json {

TextPos position_of(std::string_view text, size_t offset) {
    if (offset > text.size()) offset = text.size();
    TextPos pos;
    for (size_t i = 0; i < offset; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {  // not a UTF-8 continuation byte: a new character
            ++pos.column;
        }
    }
    return pos;
}

std::string path_to_string(const Path& path) {
    std::string out;
    for (const PathStep& step : path) {
        if (const auto* key = std::get_if<std::string>(&step)) {
            if (!out.empty()) out += '.';
            out += *key;
        } else {
            out += '[' + std::to_string(std::get<size_t>(step)) + ']';
        }
    }
    return out;
}

namespace {

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Walks JSON text that is already known to be valid: it only has to find things, not check.
class Scanner {
  public:
    explicit Scanner(std::string_view text) : t_(text) {}
    size_t pos() const { return i_; }
    bool at(char c) {
        skip_ws();
        return i_ < t_.size() && t_[i_] == c;
    }
    void advance() { ++i_; }

    void skip_ws() {
        while (i_ < t_.size() &&
               (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r'))
            ++i_;
    }

    // At an opening quote: the decoded string; leaves the scanner after the closing quote.
    std::string string() {
        std::string out;
        ++i_;
        while (i_ < t_.size() && t_[i_] != '"') {
            if (t_[i_] != '\\') {
                out += t_[i_++];
                continue;
            }
            ++i_;
            if (i_ >= t_.size()) break;
            char e = t_[i_++];
            switch (e) {
                case 'n':
                    out += '\n';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'u': {
                    uint32_t cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && t_.substr(i_, 2) == "\\u") {
                        i_ += 2;
                        uint32_t low = hex4();
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    append_utf8(out, cp);
                    break;
                }
                default:
                    out += e;
                    break;  // \" \\ \/
            }
        }
        ++i_;  // the closing quote
        return out;
    }

    void skip_value() {
        skip_ws();
        if (i_ >= t_.size()) return;
        char c = t_[i_];
        if (c == '"') {
            string();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            while (i_ < t_.size()) {
                char d = t_[i_];
                if (d == '"') {
                    string();
                    continue;
                }
                if (d == '{' || d == '[') ++depth;
                if (d == '}' || d == ']') --depth;
                ++i_;
                if (depth == 0) return;
            }
        } else {
            while (i_ < t_.size() &&
                   std::string_view(",]} \t\r\n").find(t_[i_]) == std::string_view::npos)
                ++i_;
        }
    }

  private:
    uint32_t hex4() {
        uint32_t v = 0;
        for (int k = 0; k < 4 && i_ < t_.size(); ++k, ++i_) {
            char h = t_[i_];
            v = v * 16 + static_cast<uint32_t>(h >= 'a'   ? h - 'a' + 10
                                               : h >= 'A' ? h - 'A' + 10
                                                          : h - '0');
        }
        return v;
    }

    std::string_view t_;
    size_t i_ = 0;
};

// Moves `s` from an object's '{' to the value of `key`; returns the key's offset or npos.
size_t enter_member(Scanner& s, const std::string& key) {
    if (!s.at('{')) return std::string::npos;
    s.advance();
    while (true) {
        if (!s.at('"')) return std::string::npos;  // '}' (no such key) or malformed
        size_t key_pos = s.pos();
        std::string name = s.string();
        if (!s.at(':')) return std::string::npos;
        s.advance();
        s.skip_ws();
        if (name == key) return key_pos;
        s.skip_value();
        if (!s.at(',')) return std::string::npos;
        s.advance();
    }
}

// Moves `s` from an array's '[' to element `index`; false when there is no such element.
bool enter_element(Scanner& s, size_t index) {
    if (!s.at('[')) return false;
    s.advance();
    if (s.at(']')) return false;
    for (size_t k = 0; k < index; ++k) {
        s.skip_value();
        if (!s.at(',')) return false;
        s.advance();
    }
    s.skip_ws();
    return true;
}

}  // namespace

size_t locate(std::string_view text, const Path& path, bool at_key) {
    Scanner s(text);
    s.skip_ws();
    size_t best = s.pos();
    for (size_t k = 0; k < path.size(); ++k) {
        if (const auto* key = std::get_if<std::string>(&path[k])) {
            size_t key_pos = enter_member(s, *key);
            if (key_pos == std::string::npos) return best;
            if (at_key && k + 1 == path.size()) return key_pos;
        } else if (!enter_element(s, std::get<size_t>(path[k]))) {
            return best;
        }
        best = s.pos();
    }
    return best;
}

}  // namespace loopscope::app::lesson_json
