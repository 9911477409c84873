#include "lang/lexer.h"

#include <cstdio>
#include <string>

#include "lang/unicode_tables.h"

namespace loopscope::lang {

namespace {

constexpr int kTabSize = 8;
constexpr size_t kMaxIndentLevels = 100;  // CPython's MAXINDENT
constexpr size_t kMaxBracketDepth = 200;  // CPython's MAXLEVEL

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
// CPython treats every non-ASCII byte as a possible identifier character and checks the whole
// identifier afterwards (that is where "invalid character" comes from).
bool is_potential_ident_start(char c) { return is_ascii_ident_start(c) || static_cast<unsigned char>(c) >= 0x80; }
bool is_potential_ident_char(char c) { return is_potential_ident_start(c) || is_digit(c); }

// Decodes one UTF-8 sequence at s[i]; returns the code point and advances i. Invalid bytes
// decode as U+FFFD one byte at a time.
char32_t decode_utf8(std::string_view s, size_t& i) {
    auto b0 = static_cast<unsigned char>(s[i]);
    int len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) { ++i; return 0xFFFD; }
    char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (int k = 1; k < len; ++k) {
        auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) { ++i; return 0xFFFD; }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += len;
    return cp;
}

std::string utf8_of(char32_t cp) {
    std::string out;
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
    return out;
}

struct Operator3 { const char* text; TokenKind kind; };
constexpr Operator3 kThreeCharOps[] = {
    {"**=", TokenKind::DoubleStarEqual}, {"//=", TokenKind::DoubleSlashEqual},
    {"<<=", TokenKind::LeftShiftEqual}, {">>=", TokenKind::RightShiftEqual},
    {"...", TokenKind::Ellipsis},
};
constexpr Operator3 kTwoCharOps[] = {
    {"==", TokenKind::EqEqual}, {"!=", TokenKind::NotEqual}, {"<=", TokenKind::LessEqual},
    {">=", TokenKind::GreaterEqual}, {"<<", TokenKind::LeftShift}, {">>", TokenKind::RightShift},
    {"**", TokenKind::DoubleStar}, {"+=", TokenKind::PlusEqual}, {"-=", TokenKind::MinEqual},
    {"*=", TokenKind::StarEqual}, {"/=", TokenKind::SlashEqual}, {"%=", TokenKind::PercentEqual},
    {"&=", TokenKind::AmperEqual}, {"|=", TokenKind::VBarEqual}, {"^=", TokenKind::CircumflexEqual},
    {"//", TokenKind::DoubleSlash}, {"@=", TokenKind::AtEqual}, {"->", TokenKind::RArrow},
    {":=", TokenKind::ColonEqual}, {"<>", TokenKind::Error},
};

TokenKind one_char_op(char c) {
    switch (c) {
    case '(': return TokenKind::LPar;    case ')': return TokenKind::RPar;
    case '[': return TokenKind::LSqb;    case ']': return TokenKind::RSqb;
    case '{': return TokenKind::LBrace;  case '}': return TokenKind::RBrace;
    case ':': return TokenKind::Colon;   case ',': return TokenKind::Comma;
    case ';': return TokenKind::Semi;    case '+': return TokenKind::Plus;
    case '-': return TokenKind::Minus;   case '*': return TokenKind::Star;
    case '/': return TokenKind::Slash;   case '|': return TokenKind::VBar;
    case '&': return TokenKind::Amper;   case '<': return TokenKind::Less;
    case '>': return TokenKind::Greater; case '=': return TokenKind::Equal;
    case '.': return TokenKind::Dot;     case '%': return TokenKind::Percent;
    case '~': return TokenKind::Tilde;   case '^': return TokenKind::Circumflex;
    case '@': return TokenKind::At;      case '!': return TokenKind::Exclamation;
    default: return TokenKind::Error;
    }
}

class Lexer {
public:
    explicit Lexer(std::string_view source) : src_(source) {}

