// Heap: every object of one run, linked in a list, with the bytes they hold counted against
// the run's memory budget. Tearing the Heap down frees what refcounting could not (cycles).
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/object.h"

namespace loopscope::vm {

class Heap {
public:
    explicit Heap(uint64_t max_bytes) : max_bytes_(max_bytes) {}
    ~Heap();  // clears every object's references, then frees them all
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    void link(Object* o, size_t bytes);
    void unlink(Object* o, size_t bytes);
    // Extra bytes an object grew by (list append, string building); may raise MemoryError.
    void charge(int64_t delta_bytes);

    uint64_t bytes_in_use() const { return bytes_; }
    uint64_t max_bytes() const { return max_bytes_; }
    uint64_t live_objects() const { return count_; }

private:
    Object* head_ = nullptr;
    uint64_t bytes_ = 0;
    uint64_t max_bytes_;
    uint64_t count_ = 0;
    bool tearing_down_ = false;
};

// Binds a Heap to the calling thread for the lifetime of the scope.
class HeapScope {
public:
    explicit HeapScope(Heap& h);
    ~HeapScope();

private:
    Heap* previous_;
};

}  // namespace loopscope::vm
