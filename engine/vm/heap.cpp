#include "vm/heap.h"

#include <cassert>
#include <vector>

#include "vm/exception.h"

namespace loopscope::vm {

namespace {

thread_local Heap* tls_heap = nullptr;

// Destruction is iterative: freeing an object drops its members' references, which may free
// them in turn. Those are queued rather than freed recursively, so a million-long linked
// chain is released without a million-deep native stack (CPython's "trashcan").
thread_local bool tls_destroying = false;
thread_local std::vector<Object*>* tls_pending = nullptr;

void free_object(Object* o) noexcept {
    if (!o->finalized) {
        o->finalized = true;  // PEP 442: a finalizer runs at most once per object
        o->refcount = 1;
        o->finalize();
        if (--o->refcount != 0) return;  // resurrected by its finalizer
    }
    if (tls_heap) tls_heap->unlink(o, o->footprint());
    delete o;
}

}  // namespace

Object::~Object() = default;

void destroy(Object* o) noexcept {
    if (tls_destroying) {
        tls_pending->push_back(o);
        return;
    }
    std::vector<Object*> pending;
    tls_pending = &pending;
    tls_destroying = true;
    free_object(o);
    while (!pending.empty()) {
        Object* next = pending.back();
        pending.pop_back();
        free_object(next);
    }
    tls_destroying = false;
    tls_pending = nullptr;
}

Heap& current_heap() {
    assert(tls_heap && "no Heap bound to this thread: create a HeapScope first");
    return *tls_heap;
}

void heap_register(Object* o, size_t bytes) { current_heap().link(o, bytes); }

void Heap::link(Object* o, size_t bytes) {
    o->heap_prev = nullptr;
    o->heap_next = head_;
    if (head_) head_->heap_prev = o;
    head_ = o;
    bytes_ += bytes;
    ++count_;
}

void Heap::unlink(Object* o, size_t bytes) {
    if (tearing_down_) return;
    if (o->heap_prev) o->heap_prev->heap_next = o->heap_next;
    else if (head_ == o) head_ = o->heap_next;
    if (o->heap_next) o->heap_next->heap_prev = o->heap_prev;
    bytes_ -= bytes < bytes_ ? bytes : bytes_;
    --count_;
}

void Heap::charge(int64_t delta_bytes) {
    if (delta_bytes > 0 && bytes_ + uint64_t(delta_bytes) > max_bytes_) {
        throw RunAborted{"loopscope: the program needed more memory than its budget allows ("
                         + std::to_string(max_bytes_ >> 20) + " MiB)."};
    }
    bytes_ += delta_bytes;
}

Heap::~Heap() {
    // Everything still alive here is garbage (the run is over) — typically reference cycles.
    // Phase 1 marks every object so decref no longer frees; phase 2 drops all references
    // (every clear_references must drop every Value/Ref it holds); phase 3 frees.
    tearing_down_ = true;
    for (Object* o = head_; o; o = o->heap_next) o->tearing_down = true;
    for (Object* o = head_; o; o = o->heap_next) o->clear_references();
    Object* o = head_;
    while (o) {
        Object* next = o->heap_next;
        delete o;
        o = next;
    }
    head_ = nullptr;
}

HeapScope::HeapScope(Heap& h) : previous_(tls_heap) { tls_heap = &h; }
HeapScope::~HeapScope() { tls_heap = previous_; }

}  // namespace loopscope::vm
