// StackSummary.format_frame_summary and StackSummary.format from CPython 3.13's traceback.py:
// one traceback entry with its source lines and carets. Names follow traceback.py so the two
// can be read side by side; offsets are in code points (Python str indices) unless they say
// "byte" (the AST's and co_positions' UTF-8 columns).
#include <algorithm>
#include <optional>
#include <set>

#include "lang/parser.h"
#include "vm/traceback_format.h"
#include "vm/traceback_text.h"

namespace loopscope::vm {

namespace {

using namespace pytext;
namespace ast = lang::ast;

constexpr int kRecursiveCutoff = 3;  // traceback._RECURSIVE_CUTOFF

// traceback._Anchors: where the secondary characters start and stop, as (line, column) in the
// segment's lines.
struct Anchors {
    long left_end_lineno = 0, left_end_offset = 0;
    long right_start_lineno = 0, right_start_offset = 0;
    char32_t primary_char = U'~', secondary_char = U'^';
};

// Anything Python would raise inside the `with suppress(Exception)` around the anchor search
// (an IndexError or the AssertionError of next_valid_char): no anchors.
struct NoAnchors {};

// ast.parse(text): null on a syntax error. Like CPython's, the parse reports the SyntaxWarnings
// of the text (an invalid escape sequence in a string literal) on stderr, as file "<unknown>"
// and the line within `text`: they are appended to `warnings`.
std::unique_ptr<ast::Module> parse_ok(const u32& text, std::string& warnings) {
    lang::ParseResult r = lang::parse(encode(text));
    if (!r.ok()) return nullptr;
    for (const lang::SyntaxWarning& w : r.warnings) {
        warnings += "<unknown>:" + std::to_string(w.lineno) + ": SyntaxWarning: " + w.message + "\n";
    }
    return std::move(r.module);
}

u32 join_lines(const std::vector<u32>& lines) {
    u32 out;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i) out += U'\n';
        out += lines[i];
    }
    return out;
}

// Python's s[start:stop] for 0 <= start; a negative stop counts from the end.
u32 py_slice(u32view s, long start, long stop) {
    long n = long(s.size());
    if (stop < 0) stop = std::max(0L, stop + n);
    start = std::min(start, n);
    stop = std::min(stop, n);
    return stop <= start ? u32() : u32(s.substr(size_t(start), size_t(stop - start)));
}

// The helpers of _extract_caret_anchors_from_line_segment, over the segment's lines.
class Segment {
public:
    explicit Segment(std::vector<u32> lines) : lines_(std::move(lines)) {}

    const u32& line(long lineno) const {
        if (lineno < 0 || lineno >= long(lines_.size())) throw NoAnchors{};
        return lines_[size_t(lineno)];
    }
    char32_t at(long lineno, long col) const {
        const u32& l = line(lineno);
        if (col < 0 || col >= long(l.size())) throw NoAnchors{};
        return l[size_t(col)];
    }
    long len(long lineno) const { return long(line(lineno).size()); }
    long count() const { return long(lines_.size()); }

    // normalize: character index for a byte offset
    long normalize(long lineno, long offset) const { return long(byte_to_char_offset(line(lineno), offset)); }

    void next_valid_char(long& lineno, long& col) const {
        while (lineno < count() && col >= len(lineno)) {
            col = 0;
            ++lineno;
        }
        if (!(lineno < count() && col < len(lineno))) throw NoAnchors{};
    }
    void increment(long& lineno, long& col) const {
        ++col;
        next_valid_char(lineno, col);
    }
    void nextline(long& lineno, long& col) const {
        col = 0;
        ++lineno;
        next_valid_char(lineno, col);
    }
    // The next character, not in a comment or after a backslash, that satisfies `stop`.
    template <class Stop>
    void increment_until(long& lineno, long& col, Stop stop) const {
        for (;;) {
            char32_t ch = at(lineno, col);
            if (ch == U'\\' || ch == U'#') {
                nextline(lineno, col);
            } else if (!stop(ch)) {
                increment(lineno, col);
            } else {
                break;
            }
        }
    }
    // setup_positions: the end of `e` (its lines are 2 more than the segment's: "(\n" was added)
    void end_of(const ast::expr& e, bool force_valid, long& lineno, long& col) const {
        lineno = e.end_lineno - 2;
        col = normalize(lineno, e.end_col_offset);
        if (force_valid) next_valid_char(lineno, col);
    }

private:
    std::vector<u32> lines_;
};

