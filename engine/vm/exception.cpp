#include "vm/exception.h"

#include "vm/interp.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

ExceptionObject* as_exc(const Value& v) { return static_cast<ExceptionObject*>(v.as_obj()); }

std::string exception_type_label(const Value& exc) {
    TypeObject* t = type_of(exc);
    if (t->module == "__main__" || t->module == "builtins") return t->qualname;
    return t->module + "." + t->qualname;
}

std::string safe_str(const Value& v) {
    try {
        return str_string(v);
    } catch (const PyException&) {
        return "<exception str() failed>";
    }
}

std::string strip_left(const std::string& s) {
    size_t i = s.find_first_not_of(" \t\f");
    return i == std::string::npos ? std::string() : s.substr(i);
}

// One "  File ..., line N, in f" entry with its source line and, where the failing
// expression is narrower than the line, carets under it.
void format_entry(std::string& out, const TracebackEntry& e, const std::string& margin) {
    out += margin + "  File \"" + e.filename + "\", line " + std::to_string(e.lineno) + ", in "
           + e.function + "\n";
    std::string line = interp().source_line(e.filename, e.lineno);
    if (line.empty()) return;
    std::string stripped = strip_left(line);
    while (!stripped.empty() && (stripped.back() == ' ' || stripped.back() == '\r')) stripped.pop_back();
    if (stripped.empty()) return;
    out += margin + "    " + stripped + "\n";
    size_t indent = line.size() - strip_left(line).size();
    bool single_line = e.end_lineno == e.lineno;
    if (e.col < 0 || e.end_col < 0 || !single_line) return;
    size_t start = size_t(e.col) > indent ? size_t(e.col) - indent : 0;
    size_t end = size_t(e.end_col) > indent ? size_t(e.end_col) - indent : 0;
    if (end > stripped.size()) end = stripped.size();
    if (start >= end || (start == 0 && end == stripped.size())) return;  // whole line: no carets
    // Columns are UTF-8 byte offsets; carets count characters.
    size_t lead = utf8_length(std::string_view(stripped).substr(0, start));
    size_t width = utf8_length(std::string_view(stripped).substr(start, end - start));
    out += margin + "    " + std::string(lead, ' ') + std::string(width, '^') + "\n";
}

// Runs of more than three identical entries (deep recursion) collapse into
// "[Previous line repeated N more times]", exactly as CPython's StackSummary.format does.
void format_entries(std::string& out, const std::vector<TracebackEntry>& entries, const std::string& margin) {
    constexpr int kRecursiveCutoff = 3;
    const TracebackEntry* last = nullptr;
    int count = 0;
    auto flush_repeats = [&]() {
        if (count > kRecursiveCutoff) {
            int more = count - kRecursiveCutoff;
            out += margin + "  [Previous line repeated " + std::to_string(more) + " more time"
                   + (more > 1 ? "s" : "") + "]\n";
        }
    };
    for (const TracebackEntry& e : entries) {
        if (!last || last->filename != e.filename || last->lineno != e.lineno || last->function != e.function) {
            flush_repeats();
            last = &e;
            count = 0;
        }
        if (++count > kRecursiveCutoff) continue;
        format_entry(out, e, margin);
    }
    flush_repeats();
}

void format_notes(std::string& out, const Value& exc, const std::string& margin) {
    DictObject* d = as_exc(exc)->dict.get();
    if (!d) return;
    Value* notes = d->find_str(interp().names.__notes__);
    if (!notes || !isinstance(*notes, types().list)) return;
    for (const Value& n : static_cast<ListObject*>(notes->as_obj())->items) {
        std::string text = isinstance(n, types().str) ? str_string(n) : safe_str(n);
        size_t pos = 0;
        for (;;) {
            size_t nl = text.find('\n', pos);
            out += margin + text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos) + "\n";
            if (nl == std::string::npos) break;
            pos = nl + 1;
        }
    }
}

bool is_group(const Value& exc) {
    return exception_matches(exc, types().BaseExceptionGroup) && as_exc(exc)->eg_exceptions;
}

void format_one(std::string& out, const Value& exc, const std::string& margin, int depth);