    LexResult run() {
        while (!done_) lex_next();
        return std::move(result_);
    }

private:
    struct Bracket { char ch; int lineno; int col; };
    // One replacement field `{...}` of an f-string; `in_spec` once its `:` format spec began.
    struct Field { size_t bracket_index; bool in_spec; };
    struct FString {
        char quote;
        int quote_size;
        bool raw;
        int lineno;
        int col;
        std::vector<Field> fields;
    };

    // ----- cursor -----
    bool at_end() const { return pos_ >= src_.size(); }
    char peek(size_t ahead = 0) const { return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0'; }
    int col() const { return static_cast<int>(pos_ - line_start_); }
    void newline_consumed() { ++line_; prev_line_start_ = line_start_; line_start_ = pos_; }
    // Consumes "\n", "\r\n" or "\r" at pos_. Returns false when there is no line break there.
    bool consume_line_break() {
        if (peek() == '\n') { ++pos_; newline_consumed(); return true; }
        if (peek() == '\r') { pos_ += peek(1) == '\n' ? 2 : 1; newline_consumed(); return true; }
        return false;
    }
    bool at_line_break() const { return peek() == '\n' || peek() == '\r'; }

    // ----- output -----
    Token& emit(TokenKind kind, size_t start, int lineno, int col_offset) {
        Token t;
        t.kind = kind;
        t.text = src_.substr(start, pos_ - start);
        t.lineno = lineno;
        t.col_offset = col_offset;
        t.end_lineno = line_;
        t.end_col_offset = col();
        t.start = static_cast<uint32_t>(start);
        t.end = static_cast<uint32_t>(pos_);
        t.level = static_cast<int16_t>(brackets_.size());
        result_.tokens.push_back(t);
        if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent)
            line_has_tokens_ = true;
        return result_.tokens.back();
    }
    Token& emit_here(TokenKind kind, size_t start) {
        return emit(kind, start, line_, static_cast<int>(start - line_start_));
    }

    // Stops tokenizing with an error spanning [col, end_col) on `lineno`.
    void fail_lazy(std::string message, int lineno, int col_offset, int end_col_offset,
                   SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError) {
        fail(std::move(message), lineno, col_offset, end_col_offset, kind);
        result_.error_is_lazy = true;
    }

    void fail(std::string message, int lineno, int col_offset, int end_col_offset,
              SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError) {
        result_.error_in_fstring = !fstrings_.empty();
        SyntaxError e;
        e.message = std::move(message);
        e.kind = kind;
        e.lineno = e.end_lineno = lineno;
        e.col_offset = col_offset;
        e.end_col_offset = end_col_offset;
        result_.error = std::move(e);
        Token t;
        t.kind = TokenKind::Error;
        t.lineno = t.end_lineno = lineno;
        t.col_offset = col_offset;
        t.end_col_offset = end_col_offset;
        t.start = t.end = static_cast<uint32_t>(pos_);
        result_.tokens.push_back(t);
        done_ = true;
    }
    // CPython's tokenizer `syntaxerror()`: the caret goes on the character just before the
    // cursor.
    void fail_before_cursor(std::string message) {
        size_t back = pos_;
        if (back > line_start_) {
            --back;
            while (back > line_start_ && (static_cast<unsigned char>(src_[back]) & 0xC0) == 0x80) --back;
        }
        int c = static_cast<int>(back - line_start_);
        fail(std::move(message), line_, c, c + 1);
    }

    // ----- the main dispatch -----
    FString* current_fstring() { return fstrings_.empty() ? nullptr : &fstrings_.back(); }
    bool in_fstring_literal() {
        FString* f = current_fstring();
        return f && (f->fields.empty() || f->fields.back().in_spec);
    }

    void lex_next() {
        if (in_fstring_literal()) { lex_fstring_literal(); return; }
        if (at_line_start_ && brackets_.empty()) {
            at_line_start_ = false;
            if (!handle_indentation()) return;
        }
        skip_spaces_and_comments();
        if (done_) return;
        if (at_end()) { lex_end_of_input(); return; }
        char c = peek();
        if (at_line_break()) { lex_line_break(); return; }
        if (c == '\\') { lex_continuation(); return; }
        if (is_potential_ident_start(c)) { lex_name_or_prefixed_string(); return; }
        if (is_digit(c) || (c == '.' && is_digit(peek(1)))) { lex_number(); return; }
        if (c == '"' || c == '\'') { lex_string(pos_, false, false); return; }
        lex_operator();
    }

