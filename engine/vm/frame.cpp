#include "vm/frame.h"

#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <new>
#include <vector>

#include "vm/dict.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/interp.h"
#include "vm/str.h"

namespace loopscope::vm {

int Frame::current_line() const {
    if (code->positions.empty()) return code->firstlineno;
    return code->positions[current_instruction()].lineno;
}

// The per-thread LIFO arena for frames of ordinary calls: 1 MiB chunks, bump-allocated and
// released in reverse order. Chunks are kept for reuse (a deep recursion pays for them once)
// and freed when the thread ends.
namespace frame_arena {


thread_local Arena tls;

namespace {

// Frees every chunk when the thread ends.
struct Owner {
    ~Owner() {
        Chunk* c = tls.chunk;
        while (c && c->prev) c = c->prev;
        while (c) {
            Chunk* next = c->next;
            std::free(c->base);
            delete c;
            c = next;
        }
        tls = Arena();
    }
};
thread_local Owner tls_owner;

constexpr size_t kChunkBytes = size_t(1) << 20;

void free_chain(Chunk* c) {
    while (c) {
        Chunk* n = c->next;
        std::free(c->base);
        delete c;
        c = n;
    }
}

}  // namespace

// The current chunk is full: move to the next one (kept or new).
void* allocate_slow(size_t bytes) {
    (void)&tls_owner;  // instantiate the owner: it frees the chunks when the thread ends
    Arena& a = tls;
    Chunk* next = a.chunk ? a.chunk->next : nullptr;
    if (next && next->size < bytes) {
        free_chain(next);  // too small for this frame
        a.chunk->next = nullptr;
        next = nullptr;
    }
    if (!next) {
        size_t size = std::max(kChunkBytes, bytes);
        char* base = static_cast<char*>(std::malloc(size));
        if (!base) throw std::bad_alloc();
        next = new Chunk{base, size, a.chunk, nullptr};
        if (a.chunk) a.chunk->next = next;
    }
    a.chunk = next;
    a.top = next->base + bytes;
    a.limit = next->base + next->size;
    return next->base;
}


}  // namespace frame_arena

thread_local Frame* tls_current_frame = nullptr;

static_assert(kGeneratorRoom % alignof(Frame) == 0, "a generator frame follows its object in one block");

Frame* allocate_frame(CodeObject* code, Value func, DictObject* globals, DictObject* builtins, bool on_heap) {
    if (!on_heap) {
        Frame* f = allocate_call_frame(code, std::move(func), globals, builtins);
        if (f->func.empty()) f->init_self_or_globals = Ref<Object>(globals);
        return f;
    }
    size_t bytes = kGeneratorRoom + sizeof(Frame) + size_t(code->n_slots) * sizeof(Value);
    char* block = static_cast<char*>(::operator new(bytes));
    Frame* f = new (block + kGeneratorRoom) Frame;  // default-initialized: no zeroing of the header
    f->on_frame_stack = false;
    f->code = code;
    f->func = std::move(func);
    f->globals = globals;
    f->builtins = builtins;
    if (f->func.empty()) f->init_self_or_globals = Ref<Object>(globals);
    Value* slots = f->localsplus();
    for (uint32_t i = 0, n = code->n_slots; i < n; ++i) new (&slots[i]) Value();
    f->sp = f->stack_base();
    f->next_instr = code->code.data();
    return f;
}

void release_frame(Frame* f) {
    Value* slots = f->localsplus();
    Value* end = f->stack_base();
    for (Value* v = slots; v < end; ++v) v->~Value();
    for (Value* v = end; v < f->sp; ++v) v->~Value();
    bool on_stack = f->on_frame_stack;
    bool adopted = f->generator != nullptr;
    f->~Frame();
    if (on_stack) frame_arena::release(f);
    else if (!adopted) ::operator delete(reinterpret_cast<char*>(f) - kGeneratorRoom);
}


DictObject* current_globals() {
    Frame* f = tls_current_frame;
    return f ? f->globals : nullptr;
}

DictObject* current_builtins() {
    Frame* f = tls_current_frame;
    return f ? f->builtins : interp().builtins.get();
}

Value current_locals() {
    Frame* f = tls_current_frame;
    if (!f) return Value(interp().builtins);
    if (!f->locals.empty()) return f->locals;
    // A function frame: a snapshot of its bound variables (PEP 667), in CPython's order.
    const CodeObject& co = *f->code;
    Ref<DictObject> d = make_dict();
    Value* fast = f->localsplus();
    Value* cells = fast + co.nlocals();
    auto cell_value = [&](size_t i) -> Value {
        const Value& c = cells[i];
        return c.empty() ? Value() : static_cast<CellObject*>(c.as_obj())->contents;
    };
    for (size_t i = 0; i < co.nlocals(); ++i) {
        Value v = fast[i];
        for (size_t c = 0; c < co.cellvars.size(); ++c) {
            if (co.cell_from_arg[c] == int32_t(i)) v = cell_value(c);
        }
        if (!v.empty()) d->set_str(co.varnames[i].get(), v);
    }
    for (size_t c = 0; c < co.cellvars.size(); ++c) {
        if (co.cell_from_arg[c] >= 0) continue;
        Value v = cell_value(c);
        if (!v.empty()) d->set_str(co.cellvars[c].get(), v);
    }
    for (size_t j = 0; j < co.freevars.size(); ++j) {
        Value v = cell_value(co.cellvars.size() + j);
        if (!v.empty()) d->set_str(co.freevars[j].get(), v);
    }
    return Value(d);
}

bool current_location(std::string& filename, int& lineno) {
    Frame* f = tls_current_frame;
    if (!f) return false;
    filename = f->code->filename;
    lineno = f->current_line();
    return true;
}

}  // namespace loopscope::vm
