// TracebackException from CPython 3.13's traceback.py, for colorize=False: the exception tree
// (chained __cause__ / __context__, exception-group members) captured in the same order as
// CPython's constructor captures it, then printed as TracebackException.format prints it.
#include "vm/traceback_format.h"

#include <deque>
#include <optional>
#include <set>

#include "vm/function.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/str_ops.h"
#include "vm/traceback_text.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

constexpr size_t kMaxGroupWidth = 15;  // TracebackException's max_group_width
constexpr int kMaxGroupDepth = 10;     // and max_group_depth

constexpr const char* kCauseMessage =
    "\nThe above exception was the direct cause of the following exception:\n\n";
constexpr const char* kContextMessage =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

ExceptionObject* as_exc(const Value& v) { return static_cast<ExceptionObject*>(v.as_obj()); }
bool is_none(const Value& v) { return v.empty() || v.is_none(); }
StrObject* name(const char* text) { return interp().intern(text).get(); }

// traceback._safe_string: str(value) (or repr), or "<what str() failed>" when that raises.
std::string safe_string(const Value& v, const char* what, bool use_repr = false) {
    try {
        return use_repr ? repr_string(v) : str_string(v);
    } catch (const PyException&) {
        return std::string("<") + what + (use_repr ? " repr() failed>" : " str() failed>");
    }
}

// bool(v), false when that raises (CPython's printer would give up and fall back to its C one).
bool safe_truthy(const Value& v) {
    try {
        return truthy(v);
    } catch (const PyException&) {
        return false;
    }
}

// getattr(obj, name, None), with the attribute's absence (or a failing lookup) as Empty.
Value attr_or_empty(const Value& obj, const char* attr) {
    try {
        return getattr_or_empty(obj, name(attr));
    } catch (const PyException&) {
        return Value();
    }
}

// TracebackException.exc_type_str: "ValueError", "mod.Error"
std::string exc_type_str(const Value& exc) {
    TypeObject* t = type_of(exc);
    Value type = Value::borrowed(t);
    Value qualname = attr_or_empty(type, "__qualname__");
    Value module = attr_or_empty(type, "__module__");
    std::string stype = is_str(qualname) ? str_string(qualname) : t->qualname;
    std::string smod = module.empty() ? t->module : is_str(module) ? str_string(module) : "<unknown>";
    if (smod != "__main__" && smod != "builtins") stype = smod + "." + stype;
    return stype;
}

// The fields of a SyntaxError that _format_syntax_error prints. CPython's SyntaxError keeps
// them as attributes set by SyntaxError.__init__(msg, (filename, lineno, offset, text,
// end_lineno, end_offset)); where our instances lack an attribute it is read from args the
// same way.
struct SyntaxInfo {
    Value filename, lineno, end_lineno, text, offset, end_offset, msg;
};

SyntaxInfo syntax_info(const Value& exc) {
    SyntaxInfo s;
    const auto& args = as_exc(exc)->args ? as_exc(exc)->args->items : std::vector<Value>();
    std::vector<Value> details;
    if (args.size() == 2) {
        try {
            details = to_vector(args[1]);
        } catch (const PyException&) {
        }
    }
    auto field = [&](const char* attr, size_t index) {
        Value v = attr_or_empty(exc, attr);
        if (!v.empty()) return v;
        return index < details.size() && details.size() >= 4 ? details[index] : Value::none();
    };
    s.msg = attr_or_empty(exc, "msg");
    if (s.msg.empty()) s.msg = args.empty() ? Value::none() : args[0];
    s.filename = field("filename", 0);
    s.lineno = field("lineno", 1);
    s.offset = field("offset", 2);
    s.text = field("text", 3);
    s.end_lineno = field("end_lineno", 4);
    s.end_offset = field("end_offset", 5);
    return s;
}

// The ". Did you mean: 'x'?" CPython appends to an AttributeError's message: the closest of
// dir(obj). Names starting with '_' are left out unless the wrong name starts with one or the
// innermost frame's `self` is obj; the VM records that last fact as `_loopscope_self_is_obj`.
std::string attribute_suggestion(const Value& exc, const std::string& wrong_name) {
    Value obj = attr_or_empty(exc, "obj");
    Value* dir_fn = interp().builtins->find_str(name("dir"));
    if (obj.empty() || !dir_fn) return {};
    bool hide_underscored = wrong_name.rfind('_', 0) != 0;
    Value self_is_obj = attr_or_empty(exc, "_loopscope_self_is_obj");
    if (self_is_obj.is_bool() && self_is_obj.as_bool()) hide_underscored = false;
    std::vector<std::string> candidates;
    try {
        for (const Value& item : to_vector(call(*dir_fn, {obj}))) {
            if (!is_str(item)) return {};
            std::string s = str_string(item);
            if (hide_underscored && s.rfind('_', 0) == 0) continue;
            candidates.push_back(std::move(s));
        }
    } catch (const PyException&) {
        return {};
    }
    return best_suggestion(candidates, wrong_name);
}

