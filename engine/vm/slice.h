// slice: the object `a[start:stop:step]` builds, and the arithmetic that turns one into
// concrete indices for a sequence of a given length (CPython's PySlice_Unpack +
// PySlice_AdjustIndices).
#pragma once

#include <cstdint>

#include "vm/object.h"

namespace loopscope::vm {

struct SliceObject : Object {
    SliceObject(Value start_, Value stop_, Value step_)
        : start(std::move(start_)), stop(std::move(stop_)), step(std::move(step_)) {}
    void clear_references() override { start = Value::none(); stop = Value::none(); step = Value::none(); }
    size_t footprint() const override { return sizeof(SliceObject); }

    // Each is None when omitted (a[1:] has stop None, step None); never Empty.
    Value start, stop, step;
};

// slice(start, stop, step) of type `slice`. Empty arguments become None.
Ref<SliceObject> make_slice(Value start, Value stop, Value step);

// Resolves `s` against a sequence of length `len`, as CPython does: None defaults, negative
// indices counted from the end, clamping, huge values saturated. Raises ValueError
// "slice step cannot be zero" and TypeError "slice indices must be integers or None or have an
// __index__ method". `slicelen` is how many items the slice selects.
void slice_indices(const SliceObject& s, int64_t len, int64_t& start, int64_t& stop,
                   int64_t& step, int64_t& slicelen);

}  // namespace loopscope::vm
