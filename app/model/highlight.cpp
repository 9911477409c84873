// Python syntax highlighting (highlight.h): a small hand-written lexer over one line at a time.
// It only colours; it never rejects text (a student's half-typed line still gets colours).
#include "model/highlight.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace loopscope::app {

const char* token_kind_name(TokenKind kind) {
    switch (kind) {
        case TokenKind::Plain:
            return "plain";
        case TokenKind::Keyword:
            return "keyword";
        case TokenKind::Builtin:
            return "builtin";
        case TokenKind::String:
            return "string";
        case TokenKind::Number:
            return "number";
        case TokenKind::Comment:
            return "comment";
        case TokenKind::Decorator:
            return "decorator";
        case TokenKind::DefName:
            return "defname";
    }
    return "plain";
}

namespace {

constexpr std::array kKeywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield",
};

constexpr std::array kBuiltins = {
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "NotImplemented",
    "Ellipsis",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "ConnectionError",
    "Exception",
    "ExceptionGroup",
    "FileNotFoundError",
    "GeneratorExit",
    "ImportError",
    "IndexError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PermissionError",
    "RecursionError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemExit",
    "TimeoutError",
    "TypeError",
    "UnicodeError",
    "ValueError",
    "ZeroDivisionError",
};

// Soft keywords (PEP 634, PEP 695): keywords only in the statements they start, ordinary
// names everywhere else (`match = re.match(...)`, `type(x)`, `case.upper()`).
constexpr std::array kSoftKeywords = {"match", "case", "type"};

template <size_t N>
bool contains(const std::array<const char*, N>& words, std::string_view w) {
    return std::any_of(words.begin(), words.end(), [&](const char* k) { return w == k; });
}

bool is_ident_start(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || u >= 0x80;
}
bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_quote(char c) { return c == '\'' || c == '"'; }

// r, b, u, f and their two-letter mixes (rb, br, fr, rf), any case.
bool is_string_prefix(std::string_view w, bool& raw, bool& f) {
    if (w.size() > 2) return false;
    raw = f = false;
    bool bytes = false, u = false;
    for (char c : w) {
        switch (c | 0x20) {
            case 'r':
                if (raw) return false;
                raw = true;
                break;
            case 'b':
                if (bytes) return false;
                bytes = true;
                break;
            case 'f':
                if (f) return false;
                f = true;
                break;
            case 'u':
                if (u) return false;
                u = true;
                break;
            default:
                return false;
        }
    }
    if (u && w.size() > 1) return false;
    if (bytes && f) return false;
    return true;
}

class Lexer {
  public:
    Lexer(std::string_view line, std::vector<Span>& out) : s_(line), out_(out) {}

    // Everything up to `to` gets `kind` (from where the last span ended).
    void emit(size_t to, TokenKind kind) {
        to = std::min(to, s_.size());
        if (to <= done_) return;
        if (!out_.empty() && out_.back().kind == kind && out_.back().end == done_)
            out_.back().end = static_cast<uint32_t>(to);
        else
            out_.push_back({static_cast<uint32_t>(done_), static_cast<uint32_t>(to), kind});
        done_ = to;
    }

