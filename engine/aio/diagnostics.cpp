#include "aio/diagnostics.h"

#include <cstdio>

#include "aio/aio_state.h"
#include "aio/clock.h"
#include "aio/event_loop.h"
#include "aio/labels.h"
#include "aio/reprs.h"
#include "aio/task.h"
#include "aio/trace_hooks.h"
#include "vm/code.h"
#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/interp.h"
#include "vm/protocol.h"
#include "vm/str.h"

namespace loopscope::aio {

void log_warning(const std::string& kind, const std::string& text) {
    if (trace::Recorder* r = trace::active_recorder()) {
        trace::Event e = make_event(trace::EventKind::Warning);
        e.what = kind;
        e.detail = text;
        r->record(std::move(e));
    }
    state().logging_warning = true;
    vm::interp().write_stderr(text);
    state().logging_warning = false;
}

namespace {

// "main() at prog.py:12": the coroutine and the student's line it is suspended at.
std::string where_suspended(TaskObject* t) {
    std::string text;
    Value at = t->coro;
    std::string filename;
    int line = 0;
    for (int depth = 0; depth < 64 && vm::is_generator_object(at); ++depth) {
        auto* g = static_cast<vm::GeneratorObject*>(at.as_obj());
        if (depth == 0) text = vm::str_string(g->qualname) + "()";
        if (!g->frame) break;
        if (!is_library_file(g->frame->code->filename)) {
            filename = g->frame->code->filename;
            line = g->suspended_line();
        }
        at = g->delegate();
    }
    if (!filename.empty()) text += " at " + filename + ":" + std::to_string(line);
    return text;
}

std::string waits_for(TaskObject* t) {
    const Value& w = t->fut_waiter;
    if (w.empty() || w.is_none()) return "nothing (it is ready to run)";
    if (FutureObject* f = as_future(w)) return describe_awaited(f);
    return vm::type_name(w) + " object";
}

}  // namespace

std::string deadlock_message(EventLoopObject* loop) {
    char when[64];
    std::snprintf(when, sizeof when, "%.3f", now_seconds());
    std::string msg = std::string("loopscope: deadlock at t=") + when +
                      " s: the event loop has nothing left to run and no timer set, but tasks are still waiting:\n";
    size_t pending = 0;
    for (TaskObject* t = loop->tasks_head; t; t = t->next_task) {
        if (t->done()) continue;
        ++pending;
        msg += "  " + task_name_text(t) + " (" + where_suspended(t) + ") waits for " + waits_for(t) + "\n";
    }
    if (pending == 0) msg += "  (no task: run_forever() was called with nothing scheduled)\n";
    msg += "Nothing can ever wake them: CPython would wait here forever, so loopscope stops the program.";
    return msg;
}

void report_leftover_tasks() {
    std::vector<Value> tasks;
    for (EventLoopObject* loop : state().loops) {
        for (TaskObject* t = loop->tasks_head; t; t = t->next_task) tasks.push_back(Value::borrowed(t));
    }
    for (Value& v : tasks) {
        TaskObject* t = as_task(v);
        // What the finalizer would say, said now; then it has nothing left to say.
        t->finalize();
        t->log_destroy_pending = false;
        t->log_traceback = false;
    }
}

void report_deadlock(EventLoopObject* loop) {
    std::string msg = deadlock_message(loop);
    if (trace::Recorder* r = trace::active_recorder()) {
        trace::Event e = make_event_at(trace::EventKind::Deadlock, "", 0);
        e.detail = msg;
        r->record(std::move(e));
    }
    throw vm::RunAborted{msg};
}

}  // namespace loopscope::aio
