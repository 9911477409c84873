// Generators, coroutines and async generators: objects that own a suspended frame.
//
// Calling a generator function (or an async def) binds the arguments into a heap frame and
// wraps it in a GeneratorObject without running anything. Each resumption runs the frame
// until it yields (the frame keeps its ip and stack) or finishes.
//
// The asyncio runtime drives coroutines from C++ through resume() / throw_into(), which
// never throw for Python-level outcomes: a Python exception escaping the coroutine comes
// back as ResumeResult::Raised with the exception in *out.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "vm/object.h"

namespace loopscope::vm {

struct Frame;
struct FunctionObject;

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };

// Created --first resume--> Running --yield--> Suspended --resume--> Running ...
// Running --return/raise--> Completed (the frame is released).
enum class GenState : uint8_t { Created, Suspended, Running, Completed };

// What only some generators need, allocated on first use: most never suspend inside an except
// block, and only async generators iterated by an event loop get a finalizer.
struct GeneratorRare {
    // Exceptions being handled inside the suspended frame (its part of
    // interp().handled_exceptions), set aside until it resumes.
    std::vector<Value> saved_handled;
    // Async generators: the loop's finalizer hook to call on destruction (null: none).
    Ref<Object> finalizer;
};

// Memory layout: the object and its frame are one allocation (allocate_frame on_heap reserves
// kGeneratorRoom bytes in front of the frame; make_generator constructs the object there), so
// a coroutine costs one malloc of about 200 bytes plus 16 per local and stack slot. Fields are
// kept small for the same reason: an asyncio task holds two coroutines while it sleeps.
struct GeneratorObject : Object {
    ~GeneratorObject() override;
    void clear_references() override;
    void finalize() override;  // close() a suspended generator; warn for never-awaited coroutines
    size_t footprint() const override { return sizeof(GeneratorObject); }
    // The block came from ::operator new in allocate_frame (unsized: it is larger than the object).
    static void operator delete(void* p) { ::operator delete(p); }

    Frame* frame = nullptr;      // in this object's block; null once Completed (values released)
    Ref<Object> name;            // __name__ (a str)
    Ref<Object> qualname;        // __qualname__ (a str)
    std::unique_ptr<GeneratorRare> rare;  // null until needed
    GenKind kind = GenKind::Generator;
    GenState state = GenState::Created;
    // Async generators: an asend/athrow awaitable is running it (ag_running_async).
    bool running_async = false;
    // Async generators: aclose() ran or the generator finished (ag_closed).
    bool closed = false;
    // Async generators: the loop's firstiter hook ran.
    bool hooks_initialized = false;

    bool is_coroutine() const { return kind == GenKind::Coroutine; }
    GeneratorRare& rare_state() {
        if (!rare) rare = std::make_unique<GeneratorRare>();
        return *rare;
    }
    // Suspending: moves handled[base..] into saved_handled and truncates `handled` to `base`.
    void stash_handled(std::vector<Value>& handled, size_t base) {
        if (handled.size() > base) stash_handled_slow(handled, base);
    }
    // Resuming: appends the saved exceptions to `handled`.
    void restore_handled(std::vector<Value>& handled) {
        if (rare && !rare->saved_handled.empty()) restore_handled_slow(handled);
    }
    void stash_handled_slow(std::vector<Value>& handled, size_t base);
    void restore_handled_slow(std::vector<Value>& handled);
    // The iterator a suspended `yield from` / `await` delegates to, or Empty.
    Value delegate() const;
    // Line the frame is suspended at (or about to start at); 0 when completed.
    int suspended_line() const;
};

// Bytes allocate_frame reserves in front of a generator frame for its GeneratorObject.
inline constexpr size_t kGeneratorRoom = sizeof(GeneratorObject);

enum class ResumeResult { Yielded, Returned, Raised };

// Sends `sent` (None for next()) into `gen`. Yielded: *out is the yielded value. Returned:
// *out is the return value. Raised: *out is the exception (an ExceptionObject) — including
// RuntimeError "generator already executing", "cannot reuse already awaited coroutine", and
// the PEP 479 conversion of a StopIteration escaping the frame. RunAborted still throws.
ResumeResult resume(GeneratorObject* gen, Value sent, Value* out);
// Raises `exc` (an exception instance) inside `gen` at its suspension point (delegating to
// the iterator of a suspended `yield from`/`await` first, as CPython does).
ResumeResult throw_into(GeneratorObject* gen, Value exc, Value* out);
// gen.close(): raises the outcome as a Python exception (RuntimeError "generator ignored
// GeneratorExit", or whatever the generator raised).
void close_generator(GeneratorObject* gen);

// PEP 479: a StopIteration (or, in async generators, StopAsyncIteration) escaping `gen`'s
// body becomes RuntimeError("generator raised StopIteration"); other exceptions pass.
Value convert_stop_iteration(GeneratorObject* gen, const Value& exc);

// Wraps a frame whose arguments are bound (called instead of running it, when the code is a
// generator, coroutine or async generator).
Value make_generator(Frame* frame, FunctionObject* func);

bool is_generator_object(const Value& v);  // generator, coroutine or async generator

// ASYNC_GEN_WRAP: marks a value an async generator yields (as opposed to one an `await`
// inside it passes up to the event loop).
Value async_gen_wrap(const Value& v);

// sys.set_asyncgen_hooks / get_asyncgen_hooks: the event loop's firstiter and finalizer
// (Empty or None: unset). The first is called when an async generator starts iterating, the
// second when an unfinished one is destroyed (instead of closing it synchronously).
void set_asyncgen_hooks(Value firstiter, Value finalizer);
void get_asyncgen_hooks(Value& firstiter, Value& finalizer);

// Called as an async generator starts dying (before its finalizer hook runs, as CPython clears
// weak references first): the asyncio runtime keeps a weak registry of the async generators an
// event loop iterates (loop._asyncgens). nullptr: none.
using AsyncGenDyingHook = void (*)(GeneratorObject* gen);
void set_async_generator_dying_hook(AsyncGenDyingHook hook);

// A warning in CPython's default format on stderr, once per (category, message, location):
// "prog.py:3: RuntimeWarning: coroutine 'f' was never awaited\n  f()\n".
void warn(struct TypeObject* category, const std::string& message);

// The generator/coroutine/async-generator types and their helper types; once per Interp.
void install_generator_types();

}  // namespace loopscope::vm
