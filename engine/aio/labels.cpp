#include "aio/labels.h"

#include "aio/future.h"
#include "aio/handle.h"
#include "aio/task.h"
#include "aio/trace_hooks.h"
#include "vm/list.h"
#include "vm/protocol.h"
#include "vm/str.h"

namespace loopscope::aio {

namespace {

// "<asyncio.locks.Lock object at 0x...>": identity without running the object's __repr__.
std::string identity(const Value& v) { return vm::object_default_repr(v); }

std::string deadline_text(const Value& detail) {
    // sleep's label detail: (delay, timer handle)
    if (!detail.is_obj() || detail.as_obj()->type != vm::types().tuple) return "";
    const auto& items = static_cast<vm::TupleObject*>(detail.as_obj())->items;
    if (items.size() != 2) return "";
    std::string text = "sleep(" + trace_repr(items[0]) + ")";
    if (HandleObject* h = as_handle(items[1])) {
        char buf[64];
        std::snprintf(buf, sizeof buf, " until t=%.3f", h->when);
        text += buf;
    }
    return text;
}

}  // namespace

void describe_awaited(FutureObject* f, std::string& what, std::string& detail) {
    Value self = Value::borrowed(f);
    if (TaskObject* t = as_task(self)) {
        what = "task";
        detail = "task " + task_name_text(t);
        return;
    }
    if (f->label_kind.empty()) {
        what = "future";
        detail = "a Future (#" + std::to_string(f->id) + ")";
        return;
    }
    what = f->label_kind;
    const Value& d = f->label_detail;
    if (what == "sleep") {
        detail = deadline_text(d);
    } else if (what == "gather" || what == "wait" || what == "as_completed") {
        detail = what + " of " + trace_repr(d) + (what == "gather" ? "" : " awaitables");
    } else if (what == "taskgroup") {
        detail = "TaskGroup join (" + trace_repr(d) + " tasks left)";
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
