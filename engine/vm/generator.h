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

struct GeneratorObject : Object {
    ~GeneratorObject() override;
    void clear_references() override;
    void finalize() override;  // close() a suspended generator; warn for never-awaited coroutines
    size_t footprint() const override { return sizeof(GeneratorObject); }

    Frame* frame = nullptr;      // owned; null once Completed
    GenKind kind = GenKind::Generator;
    GenState state = GenState::Created;
    Value name;                  // __name__ (str)
    Value qualname;              // __qualname__ (str)
    // Exceptions being handled inside the frame (its part of interp().handled_exceptions),
    // set aside while the generator is suspended and put back when it resumes.
    std::vector<Value> saved_handled;
    // Async generators: an asend/athrow awaitable is running it (ag_running_async).
    bool running_async = false;
    // Async generators: aclose() ran or the generator finished (ag_closed).
    bool closed = false;
    // Async generators: the loop's firstiter hook ran / the finalizer to call on destruction.
    bool hooks_initialized = false;
    Value finalizer;

    bool is_coroutine() const { return kind == GenKind::Coroutine; }
    // The iterator a suspended `yield from` / `await` delegates to, or Empty.
    Value delegate() const;
    // Line the frame is suspended at (or about to start at); 0 when completed.
    int suspended_line() const;
};

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