    void skip_spaces_and_comments() {
        while (!at_end()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\f') { ++pos_; continue; }
            if (c == '#') {
                comment_col_ = col();
                while (!at_end() && !at_line_break()) ++pos_;
                continue;
            }
            if (c == '\0') { fail_null_byte(); return; }
            break;
        }
    }

    void fail_null_byte() {
        fail("source code cannot contain null bytes", line_, 0, 0);
        result_.error->col_offset = -1;  // CPython shows no caret for this one
        result_.error->end_col_offset = -1;
    }

    // ----- line structure -----

    // At the start of a logical line outside brackets: measures the indentation and emits
    // INDENT/DEDENT. Blank and comment-only lines are skipped entirely. Returns false when it
    // stopped (error or it consumed a blank line; the caller loops).
    bool handle_indentation() {
        int column = 0, alt_column = 0;
        size_t start = pos_;
        while (!at_end()) {
            char c = peek();
            if (c == ' ') { ++column; ++alt_column; }
            else if (c == '\t') { column = (column / kTabSize + 1) * kTabSize; ++alt_column; }
            else if (c == '\f') { column = alt_column = 0; }
            else break;
            ++pos_;
        }
        if (at_end() || peek() == '#' || at_line_break()) {
            // A blank line: no NEWLINE, no indentation change.
            while (!at_end() && !at_line_break()) {
                if (peek() == '\0') { fail_null_byte(); return false; }
                ++pos_;
            }
            if (!at_end()) { consume_line_break(); at_line_start_ = true; }
            return !at_end() ? false : true;
        }
        if (peek() == '\\' && (peek(1) == '\n' || peek(1) == '\r')) return true;  // rare; treat as content
        return apply_indentation(column, alt_column, static_cast<int>(pos_ - start));
    }

    bool apply_indentation(int column, int alt_column, int indent_bytes) {
        if (column == indents_.back()) {
            if (alt_column != alt_indents_.back()) return fail_tab_error();
            return true;
        }
        if (column > indents_.back()) {
            if (indents_.size() >= kMaxIndentLevels) {
                fail_lazy("too many levels of indentation", line_, indent_bytes - 1, indent_bytes,
                     SyntaxErrorKind::IndentationError);
                return false;
            }
            if (alt_column <= alt_indents_.back()) return fail_tab_error();
            indents_.push_back(column);
            alt_indents_.push_back(alt_column);
            Token& t = emit(TokenKind::Indent, line_start_, line_, 0);
            t.end_col_offset = indent_bytes;
            return true;
        }
        while (indents_.size() > 1 && column < indents_.back()) {
            indents_.pop_back();
            alt_indents_.pop_back();
            Token& t = emit(TokenKind::Dedent, pos_, line_, col());
            t.col_offset = t.end_col_offset = -1;  // as in CPython: errors here show no caret
        }
        if (column != indents_.back()) {
            int len = static_cast<int>(line_length());
            fail_lazy("unindent does not match any outer indentation level", line_, len, len + 1,
                 SyntaxErrorKind::IndentationError);
            return false;
        }
        if (alt_column != alt_indents_.back()) return fail_tab_error();
        return true;
    }

    bool fail_tab_error() {
        fail_lazy("inconsistent use of tabs and spaces in indentation", line_, 0, 1, SyntaxErrorKind::TabError);
        return false;
    }

    size_t line_length() const {
        size_t e = line_start_;
        while (e < src_.size() && src_[e] != '\n' && src_[e] != '\r') ++e;
        return e - line_start_;
    }