// The hints TracebackException adds to NameError and AttributeError messages. The VM computes
// NameError's (it needs the failing frame's namespaces) into `_loopscope_hint`.
std::string name_hint(const Value& exc) {
    if (!exception_matches(exc, types().NameError) && !exception_matches(exc, types().AttributeError)) return {};
    Value wrong_name = attr_or_empty(exc, "name");
    if (is_none(wrong_name)) return {};
    Value hint = attr_or_empty(exc, "_loopscope_hint");
    if (is_str(hint)) return str_string(hint);
    if (!exception_matches(exc, types().AttributeError) || !is_str(wrong_name)) return {};
    std::string suggestion = attribute_suggestion(exc, str_string(wrong_name));
    return suggestion.empty() ? std::string() : ". Did you mean: '" + suggestion + "'?";
}

// sys.tracebacklimit, when the program set it to an int.
std::optional<int64_t> traceback_limit() {
    Value* sys = interp().modules ? interp().modules->find_str(name("sys")) : nullptr;
    if (!sys) return std::nullopt;
    Value limit = attr_or_empty(*sys, "tracebacklimit");
    int64_t n;
    if (limit.empty() || !is_int(limit) || !to_int64(limit, n)) return std::nullopt;
    return n;
}

// The entries print_exception keeps under sys.tracebacklimit (limit=BUILTIN_EXCEPTION_LIMIT):
// frame_gen[len - limit:], Python slice semantics included.
std::vector<TracebackEntry> limited(const std::vector<TracebackEntry>& tb, std::optional<int64_t> limit) {
    if (!limit) return tb;
    int64_t n = int64_t(tb.size());
    int64_t start = n - std::max<int64_t>(*limit, 0);
    if (start < 0) start = std::max<int64_t>(start + n, 0);
    return std::vector<TracebackEntry>(tb.begin() + start, tb.end());
}

// One TracebackException.
struct TE {
    Value exc;
    std::vector<TracebackEntry> stack;
    std::string type_str;
    std::string str;                  // _str, hints included
    Value notes;                      // __notes__ (Empty: None)
    std::string notes_error;          // getattr(exc, '__notes__') raised: the note saying so
    std::optional<SyntaxInfo> syntax;
    bool suppress_context = false;
    TE* cause = nullptr;
    TE* context = nullptr;
    bool is_group = false;
    std::vector<TE*> exceptions;
};

bool is_group(const Value& exc) {
    return exception_matches(exc, types().BaseExceptionGroup) && as_exc(exc)->eg_exceptions;
}

// TracebackException.__init__ for a whole tree, in CPython's order (the order in which str()
// is called, and which of two references to one exception is shown, depend on it).
class Builder {
public:
    TE* build(const Value& exc) {
        limit_ = traceback_limit();
        TE* top = capture(exc);
        std::vector<TE*> queue = {top};
        while (!queue.empty()) {
            TE* te = queue.back();
            queue.pop_back();
            ExceptionObject* e = as_exc(te->exc);
            if (!is_none(e->cause) && !seen_.count(e->cause.as_obj())) te->cause = capture(e->cause);
            bool need_context = !te->cause && !e->suppress_context;
            if (need_context && !is_none(e->context) && !seen_.count(e->context.as_obj())) {
                te->context = capture(e->context);
            }
            if (te->is_group) {
                for (const Value& sub : e->eg_exceptions->items) te->exceptions.push_back(capture(sub));
            }
            if (te->cause) queue.push_back(te->cause);
            if (te->context) queue.push_back(te->context);
            queue.insert(queue.end(), te->exceptions.begin(), te->exceptions.end());
        }
        return top;
    }

private:
    TE* capture(const Value& exc) {
        seen_.insert(exc.as_obj());
        TE& te = arena_.emplace_back();
        te.exc = exc;
        te.stack = limited(as_exc(exc)->traceback, limit_);
        te.str = safe_string(exc, "exception");
        capture_notes(te);
        te.type_str = exc_type_str(exc);
        if (exception_matches(exc, types().SyntaxError)) {
            te.syntax = syntax_info(exc);
        } else {
            te.str += name_hint(exc);
        }
        te.suppress_context = as_exc(exc)->suppress_context;
        te.is_group = is_group(exc);
        return &te;
    }

