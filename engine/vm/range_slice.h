// range objects (len, indexing, slicing, O(1) `in` for ints, iteration, equality, hash) and
// slice objects (see slice.h: SliceObject and slice_indices).
#pragma once

#include <cstdint>

#include "vm/object.h"

namespace loopscope::vm {

class Interp;

// range(start, stop, step). Bounds are int64 (CPython allows arbitrary ints; ranges past
// 2**63 raise OverflowError here at construction).
struct RangeObject : Object {
    RangeObject(int64_t b, int64_t e, int64_t s, int64_t n) : start(b), stop(e), step(s), length(n) {}
    int64_t start, stop, step;
    int64_t length;  // number of items
};

struct RangeIterObject : Object {
    RangeIterObject(int64_t n, int64_t s, int64_t r) : next(n), step(s), remaining(r) {}
    int64_t next, step, remaining;
};

// range(start, stop, step) with step != 0.
Ref<RangeObject> make_range(int64_t start, int64_t stop, int64_t step);
int64_t range_length(int64_t start, int64_t stop, int64_t step);
Value make_range_iterator(int64_t start, int64_t step, int64_t count);

void install_range_and_slice_methods(Interp& in);

}  // namespace loopscope::vm