    void lex_line_break() {
        size_t start = pos_;
        int lineno = line_, c = col();
        bool logical_end = brackets_.empty() && line_has_tokens_;
        consume_line_break();
        if (logical_end) {
            // After a comment, CPython's NEWLINE token spans the comment.
            Token& t = emit(TokenKind::Newline, start, lineno, comment_col_ >= 0 ? comment_col_ : c);
            t.end_lineno = lineno;
            t.end_col_offset = comment_col_ >= 0 ? c : c + 1;
            line_has_tokens_ = false;
        }
        comment_col_ = -1;
        if (brackets_.empty()) at_line_start_ = true;
    }

    void lex_continuation() {
        ++pos_;
        if (at_end()) {  // CPython shows this one without a caret
            fail_lazy("unexpected EOF while parsing", line_, -1, -1);
            return;
        }
        if (!consume_line_break()) {
            ++pos_;
            fail_before_cursor("unexpected character after line continuation character");
            result_.error_is_lazy = true;
            return;
        }
        if (at_end()) {  // the caret goes just after the backslash's line
            int len = static_cast<int>(pos_ - prev_line_start_) - 1;
            fail_lazy("unexpected EOF while parsing", line_ - 1, len, len + 1);
        }
    }

    void lex_end_of_input() {
        if (!brackets_.empty()) {
            const Bracket& b = brackets_.back();
            SyntaxError e;
            e.message = std::string("'") + b.ch + "' was never closed";
            e.lineno = e.end_lineno = b.lineno;
            e.col_offset = b.col;
            e.end_col_offset = b.col + 1;
            result_.unclosed_bracket = e;
            emit_here(TokenKind::Error, pos_);
            done_ = true;
            return;
        }
        if (line_has_tokens_) {
            Token& t = emit_here(TokenKind::Newline, pos_);
            t.end_col_offset = t.col_offset + 1;
            line_has_tokens_ = false;
        }
        // CPython puts DEDENTs and ENDMARKER at the end of the input on its last line, column -1.
        int lineno = (pos_ == line_start_ && line_ > 1) ? line_ - 1 : line_;
        auto at_eof = [&](TokenKind kind) {
            Token& t = emit_here(kind, pos_);
            t.lineno = t.end_lineno = lineno;
            t.col_offset = t.end_col_offset = -1;
        };
        while (indents_.size() > 1) {
            indents_.pop_back();
            at_eof(TokenKind::Dedent);
        }
        at_eof(TokenKind::EndMarker);
        done_ = true;
    }

    // ----- names and strings -----

    void lex_name_or_prefixed_string() {
        size_t start = pos_;
        while (!at_end() && is_potential_ident_char(peek())) ++pos_;
        std::string_view word = src_.substr(start, pos_ - start);
        if ((peek() == '"' || peek() == '\'') && is_string_prefix(word)) {
            bool f = word.find_first_of("fF") != std::string_view::npos;
            bool raw = word.find_first_of("rR") != std::string_view::npos;
            pos_ = start;
            lex_string(start, f, raw);
            return;
        }
        if (!verify_identifier(start)) return;
        emit_here(keyword_kind(word), start);
    }

    static bool is_string_prefix(std::string_view w) {
        if (w.empty() || w.size() > 2) return false;
        std::string lower;
        for (char c : w) lower += static_cast<char>(c | 0x20);
        return lower == "r" || lower == "u" || lower == "f" || lower == "b" || lower == "br" ||
               lower == "rb" || lower == "fr" || lower == "rf";
    }

    // Reports CPython's "invalid character" error for the first code point of [start, pos_) that
    // cannot be part of an identifier.
    bool verify_identifier(size_t start) {
        bool all_ascii = true;
        for (size_t i = start; i < pos_; ++i)
            if (static_cast<unsigned char>(src_[i]) >= 0x80) all_ascii = false;
        if (all_ascii) return true;
        size_t i = start;
        bool first = true;
        while (i < pos_) {
            size_t at = i;
            char32_t cp = decode_utf8(src_, i);
            bool ok = first ? is_xid_start(cp) : is_xid_continue(cp);
            first = false;
            if (ok) continue;
            pos_ = i;
            int c = static_cast<int>(at - line_start_);
            char buf[64];
            if (is_printable(cp)) {
                std::snprintf(buf, sizeof buf, "' (U+%04X)", static_cast<unsigned>(cp));
                fail("invalid character '" + utf8_of(cp) + buf, line_, c, c + 1);
            } else {
                std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(cp));
                fail(buf, line_, c, c + 1);
            }
            return false;
        }
        return true;
    }

