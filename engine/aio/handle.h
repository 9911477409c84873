// Handle and TimerHandle (asyncio.events): one scheduled callback. call_soon appends a Handle
// to the loop's ready queue; call_at/call_later push a TimerHandle onto the timer heap, which
// moves it to the ready queue when its deadline comes. cancel() only marks it: the loop drops
// cancelled handles when it meets them (as CPython does), which the trace shows.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "vm/dict.h"
#include "vm/object.h"

namespace loopscope::aio {

using vm::Ref;
using vm::Value;

struct EventLoopObject;

// What a handle runs. Task steps and wakeups are scheduled as small callable objects (as
// CPython's C Task does); the loop recognises them and calls the task code directly.
enum class HandleRole : uint8_t { Callback, TaskStep, TaskWakeup };

struct HandleObject : vm::Object {
    void clear_references() override;
    vm::DictObject* attribute_dict(bool create) override;
    size_t footprint() const override { return sizeof(HandleObject); }

    Value callback;               // None once cancelled (CPython drops it)
    std::vector<Value> args;
    Value context;                // contextvars.Context (stored; not interpreted yet)
    Ref<EventLoopObject> loop;
    bool cancelled = false;
    bool is_timer = false;
    // Timers only. Invariant: `scheduled` <=> the handle is in the loop's timer heap.
    bool scheduled = false;
    double when = 0;              // deadline, in loop seconds
    uint64_t seq = 0;             // scheduling order: equal deadlines fire first-scheduled-first
    uint64_t id = 0;              // trace id
    std::unique_ptr<std::string> cached_repr;  // debug mode: the repr taken at cancel time
    Ref<vm::DictObject> dict;     // instances of Python subclasses
};

HandleObject* as_handle(const Value& v);  // nullptr unless v is a Handle
// A new handle for `callback(*args)`; `when` is used only for timers.
Ref<HandleObject> make_handle(EventLoopObject* loop, Value callback, std::vector<Value> args, Value context,
                              bool is_timer, double when);
HandleRole handle_role(const HandleObject* h);
// Handle.cancel(): marks it, drops the callback, tells the loop about cancelled timers.
void cancel_handle(HandleObject* h);
// Handle._run(): calls the callback; an exception goes to the loop's exception handler
// ("Exception in callback ..."), except SystemExit/KeyboardInterrupt, which propagate.
void run_handle(HandleObject* h);
// "cb() at prog.py:3" — asyncio.format_helpers._format_callback_source.
std::string format_callback_source(const Value& callback, const std::vector<Value>& args, bool debug);
// "<Handle cb() at prog.py:3>", "<TimerHandle when=1.0 cb() at prog.py:3>".
std::string handle_repr(HandleObject* h);

void install_handle_types();

}  // namespace loopscope::aio
