// Frame: one activation of a code object — its fast locals, cells, value stack and
// instruction pointer — laid out in one block:
//
//     [Frame header][localsplus: varnames.. cellvars.. freevars..][value stack ...]
//
// Frames of ordinary calls live on a per-thread LIFO frame stack (allocation is a pointer
// bump); frames of generators and coroutines live on the heap, owned by their generator
// object, and survive suspension. Python-to-Python calls do not recurse in C++: the
// interpreter switches to the callee's frame in the same dispatch loop.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>

#include "vm/code.h"
#include "vm/object.h"

namespace loopscope::vm {

struct FunctionObject;
struct GeneratorObject;
struct DictObject;

struct Frame {
    // Borrowed: kept alive by `func` (a function's __code__ is read-only) or, for module and
    // exec frames, by whoever runs the code.
    CodeObject* code = nullptr;
    Value func;                    // the FunctionObject running; Empty for module/exec frames
    DictObject* globals = nullptr; // borrowed from func, or held by `keep_alive`
    DictObject* builtins = nullptr;  // borrowed: from globals' __builtins__ or the Interp's
    Value locals;                  // mapping for *_NAME opcodes (module, class body, exec)
    // One slot for two uses that never meet (frames of __init__ always have a func):
    //  - frames without func (module, exec): their globals dict, kept alive;
    //  - a frame running __init__ for a class call made in the loop: the new instance, which
    //    RETURN produces instead (after checking __init__ returned None).
    // Shared because every generator and coroutine carries a frame header (memory per task).
    Ref<Object> init_self_or_globals;

    // The frame that was running when this one started (or resumed): the Python call stack
    // as tracebacks, super() and globals() see it. Null at the bottom.
    Frame* previous = nullptr;
    GeneratorObject* generator = nullptr;  // owner, for generator/coroutine frames (borrowed)

    // The next instruction to execute. The interpreter stores it on every instruction, so
    // native code (warnings, super(), tracebacks) always sees the running line.
    const uint32_t* next_instr = nullptr;
    Value* sp = nullptr;           // top of the value stack (one past the last value)
    // A generator frame resumed inside the loop by FOR_ITER or SEND (rather than through
    // resume()): where the caller continues when the generator returns, how the result is
    // delivered, and where the generator's handled exceptions start in interp().
    const uint32_t* return_to = nullptr;
    uint32_t handled_base = 0;
    uint8_t return_mode = 0;       // kReturnToForIter / kReturnToSend
    // Where the frame's memory lives. Frame stack: LIFO on the thread's arena. Otherwise a
    // generator's frame: in the same block as its GeneratorObject (see allocate_frame).
    bool on_frame_stack = false;
    bool entry = false;            // the interpreter loop was entered with this frame
    bool counted = false;          // counts towards interp().depth while running

    FunctionObject* function() const {
        return func.empty() ? nullptr : reinterpret_cast<FunctionObject*>(func.as_obj());
    }
    Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
    Value* stack_base() { return localsplus() + code->nlocalsplus(); }
    size_t stack_depth() { return size_t(sp - stack_base()); }
    // Index of the next instruction (0: not started).
    uint32_t ip() const { return uint32_t(next_instr - code->code.data()); }
    // The instruction executing (or last executed): what tracebacks point at.
    uint32_t current_instruction() const { return ip() ? ip() - 1 : 0; }
    int current_line() const;
};

inline constexpr uint8_t kReturnToForIter = 1;  // the iterator is exhausted: pop it, jump
inline constexpr uint8_t kReturnToSend = 2;     // push the return value, jump (to END_SEND)

// A frame for `code` (running `func`, a FunctionObject, or Empty for module/exec code) whose
// locals are all unbound. Frames that are not on_heap are LIFO on the thread's frame stack and
// must be released in reverse order of allocation. on_heap frames are generator frames: one
// allocation holds [room for the GeneratorObject][Frame][localsplus][stack], so a coroutine
// costs one malloc; make_generator constructs the generator in that room and from then on the
// block is the generator's (freed with it). A heap frame no generator adopted (its arguments
// failed to bind) is freed by release_frame.
Frame* allocate_frame(CodeObject* code, Value func, DictObject* globals, DictObject* builtins, bool on_heap);
// Destroys the frame's values and returns its memory (a generator's frame: the values only;
// the memory goes with the generator).
void release_frame(Frame* frame);

// ---- the frame stack's fast path (inline for the interpreter's calls) ----
namespace frame_arena {
struct Chunk {
    char* base;
    size_t size;
    Chunk* prev;  // the chunk below (older)
    Chunk* next;  // a kept chunk above, for reuse
};
struct Arena {
    char* top = nullptr;    // next free byte of the current chunk
    char* limit = nullptr;  // end of the current chunk
    Chunk* chunk = nullptr;
};
extern thread_local Arena tls;
void* allocate_slow(size_t bytes);
// Releasing the first frame of a chunk moves back to the previous chunk, whose last frame is
// released next (LIFO); until then allocations go to the kept chunk above.
inline void release(void* p) {
    Arena& a = tls;
    char* c = static_cast<char*>(p);
    if (c == a.chunk->base && a.chunk->prev) {
        Chunk* prev = a.chunk->prev;
        a.chunk = prev;
        a.limit = prev->base + prev->size;
        a.top = a.limit;
        return;
    }
    a.top = c;
}
inline void* allocate(size_t bytes) {
    Arena& a = tls;
    bytes = (bytes + 15) & ~size_t(15);
    if (size_t(a.limit - a.top) >= bytes && a.top) {
        void* p = a.top;
        a.top += bytes;
        return p;
    }
    return allocate_slow(bytes);
}
}  // namespace frame_arena

// release_frame for frames of the frame stack (inline).
inline void release_call_frame(Frame* f) {
    Value* slots = f->localsplus();
    Value* base = f->stack_base();
    for (Value* v = slots; v < base; ++v) v->~Value();
    for (Value* v = base; v < f->sp; ++v) v->~Value();
    f->~Frame();
    frame_arena::release(f);
}

// allocate_frame for an ordinary call of a Python function (inline, LIFO).
inline Frame* allocate_call_frame(CodeObject* code, Value func, DictObject* globals, DictObject* builtins) {
    size_t bytes = sizeof(Frame) + size_t(code->n_slots) * sizeof(Value);
    Frame* f = new (frame_arena::allocate(bytes)) Frame;
    f->on_frame_stack = true;
    f->code = code;
    f->func = std::move(func);
    f->globals = globals;
    f->builtins = builtins;
    Value* slots = f->localsplus();
    for (uint32_t i = 0, n = code->n_slots; i < n; ++i) new (&slots[i]) Value();
    f->sp = slots + code->n_localsplus;
    f->next_instr = code->code.data();
    return f;
}

// The Python frame running on this thread (null outside any Python code).
extern thread_local Frame* tls_current_frame;
inline Frame* current_frame() { return tls_current_frame; }
inline void set_current_frame(Frame* frame) { tls_current_frame = frame; }

// The globals dict of the running Python code (the builtins globals()), or null.
DictObject* current_globals();
// The builtins dict of the running Python code.
DictObject* current_builtins();
// locals(): the locals mapping of module/class frames, or a fresh dict snapshot of a
// function frame's bound fast locals and cells.
Value current_locals();
// filename and line of the running Python code, e.g. for warnings ("prog.py", 3).
bool current_location(std::string& filename, int& lineno);

}  // namespace loopscope::vm
