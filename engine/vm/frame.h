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
#include <string>

#include "vm/code.h"
#include "vm/object.h"

namespace loopscope::vm {

struct FunctionObject;
struct GeneratorObject;
struct DictObject;

struct Frame {
    Ref<CodeObject> code;          // held: `f.__code__ = ...` must not free a running code
    Ref<FunctionObject> func;      // null for module and exec frames
    DictObject* globals = nullptr; // borrowed from func, or from `owned_namespaces`
    DictObject* builtins = nullptr;
    Value locals;                  // mapping for *_NAME opcodes (module, class body, exec)
    Value owned_namespaces[2];     // keep globals/builtins alive for frames without func

    // The frame that was running when this one started (or resumed): the Python call stack
    // as tracebacks, super() and globals() see it. Null at the bottom.
    Frame* previous = nullptr;
    GeneratorObject* generator = nullptr;  // owner, for generator/coroutine frames (borrowed)

    // The next instruction to execute. The interpreter stores it on every instruction, so
    // native code (warnings, super(), tracebacks) always sees the running line.
    const uint32_t* next_instr = nullptr;
    Value* sp = nullptr;           // top of the value stack (one past the last value)
    bool on_frame_stack = false;   // allocated LIFO on the thread's frame stack (not heap)
    bool entry = false;            // the interpreter loop was entered with this frame
    bool counted = false;          // counts towards interp().depth while running

    Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
    Value* stack_base() { return localsplus() + code->nlocalsplus(); }
    size_t stack_depth() { return size_t(sp - stack_base()); }
    // Index of the next instruction (0: not started).
    uint32_t ip() const { return uint32_t(next_instr - code->code.data()); }
    // The instruction executing (or last executed): what tracebacks point at.
    uint32_t current_instruction() const { return ip() ? ip() - 1 : 0; }
    int current_line() const;
};

// A frame for `code` (with `func`, or null for module/exec code) whose locals are all
// unbound. Heap frames outlive the call (generators); others are LIFO on the thread's frame
// stack and must be released in reverse order of allocation.
Frame* allocate_frame(CodeObject* code, FunctionObject* func, DictObject* globals,
                      DictObject* builtins, bool on_heap);
// Destroys the frame's values and returns its memory.
void release_frame(Frame* frame);

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
