#include "lang/syntax_error.h"

#include <string>

namespace loopscope::lang {

namespace {

// Number of code points in the UTF-8 text (CPython's offsets count characters).
int count_chars(std::string_view utf8) {
    int n = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

// CPython's 1-based character offset for a 0-based byte column on `line` (may lie past its end).
int char_offset(std::string_view line, int byte_col) {
    if (byte_col < 0) return byte_col + 1;
    if (static_cast<size_t>(byte_col) <= line.size()) return count_chars(line.substr(0, byte_col)) + 1;
    return count_chars(line) + 1 + (byte_col - static_cast<int>(line.size()));
}

bool line_has_newline(std::string_view source, int lineno) {
    std::string_view line = source_line(source, lineno);
    size_t end = static_cast<size_t>(line.data() - source.data()) + line.size();
    return end < source.size();
}

// Whether the source has a line `lineno` (a final line break does not start a new line).
bool line_exists(std::string_view source, int lineno) {
    int lines = 0;
    for (size_t i = 0; i < source.size(); ++i) {
        if (source[i] == '\n' || (source[i] == '\r' && (i + 1 == source.size() || source[i + 1] != '\n'))) ++lines;
    }
    if (!source.empty() && source.back() != '\n' && source.back() != '\r') ++lines;
    return lineno >= 1 && lineno <= lines;
}

// The source line and caret line, following traceback.TracebackException._format_syntax_error.
std::string format_text_and_caret(const SyntaxError& e, std::string_view source) {
    std::string_view rtext = source_line(source, e.lineno);
    size_t first = rtext.find_first_not_of(" \n\f");
    std::string_view ltext = first == std::string_view::npos ? std::string_view() : rtext.substr(first);
    int rlen = count_chars(rtext);
    int spaces = rlen - count_chars(ltext);
    int text_len = rlen + (line_has_newline(source, e.lineno) ? 1 : 0);

    int offset = char_offset(rtext, e.col_offset);
    int end_offset;
    if (e.lineno == e.end_lineno) {
        end_offset = char_offset(rtext, e.end_col_offset);
        if (end_offset == 0) end_offset = offset;
    } else {
        end_offset = rlen + 1;
    }
    if (offset > text_len) offset = rlen + 1;
    if (end_offset > text_len) end_offset = rlen + 1;
    if (offset >= end_offset || end_offset < 0) end_offset = offset + 1;

    std::string out = "    " + std::string(ltext) + "\n";
    int colno = offset - 1 - spaces;
    int end_colno = end_offset - 1 - spaces;
    if (colno < 0) return out;
    out += "    ";
    // Whitespace such as tabs is kept so the caret lines up with the text above.
    int chars = 0;
    for (size_t i = 0; i < ltext.size() && chars < colno; ++i) {
        unsigned char c = static_cast<unsigned char>(ltext[i]);
        if ((c & 0xC0) == 0x80) continue;
        out += (c == '\t' || c == '\v' || c == '\f' || c == '\r' || (c >= 0x1C && c <= 0x1F)) ? static_cast<char>(c) : ' ';
        ++chars;
    }
    for (; chars < colno; ++chars) out += ' ';
    out += std::string(end_colno - colno, '^');
    out += "\n";
    return out;
}

}  // namespace

const char* name_of(SyntaxErrorKind kind) {
    switch (kind) {
    case SyntaxErrorKind::SyntaxError: return "SyntaxError";
    case SyntaxErrorKind::IndentationError: return "IndentationError";
    case SyntaxErrorKind::TabError: return "TabError";
    case SyntaxErrorKind::MemoryError: return "MemoryError";
    }
    return "SyntaxError";
}

std::string_view source_line(std::string_view source, int lineno) {
    if (lineno < 1) return {};
    size_t start = 0;
    for (int l = 1; l < lineno; ++l) {
        size_t nl = source.find_first_of("\r\n", start);
        if (nl == std::string_view::npos) return {};
        start = nl + ((source[nl] == '\r' && nl + 1 < source.size() && source[nl + 1] == '\n') ? 2 : 1);
    }
    if (start > source.size()) return {};
    size_t end = source.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = source.size();
    return source.substr(start, end - start);
}

std::string format_syntax_error(const SyntaxError& error, std::string_view filename,
                                std::string_view source) {
    std::string out;
    if (error.kind != SyntaxErrorKind::MemoryError) {
        out += "  File \"" + std::string(filename) + "\", line " + std::to_string(error.lineno) + "\n";
        if (line_exists(source, error.lineno))
            out += format_text_and_caret(error, source);
    }
    out += name_of(error.kind);
    out += ": ";
    out += error.message;
    out += "\n";
    return out;
}

}  // namespace loopscope::lang