    // Code in [i, to). `st` receives an unterminated string's state.
    void code(size_t i, size_t to, LineState& st) {
        bool expect_def_name = false;
        char prev = 0;  // the previous non-space character of code
        while (i < to) {
            const char c = s_[i];
            if (c == '#') {
                emit(i, TokenKind::Plain);
                emit(to, TokenKind::Comment);
                return;
            }
            if (c == '@' && only_spaces_before(i)) {
                emit(i, TokenKind::Plain);
                size_t e = i + 1;
                while (e < to && (is_ident_char(s_[e]) || s_[e] == '.')) ++e;
                emit(e, TokenKind::Decorator);
                i = e;
                prev = 'a';
                continue;
            }
            if (is_quote(c)) {
                emit(i, TokenKind::Plain);
                i = string(i, to, false, false, st);
                prev = '"';
                continue;
            }
            if (is_digit(c) ||
                (c == '.' && i + 1 < to && is_digit(s_[i + 1]) && !is_ident_char(prev))) {
                emit(i, TokenKind::Plain);
                i = number(i, to);
                emit(i, TokenKind::Number);
                prev = '0';
                continue;
            }
            if (is_ident_start(c)) {
                size_t e = i;
                while (e < to && is_ident_char(s_[e])) ++e;
                std::string_view word = s_.substr(i, e - i);
                bool raw = false, f = false;
                if (e < to && is_quote(s_[e]) && is_string_prefix(word, raw, f)) {
                    emit(i, TokenKind::Plain);
                    i = string(e, to, raw, f, st);
                    prev = '"';
                    continue;
                }
                emit(i, TokenKind::Plain);
                TokenKind kind = TokenKind::Plain;
                if (expect_def_name) {
                    kind = TokenKind::DefName;
                } else if (contains(kSoftKeywords, word) && starts_statement(i, prev) &&
                           soft_keyword_statement(word, e, to)) {
                    kind = TokenKind::Keyword;
                } else if (prev != '.' && contains(kKeywords, word)) {
                    kind = TokenKind::Keyword;
                } else if (prev != '.' && contains(kBuiltins, word)) {
                    kind = TokenKind::Builtin;
                }
                emit(e, kind);
                expect_def_name = kind == TokenKind::Keyword && (word == "def" || word == "class");
                i = e;
                prev = 'a';
                continue;
            }
            if (c != ' ' && c != '\t') prev = c;
            ++i;
        }
        emit(to, TokenKind::Plain);
    }

    // The rest of a string opened on an earlier line.
    size_t continue_string(size_t to, LineState& st) { return string_body(0, to, st); }

  private:
    // Whether a word at `i` is the first of a statement: first on its line, or after `;`.
    bool starts_statement(size_t i, char prev) const {
        return only_spaces_before(i) || prev == ';';
    }

    // Whether the soft keyword `word`, ending at `e`, reads as that keyword's statement:
    //   match <subject>:      case <pattern>:      type <Name>[<params>] = <value>
    // (a line-local check; a subject or pattern spread over several lines stays plain).
    bool soft_keyword_statement(std::string_view word, size_t e, size_t to) const {
        size_t next = e;
        while (next < to && (s_[next] == ' ' || s_[next] == '\t')) ++next;
        if (next >= to) return false;
        const char c = s_[next];
        if (word == "type") {  // type X = int, type Pair[T] = tuple[T, T]
            if (next == e || !is_ident_start(c)) return false;
            size_t i = next;
            while (i < to && is_ident_char(s_[i])) ++i;
            while (i < to && s_[i] == ' ') ++i;
            if (i < to && s_[i] == '[') {
                int depth = 0;
                for (; i < to; ++i) {
                    if (s_[i] == '[') ++depth;
                    if (s_[i] == ']' && --depth == 0) break;
                }
                ++i;
                while (i < to && s_[i] == ' ') ++i;
            }
            return i < to && s_[i] == '=' && (i + 1 >= to || s_[i + 1] != '=');
        }
        // match / case: what follows starts an expression or pattern (not `match = 1`,
        // `match.group()`, `case: int`, `match, x = ...`), and the line ends with the colon.
        if (std::string_view("=.:,)]};").find(c) != std::string_view::npos) return false;
        if (next + 1 < to && s_[next + 1] == '=' &&
            std::string_view("+-*/%&|^<>@").find(c) != std::string_view::npos)
            return false;  // match += 1
        return code_ends_with_colon(next, to);
    }

    // Whether the code in [i, to) ends with ':' (ignoring spaces and a trailing comment).
    bool code_ends_with_colon(size_t i, size_t to) const {
        char last = 0, quote = 0;
        for (; i < to; ++i) {
            const char c = s_[i];
            if (quote) {
                if (c == '\\') ++i;
                else if (c == quote) quote = 0;
                continue;
            }
            if (c == '#') break;
            if (is_quote(c)) quote = c;
            if (c != ' ' && c != '\t') last = c;
        }
        return quote == 0 && last == ':';
    }

    bool only_spaces_before(size_t i) const {
        return std::all_of(s_.begin(), s_.begin() + static_cast<long>(i),
                           [](char c) { return c == ' ' || c == '\t'; });
    }

