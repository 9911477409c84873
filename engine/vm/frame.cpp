#include "vm/frame.h"

#include <cstdlib>
#include <new>
#include <vector>

#include "vm/dict.h"
#include "vm/function.h"
#include "vm/interp.h"
#include "vm/str.h"

namespace loopscope::vm {

int Frame::current_line() const {
    if (code->positions.empty()) return code->firstlineno;
    return code->positions[current_instruction()].lineno;
}

namespace {

// The per-thread LIFO arena for frames of ordinary calls: chunks that are bump-allocated and
// released in reverse order. Chunks are kept for reuse (a deep recursion pays for them once).
class FrameStack {
public:
    ~FrameStack() {
        for (Chunk& c : chunks_) std::free(c.base);
    }

    void* allocate(size_t bytes) {
        bytes = (bytes + 15) & ~size_t(15);
        if (top_ < chunks_.size() && chunks_[top_].used + bytes <= chunks_[top_].size) {
            return bump(chunks_[top_], bytes);
        }
        // Move to the next chunk (reusing a kept one when big enough).
        size_t next = chunks_.empty() ? 0 : top_ + 1;
        if (next < chunks_.size() && chunks_[next].size < bytes) {
            std::free(chunks_[next].base);
            chunks_.erase(chunks_.begin() + long(next), chunks_.end());
        }
        if (next >= chunks_.size()) {
            size_t size = std::max(kChunkBytes, bytes);
            void* base = std::malloc(size);
            if (!base) throw std::bad_alloc();
            chunks_.push_back(Chunk{static_cast<char*>(base), size, 0});
        }
        top_ = next;
        return bump(chunks_[top_], bytes);
    }

    void release(void* p) {
        Chunk& c = chunks_[top_];
        c.used = size_t(static_cast<char*>(p) - c.base);
        if (c.used == 0 && top_ > 0) --top_;
    }

private:
    struct Chunk {
        char* base;
        size_t size;
        size_t used;
    };
    static constexpr size_t kChunkBytes = size_t(1) << 20;

    static void* bump(Chunk& c, size_t bytes) {
        void* p = c.base + c.used;
        c.used += bytes;
        return p;
    }

    std::vector<Chunk> chunks_;
    size_t top_ = 0;
};

thread_local FrameStack tls_frame_stack;
thread_local Frame* tls_current_frame = nullptr;

size_t frame_bytes(const CodeObject* code) {
    return sizeof(Frame) + (code->nlocalsplus() + size_t(code->stacksize)) * sizeof(Value);
}

}  // namespace

Frame* allocate_frame(CodeObject* code, FunctionObject* func, DictObject* globals, DictObject* builtins,
                      bool on_heap) {
    size_t bytes = frame_bytes(code);
    void* mem = on_heap ? ::operator new(bytes) : tls_frame_stack.allocate(bytes);
    Frame* f = new (mem) Frame();
    f->on_frame_stack = !on_heap;
    f->code = Ref<CodeObject>(code);
    if (func) f->func = Ref<FunctionObject>(func);
    f->globals = globals;
    f->builtins = builtins;
    if (!func) {
        f->owned_namespaces[0] = Value::borrowed(globals);
        f->owned_namespaces[1] = Value::borrowed(builtins);
    }
    Value* slots = f->localsplus();
    size_t n = code->nlocalsplus() + size_t(code->stacksize);
    for (size_t i = 0; i < n; ++i) new (&slots[i]) Value();
    f->sp = f->stack_base();
    f->next_instr = code->code.data();
    return f;
}

void release_frame(Frame* f) {
    Value* slots = f->localsplus();
    size_t n = f->code->nlocalsplus() + size_t(f->code->stacksize);
    for (size_t i = 0; i < n; ++i) slots[i].~Value();
    bool on_stack = f->on_frame_stack;
    f->~Frame();
    if (on_stack) tls_frame_stack.release(f);
    else ::operator delete(f);
}

Frame* current_frame() { return tls_current_frame; }
void set_current_frame(Frame* frame) { tls_current_frame = frame; }

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