    // A string literal starting at `start` (its prefix, if any, begins there).
    void lex_string(size_t start, bool fstring, bool raw) {
        int lineno = line_, c0 = static_cast<int>(start - line_start_);
        while (peek() != '"' && peek() != '\'') ++pos_;  // skip the prefix
        char quote = peek();
        int quote_size = (peek(1) == quote && peek(2) == quote) ? 3 : 1;
        pos_ += quote_size;
        if (fstring) {
            emit(TokenKind::FStringStart, start, lineno, c0);
            fstrings_.push_back(FString{quote, quote_size, raw, lineno, c0, {}});
            return;
        }
        while (true) {
            if (at_end() || (quote_size == 1 && at_line_break())) {
                fail_unterminated_string(quote, quote_size, lineno, c0, "string");
                return;
            }
            char ch = peek();
            if (ch == '\\') {
                ++pos_;
                if (!consume_line_break() && !at_end()) ++pos_;
                continue;
            }
            if (ch == quote && (quote_size == 1 || (peek(1) == quote && peek(2) == quote))) {
                pos_ += quote_size;
                break;
            }
            if (ch == '\0') { fail_null_byte(); return; }
            if (!consume_line_break()) ++pos_;
        }
        emit(TokenKind::String, start, lineno, c0);
    }

    // The line CPython names in "(detected at line N)": the last line the string reached.
    int detected_line() const { return (at_end() && pos_ == line_start_ && line_ > 1) ? line_ - 1 : line_; }

    void fail_unterminated_string(char quote, int quote_size, int lineno, int c0, const char* what) {
        // Inside an f-string replacement field, a string that runs into the end of the line is
        // usually the f-string's own closing quote: CPython says so.
        FString* f = current_fstring();
        if (f && !in_fstring_literal() && f->quote == quote) {
            fail("f-string: expecting '}'", lineno, c0, c0 + 1);
            return;
        }
        std::string msg = quote_size == 3 ? "unterminated triple-quoted " : "unterminated ";
        msg += what;
        msg += " literal (detected at line " + std::to_string(detected_line()) + ")";
        fail(msg, lineno, c0, c0 + 1);
    }

    // ----- f-strings -----

    // Literal text of an f-string (or of a format spec) up to the next `{`, `}` or closing
    // quote.
    void lex_fstring_literal() {
        FString& f = fstrings_.back();
        bool in_spec = !f.fields.empty();
        size_t start = pos_;
        int lineno = line_, c0 = col();
        auto flush = [&] {
            if (pos_ > start) emit(TokenKind::FStringMiddle, start, lineno, c0);
        };
        while (true) {
            if (at_end() || (f.quote_size == 1 && at_line_break())) {
                fail_unterminated_string(f.quote, f.quote_size, f.lineno, f.col, "f-string");
                fstrings_.clear();
                return;
            }
            char ch = peek();
            if (ch == f.quote && (f.quote_size == 1 || (peek(1) == f.quote && peek(2) == f.quote))) {
                flush();
                size_t q = pos_;
                pos_ += f.quote_size;
                emit_here(TokenKind::FStringEnd, q);
                fstrings_.pop_back();
                return;
            }
            if (ch == '\\') {
                ++pos_;
                if (!f.raw && peek() == 'N' && peek(1) == '{') {
                    while (!at_end() && peek() != '}' && peek() != f.quote && !at_line_break()) ++pos_;
                    if (peek() == '}') ++pos_;
                } else if (peek() != '{' && peek() != '}' && !at_end()) {
                    if (!consume_line_break()) ++pos_;
                }
                continue;
            }
            if (ch == '{') {
                if (!in_spec && peek(1) == '{') { pos_ += 2; continue; }
                flush();
                open_replacement_field(f);
                return;
            }
            if (ch == '}') {
                if (in_spec) {
                    flush();
                    close_replacement_field(f);
                    return;
                }
                if (peek(1) == '}') { pos_ += 2; continue; }
                ++pos_;
                fail_before_cursor("f-string: single '}' is not allowed");
                return;
            }
            if (!consume_line_break()) ++pos_;
        }
    }