void format_chain(std::string& out, const Value& exc, const std::string& margin, int depth,
                  std::vector<const Object*>& seen) {
    ExceptionObject* e = as_exc(exc);
    seen.push_back(e);
    auto unseen = [&](const Value& v) {
        return !v.empty() && !v.is_none() && std::find(seen.begin(), seen.end(), v.as_obj()) == seen.end();
    };
    if (unseen(e->cause)) {
        format_chain(out, e->cause, margin, depth, seen);
        out += margin + "\n" + margin
               + "The above exception was the direct cause of the following exception:\n" + margin + "\n";
    } else if (!e->suppress_context && unseen(e->context)) {
        format_chain(out, e->context, margin, depth, seen);
        out += margin + "\n" + margin
               + "During handling of the above exception, another exception occurred:\n" + margin + "\n";
    }
    format_one(out, exc, margin, depth);
}

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

void format_group(std::string& out, const Value& exc, const std::string& margin, int depth) {
    ExceptionObject* e = as_exc(exc);
    std::string bar = margin + "  | ";
    if (!e->traceback.empty()) {
        out += margin + "  + Exception Group Traceback (most recent call last):\n";
        format_entries(out, e->traceback, bar.substr(0, bar.size() - 2));
    } else {
        out += margin + "  + Exception Group Traceback (most recent call last):\n";
    }
    std::string label = exception_type_label(exc);
    std::string text = safe_str(exc);
    out += bar + (text.empty() ? label : label + ": " + text) + "\n";
    format_notes(out, exc, bar);
    const auto& subs = e->eg_exceptions->items;
    size_t n = subs.size();
    std::string inner = margin + "    ";
    if (depth >= kMaxGroupDepth) {
        out += margin + "  +-+---------------- ... ----------------\n" + inner
               + "| Exception group nested too deeply\n" + margin + "    +------------------------------------\n";
        return;
    }
    for (size_t i = 0; i < n && i <= size_t(kMaxGroupWidth); ++i) {
        std::string head = i == 0 ? margin + "  +-+" : margin + "    +";
        if (i == size_t(kMaxGroupWidth)) {
            out += head + "---------------- ... ----------------\n";
            out += inner + "| and " + std::to_string(n - kMaxGroupWidth) + " more exception"
                   + (n - kMaxGroupWidth > 1 ? "s" : "") + "\n";
            break;
        }
        out += head + "---------------- " + std::to_string(i + 1) + " ----------------\n";
        std::string sub;
        std::vector<const Object*> seen;
        format_chain(sub, subs[i], "", depth + 1, seen);
        // Indent every line of the sub-report under the group's bar.
        size_t pos = 0;
        while (pos < sub.size()) {
            size_t nl = sub.find('\n', pos);
            std::string line = sub.substr(pos, nl - pos);
            out += inner + (line.rfind("  ", 0) == 0 && line.size() > 2 && line[2] == '+' ? line.substr(0) : "| " + line) + "\n";
            pos = nl + 1;
        }
    }
    out += margin + "    +------------------------------------\n";
}

void format_one(std::string& out, const Value& exc, const std::string& margin, int depth) {
    if (is_group(exc)) {
        format_group(out, exc, margin, depth);
        return;
    }
    ExceptionObject* e = as_exc(exc);
    if (!e->traceback.empty()) {
        out += margin + "Traceback (most recent call last):\n";
        format_entries(out, e->traceback, margin);
    }
    out += margin + format_exception_only(exc) + "\n";
    format_notes(out, exc, margin);
}

}  // namespace

void ExceptionObject::clear_references() {
    args.reset();
    cause = Value();
    context = Value();
    dict.reset();
    value = Value();
    eg_message = Value();
    eg_exceptions.reset();
}

DictObject* ExceptionObject::attribute_dict(bool create) {
    if (!dict && create) dict = make_dict();
    return dict.get();
}

Ref<ExceptionObject> new_exception(TypeObject* type, std::vector<Value> args) {
    Value v = type->alloc(type);
    Ref<ExceptionObject> exc(as_exc(v));
    exc->args = make_tuple(std::move(args));
    if (type->is_subtype_of(types().StopIteration) || type->is_subtype_of(types().StopAsyncIteration)) {
        exc->value = exc->args->items.empty() ? Value::none() : exc->args->items[0];
    }
    return exc;
}

