// A fresh Heap + Interp bound to the calling thread, for unit tests of engine internals.
#pragma once

#include "vm/heap.h"
#include "vm/interp.h"

namespace loopscope::test {

class TestInterp {
public:
    explicit TestInterp(vm::Limits limits = {})
        : heap_(uint64_t(1) << 30), heap_scope_(heap_), interp_(heap_, limits), interp_scope_(interp_) {}

    vm::Interp& interp() { return interp_; }

private:
    vm::Heap heap_;
    vm::HeapScope heap_scope_;
    vm::Interp interp_;
    vm::InterpScope interp_scope_;
};

}  // namespace loopscope::test