    void open_replacement_field(FString& f) {
        size_t start = pos_;
        ++pos_;
        if (!push_bracket('{')) return;
        emit_here(TokenKind::LBrace, start);
        f.fields.push_back(Field{brackets_.size() - 1, false});
    }

    void close_replacement_field(FString& f) {
        size_t start = pos_;
        ++pos_;
        brackets_.pop_back();
        f.fields.pop_back();
        emit_here(TokenKind::RBrace, start);
    }

    // In a replacement field's expression, `}` and a top-level `:` belong to the f-string.
    bool handle_fstring_expression_delimiter(char c) {
        FString* f = current_fstring();
        if (!f || f->fields.empty() || f->fields.back().in_spec) return false;
        if (brackets_.size() - 1 != f->fields.back().bracket_index) return false;
        if (c == '}') { close_replacement_field(*f); return true; }
        if (c == ':') {
            size_t start = pos_;
            ++pos_;
            emit_here(TokenKind::Colon, start);
            f->fields.back().in_spec = true;
            return true;
        }
        return false;
    }

    // ----- numbers (mirrors CPython's tok_get number branch, errors included) -----

    void lex_number() {
        size_t start = pos_;
        if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X')) return lex_radix_number(start, 16, "hexadecimal");
        if (peek() == '0' && (peek(1) == 'o' || peek(1) == 'O')) return lex_radix_number(start, 8, "octal");
        if (peek() == '0' && (peek(1) == 'b' || peek(1) == 'B')) return lex_radix_number(start, 2, "binary");
        bool is_int = true;
        if (peek() == '0') {
            if (!leading_zeros(start)) return;
        } else if (peek() != '.') {
            if (!decimal_tail()) return;
        }
        if (peek() == '.') {
            is_int = false;
            ++pos_;
            if (is_digit(peek()) && !decimal_tail()) return;
        }
        if (peek() == 'e' || peek() == 'E') {
            char after = peek(1);
            bool sign = after == '+' || after == '-';
            if (is_digit(sign ? peek(2) : after)) {
                pos_ += sign ? 2 : 1;
                if (!decimal_tail()) return;
                is_int = false;
            } else if (sign) {
                pos_ += 2;
                fail_before_cursor("invalid decimal literal");
                return;
            }
        }
        if (peek() == 'j' || peek() == 'J') {
            ++pos_;
            if (!verify_end_of_number("imaginary")) return;
        } else {
            if (is_int && zero_led_nonzero_) {
                int c = static_cast<int>(start - line_start_);
                fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                     "for octal integers", line_, c, c + zeros_length_);
                return;
            }
            if (!verify_end_of_number("decimal")) return;
        }
        emit_here(TokenKind::Number, start);
    }

    // "0", "00", "0_0", "0777" (old-style octal: only an error if it stays an integer).
    bool leading_zeros(size_t start) {
        zero_led_nonzero_ = false;
        while (true) {
            if (peek() == '_') {
                ++pos_;
                if (!is_digit(peek())) { fail_before_cursor("invalid decimal literal"); return false; }
            }
            if (peek() != '0') break;
            ++pos_;
        }
        zeros_length_ = static_cast<int>(pos_ - start);
        if (is_digit(peek())) {
            zero_led_nonzero_ = true;
            return decimal_tail();
        }
        return true;
    }

    // Digits with single underscores between them. Assumes a digit at pos_.
    bool decimal_tail() {
        while (true) {
            while (is_digit(peek())) ++pos_;
            if (peek() != '_') return true;
            ++pos_;
            if (!is_digit(peek())) {
                fail_before_cursor("invalid decimal literal");
                return false;
            }
        }
    }

    void lex_radix_number(size_t start, int radix, const char* kind) {
        pos_ += 2;
        auto digit_ok = [&](char c) {
            return radix == 16 ? is_hex_digit(c) : radix == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
        };
        auto fail_digit = [&] {
            ++pos_;
            fail_before_cursor(std::string("invalid digit '") + src_[pos_ - 1] + "' in " + kind + " literal");
        };
        while (true) {
            if (peek() == '_') ++pos_;
            if (!digit_ok(peek())) {
                if (radix != 16 && is_digit(peek())) return fail_digit();
                return fail_before_cursor(std::string("invalid ") + kind + " literal");
            }
            while (digit_ok(peek())) ++pos_;
            if (peek() != '_') break;
        }
        if (radix != 16 && is_digit(peek())) return fail_digit();
        if (!verify_end_of_number(kind)) return;
        emit_here(TokenKind::Number, start);
    }

    // A number glued to a name ("1abc") is an error, except before the keywords that can follow
    // a number in valid code ("1if x else 2"), which CPython only warns about.
    bool verify_end_of_number(const char* kind) {
        char c = peek();
        if (!is_potential_ident_char(c) || static_cast<unsigned char>(c) >= 0x80) return true;
        static constexpr std::string_view kAllowed[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
        for (std::string_view kw : kAllowed)
            if (src_.substr(pos_, kw.size()) == kw) return true;
        fail_before_cursor(std::string("invalid ") + kind + " literal");
        return false;
    }

    // ----- operators and brackets -----

    bool push_bracket(char ch) {
        if (brackets_.size() >= kMaxBracketDepth) {
            fail_before_cursor("too many nested parentheses");
            return false;
        }
        brackets_.push_back(Bracket{ch, line_, col() - 1});
        return true;
    }

    bool pop_bracket(char close) {
        if (brackets_.empty()) {
            fail_before_cursor(std::string("unmatched '") + close + "'");
            return false;
        }
        const Bracket& open = brackets_.back();
        char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
        FString* f = current_fstring();
        if (expected != close && f && !f->fields.empty() && f->fields.back().bracket_index == brackets_.size() - 1) {
            fail_before_cursor(std::string("f-string: unmatched '") + close + "'");
            return false;
        }
        if (expected != close) {
            std::string msg = std::string("closing parenthesis '") + close +
                              "' does not match opening parenthesis '" + open.ch + "'";
            if (open.lineno != line_) msg += " on line " + std::to_string(open.lineno);
            fail_before_cursor(msg);
            return false;
        }
        brackets_.pop_back();
        return true;
    }

    void lex_operator() {
        size_t start = pos_;
        char c = peek();
        if (handle_fstring_expression_delimiter(c)) return;
        for (const auto& op : kThreeCharOps) {
            if (src_.substr(pos_, 3) == op.text) { pos_ += 3; emit_here(op.kind, start); return; }
        }
        for (const auto& op : kTwoCharOps) {
            if (src_.substr(pos_, 2) == op.text) { pos_ += 2; emit_here(op.kind, start); return; }
        }
        TokenKind kind = one_char_op(c);
        ++pos_;
        if (c == '(' || c == '[' || c == '{') {
            if (!push_bracket(c)) return;
        } else if (c == ')' || c == ']' || c == '}') {
            if (!pop_bracket(c)) return;
        }
        emit_here(kind, start);
    }

    std::string_view src_;
    size_t pos_ = 0;
    int line_ = 1;
    size_t line_start_ = 0;
    size_t prev_line_start_ = 0;
    bool at_line_start_ = true;
    bool line_has_tokens_ = false;
    bool done_ = false;
    int comment_col_ = -1;  // column of a comment on the current line, else -1
    bool zero_led_nonzero_ = false;  // the number being read is "0" digits then nonzero digits
    int zeros_length_ = 0;
    std::vector<int> indents_{0};
    std::vector<int> alt_indents_{0};
    std::vector<Bracket> brackets_;
    std::vector<FString> fstrings_;
    LexResult result_;
};

}  // namespace

LexResult tokenize(std::string_view source) {
    return Lexer(source).run();
}

}  // namespace loopscope::lang
