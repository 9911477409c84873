#include "aio/trace_hooks.h"

#include "aio/aio_state.h"
#include "aio/clock.h"
#include "aio/event_loop.h"
#include "aio/task.h"
#include "vm/code.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/frame.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/protocol.h"

namespace loopscope::aio {

namespace {
constexpr std::string_view kEmbeddedPrefix = "<stdlib>/";
}

bool is_library_file(const std::string& filename) {
    return filename.compare(0, kEmbeddedPrefix.size(), kEmbeddedPrefix) == 0;
}

bool user_location(std::string& filename, int& line) {
    vm::Frame* boundary = state().running_loop ? state().loop_entry_frame : nullptr;
    for (vm::Frame* f = vm::current_frame(); f && f != boundary; f = f->previous) {
        const std::string& name = f->code->filename;
        if (is_library_file(name)) continue;
        filename = name;
        line = f->current_line();
        return true;
    }
    return false;
}

bool user_frame_is_main() {
    for (vm::Frame* f = vm::current_frame(); f; f = f->previous) {
        if (is_library_file(f->code->filename)) continue;
        if (!f->globals) return false;
        vm::Value* name = f->globals->find_str(vm::names().__name__);
        return name && vm::str_string(*name) == "__main__";
    }
    return false;
}

void record_print(std::string_view text) {
    trace::Recorder* r = trace::active_recorder();
    if (!r) return;
    trace::Event e = make_event(trace::EventKind::Print);
    e.detail = std::string(text);
    r->record(std::move(e));
}

void record_stderr(std::string_view text) {
    trace::Recorder* r = trace::active_recorder();
    if (!r || state().logging_warning) return;
    // The VM's "coroutine ... was never awaited" is a pitfall (a Warning); the rest is plain
    // stderr text. Either way the event holds exactly the bytes written.
    bool never_awaited = text.find("was never awaited") != std::string_view::npos;
    trace::Event e = make_event(never_awaited ? trace::EventKind::Warning : trace::EventKind::Stderr);
    if (never_awaited) e.what = "never_awaited";
    e.detail = std::string(text);
    r->record(std::move(e));
}

uint32_t running_task_id() {
    EventLoopObject* loop = state().running_loop;
    if (!loop || loop->current_task.empty() || loop->current_task.is_none()) return 0;
    return static_cast<TaskObject*>(loop->current_task.as_obj())->task_id;
}

trace::Event make_event_at(trace::EventKind kind, const std::string& filename, int line) {
    trace::Event e;
    e.kind = kind;
    e.t_ns = now_ns();
    e.actor = running_task_id();
    if (!filename.empty()) {
        if (trace::Recorder* r = trace::active_recorder()) e.file = r->file_index(filename);
        e.line = line;
    }
    return e;
}

trace::Event make_event(trace::EventKind kind) {
    std::string filename;
    int line = 0;
    user_location(filename, line);
    return make_event_at(kind, filename, line);
}

std::string format_seconds(double seconds) { return vm::float_repr(seconds); }

namespace {

void append_repr(std::string& out, const vm::Value& v, int depth, size_t limit);

void append_items(std::string& out, const std::vector<vm::Value>& items, int depth, size_t limit) {
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        if (out.size() > limit) {
            out += "...";
            return;
        }
        append_repr(out, items[i], depth + 1, limit);
    }
}

void append_repr(std::string& out, const vm::Value& v, int depth, size_t limit) {
    if (depth > 3) {
        out += "...";
        return;
    }
    if (!v.is_obj()) {
        out += vm::repr_string(v);  // None, bools, small ints, floats: native, no user code
        return;
    }
    vm::Types& t = vm::types();
    vm::TypeObject* tp = v.as_obj()->type;
    if (tp == t.str || tp == t.int_ || tp == t.bytes) {
        out += vm::repr_string(v);
    } else if (tp == t.list || tp == t.tuple) {
        bool list = tp == t.list;
        const auto& items = list ? static_cast<vm::ListObject*>(v.as_obj())->items
                                 : static_cast<vm::TupleObject*>(v.as_obj())->items;
        out += list ? "[" : "(";
        append_items(out, items, depth, limit);
        if (!list && items.size() == 1) out += ",";
        out += list ? "]" : ")";
    } else if (vm::is_exception_instance(v)) {
        auto* e = static_cast<vm::ExceptionObject*>(v.as_obj());
        out += tp->name + "(";
        if (e->args) append_items(out, e->args->items, depth, limit);
        out += ")";
    } else if (tp->is_builtin && (tp == t.dict || tp == t.set || tp == t.frozenset)) {
        out += "<" + tp->name + " of " + std::to_string(vm::length(v)) + " items>";
    } else {
        out += "<" + tp->name + " object>";
    }
}

}  // namespace

std::string trace_repr(const vm::Value& v, size_t limit) {
    std::string out;
    try {
        append_repr(out, v, 0, limit);
    } catch (const vm::PyException&) {
        out += "<repr failed>";
    }
    if (out.size() > limit + 3) out = out.substr(0, limit) + "...";
    return out;
}

}  // namespace loopscope::aio
