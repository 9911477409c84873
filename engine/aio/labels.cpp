#include "aio/labels.h"

#include "aio/future.h"
#include "aio/handle.h"
#include "aio/task.h"
#include "aio/trace_hooks.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/protocol.h"
#include "vm/str.h"

namespace loopscope::aio {

namespace {

// "Lock at 0x7f...": which object, without running its __repr__ (Python code would charge
// virtual CPU time, and tracing must not change a run).
std::string identity(const Value& v) {
    std::string r = vm::object_default_repr(v);  // "<asyncio.locks.Lock object at 0x...>"
    size_t at = r.rfind(" at ");
    return vm::type_of(v)->name + (at == std::string::npos ? "" : r.substr(at, r.size() - at - 1));
}

// The operation a labelled future stands for: "Lock.acquire()", "Queue.get()".
const char* operation(const std::string& kind) {
    if (kind == "lock") return "Lock.acquire()";
    if (kind == "event") return "Event.wait()";
    if (kind == "condition") return "Condition.wait()";
    if (kind == "semaphore") return "Semaphore.acquire()";
    if (kind == "queue_get") return "Queue.get() (the queue is empty)";
    if (kind == "queue_put") return "Queue.put() (the queue is full)";
    return nullptr;
}

std::string deadline_text(const FutureObject* f) {
    // sleep's label: the delay as detail, the timer's deadline in label_when
    char buf[64];
    std::snprintf(buf, sizeof buf, " until t=%.3f", f->label_when);
    return "sleep(" + trace_repr(f->label_detail) + ")" + buf;
}

}  // namespace

void describe_awaited(FutureObject* f, std::string& what, std::string& detail) {
    Value self = Value::borrowed(f);
    if (TaskObject* t = as_task(self)) {
        what = "task";
        detail = "task " + task_name_text(t);
        return;
    }
    if (!f->label_kind) {
        what = "future";
        detail = "a Future (#" + std::to_string(f->id) + ")";
        return;
    }
    what = std::string(f->label_kind->view());
    const Value& d = f->label_detail;
    if (what == "sleep") {
        detail = deadline_text(f);
    } else if (what == "gather" || what == "wait" || what == "as_completed") {
        detail = what + " of " + trace_repr(d) + (what == "gather" ? "" : " awaitables");
    } else if (what == "taskgroup") {
        detail = "TaskGroup join (" + trace_repr(d) + " tasks left)";
    } else if (const char* op = operation(what)) {
        detail = std::string(op) + (d.empty() || d.is_none() ? "" : " on " + identity(d));
    } else if (what == "shield") {
        detail = "shield()";
    } else if (what == "cancel_and_wait") {
        detail = "a cancelled awaitable to finish";
    } else if (d.empty() || d.is_none()) {
        detail = what;
    } else if (d.is_obj() && d.as_obj()->type == vm::types().str) {
        detail = what + " " + vm::str_string(d);
    } else {
        detail = what + " " + identity(d);
    }
}

std::string describe_awaited(FutureObject* f) {
    std::string what, detail;
    describe_awaited(f, what, detail);
    return detail;
}

}  // namespace loopscope::aio