    size_t number(size_t i, size_t to) const {
        if (s_[i] == '0' && i + 1 < to &&
            std::string_view("xXoObB").find(s_[i + 1]) != std::string_view::npos) {
            i += 2;
            while (i < to && (std::isxdigit(static_cast<unsigned char>(s_[i])) || s_[i] == '_'))
                ++i;
            return i;
        }
        while (i < to) {
            const char c = s_[i];
            if (is_digit(c) || c == '_' || c == '.') {
                ++i;
            } else if ((c == 'e' || c == 'E') && i + 1 < to &&
                       (is_digit(s_[i + 1]) || ((s_[i + 1] == '+' || s_[i + 1] == '-') &&
                                                i + 2 < to && is_digit(s_[i + 2])))) {
                i += 2;
            } else if (c == 'j' || c == 'J') {
                return i + 1;
            } else {
                break;
            }
        }
        return i;
    }

    // A string literal whose opening quote is at `q` (prefix letters before it are coloured with
    // it). Returns the position after it.
    size_t string(size_t q, size_t to, bool raw, bool f, LineState& st) {
        const char quote = s_[q];
        const bool triple = q + 2 < to && s_[q + 1] == quote && s_[q + 2] == quote;
        st = LineState{quote, triple, f, raw};
        return string_body(q + (triple ? 3 : 1), to, st);
    }

    // Inside an open string at `i`: to its closing quote, or to the end of the line.
    size_t string_body(size_t i, size_t to, LineState& st) {
        while (i < to) {
            const char c = s_[i];
            if (c == '\\') {
                if (i + 1 >= to) {  // a backslash at the end of the line continues the string
                    emit(to, TokenKind::String);
                    return to;
                }
                i += 2;
                continue;
            }
            if (st.fstring && c == '{') {
                if (i + 1 < to && s_[i + 1] == '{') {
                    i += 2;
                    continue;
                }
                i = replacement_field(i, to);
                continue;
            }
            if (c == st.quote) {
                if (!st.triple) {
                    emit(i + 1, TokenKind::String);
                    st = {};
                    return i + 1;
                }
                if (i + 2 < to && s_[i + 1] == c && s_[i + 2] == c) {
                    emit(i + 3, TokenKind::String);
                    st = {};
                    return i + 3;
                }
            }
            ++i;
        }
        emit(to, TokenKind::String);
        if (!st.triple) st = {};  // an unterminated one-line string ends with its line
        return to;
    }

    // An f-string's {expression!r:spec} at `i` (the '{'): braces and spec are string, the
    // expression is code. Returns the position after the closing '}'.
    size_t replacement_field(size_t i, size_t to) {
        emit(i + 1, TokenKind::String);  // the string so far and '{'
        size_t e = i + 1;
        int depth = 0;
        char in_quote = 0;
        for (; e < to; ++e) {
            const char c = s_[e];
            if (in_quote) {
                if (c == in_quote) in_quote = 0;
                continue;
            }
            if (is_quote(c))
                in_quote = c;
            else if (c == '(' || c == '[' || c == '{')
                ++depth;
            else if ((c == ')' || c == ']') && depth > 0)
                --depth;
            else if (c == '}' && depth > 0)
                --depth;
            else if (depth == 0 &&
                     (c == '}' || c == ':' || (c == '!' && e + 1 < to && s_[e + 1] != '=')))
                break;
        }
        LineState inner;
        code(i + 1, e, inner);
        // Conversion and format spec up to the closing brace.
        size_t close = e;
        int spec_depth = 0;
        for (; close < to; ++close) {
            if (s_[close] == '{') ++spec_depth;
            if (s_[close] == '}' && spec_depth-- == 0) break;
        }
        if (close < to) ++close;
        emit(close, TokenKind::String);
        return close;
    }

    std::string_view s_;
    std::vector<Span>& out_;
    size_t done_ = 0;  // where the last span ended
};

}  // namespace

std::vector<Span> highlight_line(std::string_view line, LineState& state) {
    std::vector<Span> spans;
    Lexer lexer(line, spans);
    size_t i = 0;
    if (state.quote) i = lexer.continue_string(line.size(), state);
    LineState after = state;
    lexer.code(i, line.size(), after);
    state = after;
    return spans;
}

std::vector<std::vector<Span>> highlight_source(std::string_view source) {
    std::vector<std::vector<Span>> lines;
    LineState state;
    size_t begin = 0;
    while (begin <= source.size()) {
        size_t end = source.find('\n', begin);
        if (end == std::string_view::npos) end = source.size();
        lines.push_back(highlight_line(source.substr(begin, end - begin), state));
        begin = end + 1;
    }
    return lines;
}

}  // namespace loopscope::app