Anchors binop_anchors(const Segment& seg, const ast::BinOp& b) {
    long lineno, col;
    seg.end_of(*b.left, true, lineno, col);
    // the operator is the first character after the left operand that is not space or ')'
    seg.increment_until(lineno, col, [](char32_t c) { return !is_space(c) && c != U')'; });
    long right_col = col + 1;
    if (right_col < seg.len(lineno)
        && (b.right->lineno - 2 > lineno || right_col < seg.normalize(b.right->lineno - 2, b.right->col_offset))) {
        char32_t ch = seg.at(lineno, right_col);
        if (!is_space(ch) && ch != U'\\' && ch != U'#') ++right_col;  // two-character operator
    }
    Anchors a;
    a.left_end_lineno = a.right_start_lineno = lineno;
    a.left_end_offset = col;
    a.right_start_offset = right_col;
    return a;
}

// Subscripts and calls: from the opening bracket after `value` to the end of the expression.
Anchors bracket_anchors(const Segment& seg, const ast::expr& whole, const ast::expr& value, char32_t open) {
    Anchors a;
    seg.end_of(value, true, a.left_end_lineno, a.left_end_offset);
    seg.increment_until(a.left_end_lineno, a.left_end_offset, [open](char32_t c) { return c == open; });
    seg.end_of(whole, false, a.right_start_lineno, a.right_start_offset);
    return a;
}

// _extract_caret_anchors_from_line_segment
std::optional<Anchors> extract_anchors(const u32& segment, std::string& warnings) {
    std::unique_ptr<ast::Module> tree = parse_ok(U"(\n" + segment + U"\n)", warnings);
    if (!tree || tree->body.size() != 1) return std::nullopt;
    const ast::stmt* statement = tree->body[0];
    if (!statement->is<ast::Expr>()) return std::nullopt;
    const ast::expr& e = *statement->as<ast::Expr>().value;
    Segment seg(splitlines(segment));
    try {
        switch (e.kind) {
        case ast::ExprKind::BinOp: return binop_anchors(seg, e.as<ast::BinOp>());
        case ast::ExprKind::Subscript: return bracket_anchors(seg, e, *e.as<ast::Subscript>().value, U'[');
        case ast::ExprKind::Call: return bracket_anchors(seg, e, *e.as<ast::Call>().func, U'(');
        default: return std::nullopt;
        }
    } catch (const NoAnchors&) {
        return std::nullopt;
    }
}

// The call of `return f(x)` / `x = f(x)` when the instruction spans exactly that call.
const ast::expr* whole_line_call(const ast::stmt& statement) {
    if (statement.is<ast::Return>()) {
        const ast::expr* v = statement.as<ast::Return>().value;
        if (v && v->is<ast::Call>() && v->as<ast::Call>().func->is<ast::Name>()) return v;
    } else if (statement.is<ast::Assign>()) {
        const auto& assign = statement.as<ast::Assign>();
        if (assign.value->is<ast::Call>() && assign.targets.size() == 1 && assign.targets[0]->is<ast::Name>()) {
            return assign.value;
        }
    }
    return nullptr;
}

// StackSummary._should_show_carets. Note that CPython compares the AST's byte columns with the
// character offsets here, and so do we.
bool should_show_carets(long start_offset, long end_offset, const std::vector<u32>& all_lines,
                        const std::optional<Anchors>& anchors, std::string& warnings) {
    if (std::unique_ptr<ast::Module> tree = parse_ok(join_lines(all_lines), warnings)) {
        if (tree->body.empty()) return false;
        const ast::expr* value = whole_line_call(*tree->body[0]);
        if (value && value->lineno == 1 && value->end_lineno == long(all_lines.size())
            && value->col_offset == start_offset && value->end_col_offset == end_offset) {
            return false;
        }
    }
    if (anchors) return true;
    return !lstrip(py_slice(all_lines.front(), 0, start_offset)).empty()
           || !rstrip(py_slice(all_lines.back(), end_offset, long(all_lines.back().size()))).empty();
}

