// Future (asyncio.Future, CPython's C _asyncio.Future): a result that is not there yet.
// Three states — pending, then exactly once either finished (a result or an exception) or
// cancelled. Completing schedules every done callback with the loop's call_soon (never calls
// them directly), in the order they were added.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "vm/dict.h"
#include "vm/object.h"
#include "vm/str.h"

namespace loopscope::aio {

using vm::Ref;
using vm::Value;

enum class FutureState : uint8_t { Pending, Cancelled, Finished };

struct DoneCallback {
    Value fn;
    Value context;
};

struct FutureObject : vm::Object {
    void clear_references() override;
    // "Future exception was never retrieved" / "Task exception was never retrieved" through the
    // loop's exception handler when an exception was set and nobody looked at it.
    void finalize() override;
    vm::DictObject* attribute_dict(bool create) override;
    size_t footprint() const override { return sizeof(FutureObject); }
    bool done() const { return state != FutureState::Pending; }

    // The cancel message, or Empty (= None).
    const Value& cancel_message() const { return cold ? cold->cancel_message : kNoValue; }
    void set_cancel_message(Value msg);
    // The CancelledError that ended a task (chained on re-raise), or Empty; taking it clears it.
    bool has_cancelled_exc() const { return cold && !cold->cancelled_exc.empty(); }
    Value take_cancelled_exc();
    void set_cancelled_exc(Value exc);

    Value loop;                  // the event loop it belongs to (Empty until __init__ ran)
    FutureState state = FutureState::Pending;
    // Set by set_exception, cleared by result()/exception()/cancel(): the finalizer warns
    // while it is set.
    bool log_traceback = false;
    // _asyncio_future_blocking: set by __await__ just before yielding the future to the task,
    // which clears it when it starts waiting (a `yield fut` without await leaves it False).
    bool blocking = false;
    Value result;                // Finished without exception
    Value exception;             // Finished with exception (Empty otherwise)
    std::vector<DoneCallback> callbacks;  // pending only; cleared when scheduled
    // What only cancelled futures need, allocated on first use (memory per task matters).
    struct Cold {
        Value cancel_message;
        Value cancelled_exc;
    };
    std::unique_ptr<Cold> cold;
    static inline const Value kNoValue{};
    uint64_t id = 0;             // trace id, in creation order
    // What the future stands for, set by the Python layer (_asyncio._label): the trace shows a
    // suspended task as waiting on "sleep", "lock", "queue get"... `label_detail` is formatted
    // only when a trace or a deadlock message needs it.
    // Memory per future matters (100,000 sleeping tasks): the kind is the Python layer's str
    // constant, not a copy, and sleep's deadline is a number here rather than a tuple.
    Ref<vm::StrObject> label_kind;  // null when unlabelled
    Value label_detail;
    double label_when = 0;          // sleep: the timer's deadline
    Ref<vm::DictObject> dict;    // instances of Python subclasses (_GatheringFuture)
};

// True for instances of _asyncio.Future (Tasks included) and their subclasses.
bool is_native_future(const Value& v);
FutureObject* as_future(const Value& v);  // nullptr unless is_native_future(v)
// asyncio.isfuture: a native future, or any object whose class says _asyncio_future_blocking.
bool isfuture(const Value& v);

Ref<FutureObject> new_future(const Value& loop);
void future_init(FutureObject* f, const Value& loop);

// The operations, with CPython's exact state rules and messages (InvalidStateError
// "invalid state" ... as the C module words them).
void future_set_result(FutureObject* f, Value result);
void future_set_exception(FutureObject* f, Value exc);
bool future_cancel(FutureObject* f, Value msg);  // Future.cancel (not Task.cancel)
Value future_result(FutureObject* f);            // raises the exception / CancelledError
Value future_exception(FutureObject* f);         // None when finished with a result
void future_add_done_callback(FutureObject* f, Value fn, Value context);
size_t future_remove_done_callback(FutureObject* f, const Value& fn);
// The CancelledError to raise for a cancelled future (consumes the saved one, if any).
Value future_make_cancelled_error(FutureObject* f);
// "PENDING" / "CANCELLED" / "FINISHED".
const char* future_state_name(FutureState s);

// Generic dispatch for objects that may be Python subclasses overriding these methods
// (_GatheringFuture.cancel) or duck-typed futures: native fast path for the exact types.
bool cancel_any(const Value& fut, const Value& msg);
void add_done_callback_any(const Value& fut, Value fn, Value context);
bool done_any(const Value& fut);

// The Python-visible type and its iterator (what `await fut` drives).
void install_future_type();

}  // namespace loopscope::aio