bool is_exception_instance(const Value& v) {
    return v.is_obj() && v.as_obj()->type->is_subtype_of(types().BaseException);
}

bool exception_matches(const Value& exc, const TypeObject* type) {
    return type_of(exc)->is_subtype_of(type);
}

void attach_context(ExceptionObject* exc) {
    auto& handled = interp().handled_exceptions;
    if (handled.empty()) return;
    const Value& ctx = handled.back();
    if (ctx.empty() || ctx.is_none() || ctx.as_obj() == exc) return;
    // Break a cycle: if exc already appears in ctx's context chain, cut it there.
    ExceptionObject* o = as_exc(ctx);
    while (o) {
        if (o->context.empty() || o->context.is_none()) break;
        if (o->context.as_obj() == exc) {
            o->context = Value();
            break;
        }
        o = as_exc(o->context);
    }
    exc->context = ctx;
}

[[noreturn]] void raise_value(Value exc) {
    if (exc.is_obj() && exc.as_obj()->type->is_subtype_of(types().type)) {
        TypeObject* t = static_cast<TypeObject*>(exc.as_obj());
        if (t->is_subtype_of(types().BaseException)) exc = call(exc, {});
    }
    if (!is_exception_instance(exc)) raise_type_error("exceptions must derive from BaseException");
    attach_context(as_exc(exc));
    throw PyException{std::move(exc)};
}

[[noreturn]] void raise(TypeObject* type, const std::string& message) {
    raise_value(new_exception(type, {make_str(message)}));
}
[[noreturn]] void raise_no_args(TypeObject* type) { raise_value(new_exception(type, {})); }
[[noreturn]] void raise_type_error(const std::string& m) { raise(types().TypeError, m); }
[[noreturn]] void raise_value_error(const std::string& m) { raise(types().ValueError, m); }
[[noreturn]] void raise_index_error(const std::string& m) { raise(types().IndexError, m); }
[[noreturn]] void raise_zero_division(const std::string& m) { raise(types().ZeroDivisionError, m); }
[[noreturn]] void raise_overflow(const std::string& m) { raise(types().OverflowError, m); }
[[noreturn]] void raise_key_error(const Value& key) { raise_value(new_exception(types().KeyError, {key})); }
[[noreturn]] void raise_stop_iteration(Value value) {
    std::vector<Value> args;
    if (!value.empty() && !value.is_none()) args.push_back(value);
    auto exc = new_exception(types().StopIteration, std::move(args));
    exc->value = value.empty() ? Value::none() : value;
    raise_value(exc);
}

[[noreturn]] void raise_attribute_error(const Value& obj, const StrObject* name) {
    std::string msg;
    if (obj.is_obj() && obj.as_obj()->type->is_subtype_of(types().type)) {
        msg = "type object '" + static_cast<TypeObject*>(obj.as_obj())->name + "' has no attribute '"
              + name->utf8() + "'";
    } else if (obj.is_obj() && obj.as_obj()->type == types().module) {
        Value modname = getattr_or_empty(obj, interp().names.__name__);
        msg = "module '" + (modname.empty() ? std::string("?") : str_string(modname))
              + "' has no attribute '" + name->utf8() + "'";
    } else {
        msg = "'" + type_name(obj) + "' object has no attribute '" + name->utf8() + "'";
    }
    auto exc = new_exception(types().AttributeError, {make_str(msg)});
    DictObject* d = exc->attribute_dict(true);
    d->set_str(interp().intern("name").get(), Value::borrowed(const_cast<StrObject*>(name)));
    d->set_str(interp().intern("obj").get(), obj);
    raise_value(exc);
}

std::string format_exception_only(const Value& exc) {
    std::string label = exception_type_label(exc);
    std::string text = safe_str(exc);
    return text.empty() ? label : label + ": " + text;
}

std::string format_exception(const Value& exc) {
    std::string out;
    std::vector<const Object*> seen;
    format_chain(out, exc, "", 0, seen);
    return out;
}

}  // namespace loopscope::vm