// The source lines of one entry with their caret lines: the body of format_frame_summary once
// the instruction's position is known.
class CaretPrinter {
public:
    CaretPrinter(std::vector<u32> all_lines, long start_offset, long end_offset, std::string& warnings)
        : all_lines_(std::move(all_lines)), start_offset_(start_offset), end_offset_(end_offset), warnings_(warnings) {}

    u32 render() {
        dp_start_offset_ = long(display_width(all_lines_.front(), size_t(start_offset_)));
        dp_end_offset_ = long(display_width(all_lines_.back(), size_t(end_offset_)));
        u32 segment = join_lines(all_lines_);
        long seg_end = long(segment.size()) - (long(all_lines_.back().size()) - end_offset_);
        segment = py_slice(segment, start_offset_, seg_end);
        anchors_ = extract_anchors(segment, warnings_);
        show_carets_ = should_show_carets(start_offset_, end_offset_, all_lines_, anchors_, warnings_);
        std::set<long> significant = significant_lines();
        long prev = -1;
        for (long lineno : significant) {
            if (prev >= 0) {
                long linediff = lineno - prev;
                if (linediff == 2) {
                    output_line(lineno - 1);
                } else if (linediff > 2) {
                    result_ += decode("...<" + std::to_string(linediff - 1) + " lines>...\n");
                }
            }
            output_line(lineno);
            prev = lineno;
        }
        return result_;
    }

private:
    // first line, last line, and the lines around the anchors
    std::set<long> significant_lines() {
        long last = long(all_lines_.size()) - 1;
        std::set<long> lines = {0, last};
        if (anchors_) {
            Anchors& a = *anchors_;
            // anchor columns do not include the segment's start on its first line
            if (a.left_end_lineno == 0) a.left_end_offset += start_offset_;
            if (a.right_start_lineno == 0) a.right_start_offset += start_offset_;
            left_end_offset_ = long(display_width(line_at(a.left_end_lineno), size_t(a.left_end_offset)));
            right_start_offset_ = long(display_width(line_at(a.right_start_lineno), size_t(a.right_start_offset)));
            for (long d = -1; d <= 1; ++d) {
                lines.insert(a.left_end_lineno + d);
                lines.insert(a.right_start_lineno + d);
            }
        }
        lines.erase(-1);
        lines.erase(last + 1);
        return lines;
    }

    const u32& line_at(long lineno) const {
        // Python's negative indexing; anchors never point outside the segment
        long n = long(all_lines_.size());
        return all_lines_[size_t(lineno < 0 ? std::max(0L, lineno + n) : std::min(lineno, n - 1))];
    }

    char32_t caret_for(long lineno, long col, long num_spaces) const {
        if (col < num_spaces || (lineno == 0 && col < dp_start_offset_)) return U' ';
        if (anchors_) {
            const Anchors& a = *anchors_;
            bool after_left = lineno > a.left_end_lineno || (lineno == a.left_end_lineno && col >= left_end_offset_);
            bool before_right = lineno < a.right_start_lineno
                                || (lineno == a.right_start_lineno && col < right_start_offset_);
            if (after_left && before_right) return a.secondary_char;
            return a.primary_char;
        }
        return U'^';
    }

    void output_line(long lineno) {
        const u32& line = line_at(lineno);
        result_ += line + U"\n";
        if (!show_carets_) return;
        long num_spaces = long(line.size() - lstrip(line).size());
        bool is_last = lineno == long(all_lines_.size()) - 1;
        long num_carets = is_last ? dp_end_offset_ : long(display_width(line));
        for (long col = 0; col < num_carets; ++col) result_ += caret_for(lineno, col, num_spaces);
        result_ += U'\n';
    }

    std::vector<u32> all_lines_;
    long start_offset_, end_offset_;
    long dp_start_offset_ = 0, dp_end_offset_ = 0;
    long left_end_offset_ = 0, right_start_offset_ = 0;  // display columns of the anchors
    std::optional<Anchors> anchors_;
    bool show_carets_ = false;
    u32 result_;
    std::string& warnings_;
};