    static void capture_notes(TE& te) {
        try {
            te.notes = getattr_or_empty(te.exc, names().__notes__);
        } catch (const PyException& pe) {
            te.notes_error = "Ignored error getting __notes__: " + safe_string(pe.exc, "__notes__", true);
        }
    }

    std::deque<TE> arena_;
    std::set<const Object*> seen_;
    std::optional<int64_t> limit_;
};

// Appends "  File ..., line N" / source / carets / "Type: msg" for a SyntaxError
// (TracebackException._format_syntax_error).
void format_syntax_error(std::string& out, const std::string& stype, const SyntaxInfo& s) {
    using namespace pytext;
    std::string filename_suffix;
    if (!is_none(s.lineno)) {
        std::string filename = safe_truthy(s.filename) ? safe_string(s.filename, "filename") : "<string>";
        out += "  File \"" + filename + "\", line " + safe_string(s.lineno, "lineno") + "\n";
    } else if (!is_none(s.filename)) {
        filename_suffix = " (" + safe_string(s.filename, "filename") + ")";
    }
    if (is_str(s.text)) {
        u32 text = decode(str_string(s.text));
        u32 rtext = text.substr(0, text.find_last_not_of(U'\n') + 1);
        u32 ltext = rtext.substr(std::min(rtext.size(), rtext.find_first_not_of(U" \n\f")));
        long spaces = long(rtext.size() - ltext.size());
        int64_t offset = 0, end_offset = 0;
        if (is_none(s.offset) || !to_int64(s.offset, offset)) {
            out += "    " + encode(ltext) + "\n";
        } else {
            bool same_line = is_none(s.lineno) == is_none(s.end_lineno)
                             && (is_none(s.lineno) || safe_string(s.lineno, "") == safe_string(s.end_lineno, ""));
            if (same_line) {
                if (is_none(s.end_offset) || !to_int64(s.end_offset, end_offset) || end_offset == 0) end_offset = offset;
            } else {
                end_offset = int64_t(rtext.size()) + 1;
            }
            if (!text.empty() && offset > int64_t(text.size())) offset = int64_t(rtext.size()) + 1;
            if (!text.empty() && end_offset > int64_t(text.size())) end_offset = int64_t(rtext.size()) + 1;
            if (offset >= end_offset || end_offset < 0) end_offset = offset + 1;
            // 1-based column offset to 0-based index into the stripped text
            int64_t colno = offset - 1 - spaces;
            int64_t end_colno = end_offset - 1 - spaces;
            out += "    " + encode(ltext) + "\n";
            if (colno >= 0) {
                u32 caretspace;
                // non-space whitespace (tabs) is kept for alignment
                for (int64_t i = 0; i < colno && i < int64_t(ltext.size()); ++i) {
                    caretspace += is_space(ltext[size_t(i)]) ? ltext[size_t(i)] : U' ';
                }
                out += "    " + encode(caretspace) + std::string(size_t(std::max<int64_t>(end_colno - colno, 0)), '^') + "\n";
            }
        }
    }
    std::string msg = safe_truthy(s.msg) ? safe_string(s.msg, "msg") : "<no detail available>";
    out += stype + ": " + msg + filename_suffix + "\n";
}

// TracebackException.format_exception_only(): the message line(s), then the notes.
std::string format_exception_only_te(const TE& te) {
    std::string out;
    if (te.syntax) {
        format_syntax_error(out, te.type_str, *te.syntax);
    } else {
        out += te.str.empty() ? te.type_str + "\n" : te.type_str + ": " + te.str + "\n";
    }
    auto add_lines = [&](const std::string& note) {
        size_t pos = 0;
        for (;;) {
            size_t nl = note.find('\n', pos);
            out += note.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos) + "\n";
            if (nl == std::string::npos) return;
            pos = nl + 1;
        }
    };
    if (!te.notes_error.empty()) {
        add_lines(te.notes_error);
    } else if (is_none(te.notes)) {
        // no notes
    } else if (isinstance(te.notes, types().list) || isinstance(te.notes, types().tuple)) {
        // a collections.abc.Sequence other than str and bytes
        std::vector<Value> notes = isinstance(te.notes, types().list)
                                       ? static_cast<const ListObject*>(te.notes.as_obj())->items
                                       : static_cast<const TupleObject*>(te.notes.as_obj())->items;
        for (const Value& note : notes) add_lines(safe_string(note, "note"));
    } else {
        out += safe_string(te.notes, "__notes__", true) + "\n";
    }
    return out;
}

// TracebackException.format with its _ExceptionPrintContext.
class Printer {
public:
    explicit Printer(LineCache& cache) : cache_(cache) {}

    void format(const TE& top) {
        std::vector<std::pair<const char*, const TE*>> output;
        for (const TE* exc = &top; exc;) {
            const char* msg = nullptr;
            const TE* next = nullptr;
            if (exc->cause) {
                msg = kCauseMessage;
                next = exc->cause;
            } else if (exc->context && !exc->suppress_context) {
                msg = kContextMessage;
                next = exc->context;
            }
            output.emplace_back(msg, exc);
            exc = next;
        }
        for (auto it = output.rbegin(); it != output.rend(); ++it) {
            if (it->first) emit(it->first);
            const TE& exc = *it->second;
            if (!exc.is_group) {
                if (!exc.stack.empty()) {
                    emit("Traceback (most recent call last):\n");
                    emit_stack(exc.stack);
                }
                emit(format_exception_only_te(exc));
            } else if (depth_ > kMaxGroupDepth) {
                emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
            } else {
                format_group(exc);
            }
        }
    }

    std::string out;

private:
    std::string indent_str() const { return std::string(size_t(2 * depth_), ' '); }

    void emit(const std::string& text, char margin_char = '|') {
        if (depth_ == 0) {
            out += text;
            return;
        }
        std::string prefix = indent_str() + margin_char + " ";
        out += pytext::encode(pytext::indent(pytext::decode(text), pytext::decode(prefix), true));
    }

    void emit_stack(const std::vector<TracebackEntry>& stack, char margin_char = '|') {
        std::string warnings;
        std::string text = format_stack(stack, cache_, warnings);
        out += warnings;  // written straight to stderr while CPython formats the stack
        emit(text, margin_char);
    }

    void format_group(const TE& exc) {
        bool is_toplevel = depth_ == 0;
        if (is_toplevel) ++depth_;
        if (!exc.stack.empty()) {
            emit("Exception Group Traceback (most recent call last):\n", is_toplevel ? '+' : '|');
            emit_stack(exc.stack);
        }
        emit(format_exception_only_te(exc));
        size_t num_excs = exc.exceptions.size();
        size_t n = num_excs <= kMaxGroupWidth ? num_excs : kMaxGroupWidth + 1;
        need_close_ = false;
        for (size_t i = 0; i < n; ++i) {
            bool last_exc = i == n - 1;
            if (last_exc) need_close_ = true;  // the closing frame may be added by a recursive call
            bool truncated = i >= kMaxGroupWidth;
            std::string title = truncated ? "..." : std::to_string(i + 1);
            out += indent_str() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
            ++depth_;
            if (!truncated) {
                format(*exc.exceptions[i]);
            } else {
                size_t remaining = num_excs - kMaxGroupWidth;
                emit("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last_exc && need_close_) {
                out += indent_str() + "+------------------------------------\n";
                need_close_ = false;
            }
            --depth_;
        }
        if (is_toplevel) depth_ = 0;
    }

    LineCache& cache_;
    int depth_ = 0;  // exception_group_depth
    bool need_close_ = false;
};

}  // namespace

std::string format_exception(const Value& exc) {
    LineCache cache(&interp().sources);
    Printer printer(cache);
    try {
        Builder builder;
        const TE* top = builder.build(exc);
        printer.format(*top);
    } catch (const PyException&) {
        // Python code called while printing failed in a way CPython's printer does not
        // expect; CPython then prints with its C fallback. Ours: the one-line summary.
        printer.out += format_exception_only(exc) + "\n";
    }
    return std::move(printer.out);
}

std::string format_exception_only(const Value& exc) {
    std::string label = exc_type_str(exc);
    std::string text = safe_string(exc, "exception");
    return text.empty() ? label : label + ": " + text;
}

}  // namespace loopscope::vm