// The entry's lines lineno..end_lineno, right-stripped, each followed by "\n" (FrameSummary._lines).
u32 entry_lines(const TracebackEntry& e, LineCache& cache) {
    int end_lineno = e.end_lineno < 0 ? e.lineno : e.end_lineno;
    u32 lines;
    for (int lineno = e.lineno; lineno <= end_lineno; ++lineno) {
        if (lineno > e.lineno) lines += U'\n';
        lines += rstrip(decode(cache.getline(e.filename, lineno)));
    }
    return lines + U"\n";
}

// The source part of an entry with a known column span.
u32 format_positions(const TracebackEntry& e, const u32& lines, const u32& dedented, std::string& warnings) {
    int end_lineno = e.end_lineno < 0 ? e.lineno : e.end_lineno;
    size_t span = size_t(end_lineno - e.lineno);
    std::vector<u32> original = splitlines(lines);
    std::vector<u32> all_lines = splitlines(dedented);
    if (span >= original.size() || all_lines.empty()) return u32();  // (an IndexError in CPython)
    if (all_lines.size() > span + 1) all_lines.resize(span + 1);
    const u32& first_line = original.front();
    // character index of the start/end of the instruction, adjusted for the dedent
    long start_offset = long(byte_to_char_offset(first_line, e.col));
    long end_offset = long(byte_to_char_offset(original[span], e.end_col));
    long dedent_characters = long(first_line.size()) - long(all_lines.front().size());
    start_offset = std::max(0L, start_offset - dedent_characters);
    end_offset = std::max(0L, end_offset - dedent_characters);
    u32 result = CaretPrinter(std::move(all_lines), start_offset, end_offset, warnings).render();
    return indent(dedent(result), U"    ", true);
}

}  // namespace

std::string_view LineCache::getline(const std::string& filename, int lineno) {
    auto it = lines_.find(filename);
    if (it == lines_.end()) {
        std::vector<std::string_view> lines;
        auto src = sources_ ? sources_->find(filename) : std::unordered_map<std::string, std::string>::const_iterator();
        if (sources_ && src != sources_->end()) {
            std::string_view text = src->second;
            if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // utf-8-sig
            size_t start = 0;
            for (size_t i = 0; i < text.size(); ++i) {
                if (text[i] != '\n' && text[i] != '\r') continue;
                lines.push_back(text.substr(start, i - start));
                if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
                start = i + 1;
            }
            if (start < text.size()) lines.push_back(text.substr(start));
        }
        it = lines_.emplace(filename, std::move(lines)).first;
    }
    if (lineno < 1 || size_t(lineno) > it->second.size()) return {};
    return it->second[size_t(lineno - 1)];
}

std::string format_frame_summary(const TracebackEntry& e, LineCache& cache, std::string& warnings) {
    std::string filename = e.filename.rfind("<stdin>-", 0) == 0 ? "<stdin>" : e.filename;
    std::string row = "  File \"" + filename + "\", line " + std::to_string(e.lineno) + ", in " + e.function + "\n";
    u32 lines = entry_lines(e, cache);
    u32 dedented = dedent(lines);
    if (strip(dedented).empty()) return row;
    if (e.col < 0 || e.end_col < 0) {
        // only the first line, stripped, when column information is missing
        u32 first = strip(u32view(lines).substr(0, lines.find(U'\n')));
        return row + encode(indent(first, U"    ", false)) + "\n";
    }
    return row + encode(format_positions(e, lines, dedented, warnings));
}

std::string format_stack(const std::vector<TracebackEntry>& stack, LineCache& cache, std::string& warnings) {
    std::string out;
    const TracebackEntry* last = nullptr;
    int count = 0;
    auto repeated = [&]() {
        if (count <= kRecursiveCutoff) return;
        int more = count - kRecursiveCutoff;
        out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    };
    for (const TracebackEntry& e : stack) {
        // CPython formats every entry, repeated ones too: their parse warnings are printed
        std::string formatted = format_frame_summary(e, cache, warnings);
        if (!last || last->filename != e.filename || last->lineno != e.lineno || last->function != e.function) {
            repeated();
            last = &e;
            count = 0;
        }
        if (++count > kRecursiveCutoff) continue;
        out += formatted;
    }
    repeated();
    return out;
}

}  // namespace loopscope::vm
