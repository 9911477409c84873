// The frozenset constant CPython's compiler makes for a set display of three or more
// constants (`{-1, -2, 5}` compiles to BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1).
#pragma once

#include <vector>

#include "vm/set.h"

namespace loopscope::vm {

// The constant exactly as CPython 3.13 builds it, so that its table — and so the iteration
// order of the set built from it — is CPython's: the folded frozenset is rebuilt once more
// from its own elements by the constant-merging pass, which can reorder colliding elements.
Ref<SetObject> compiled_frozenset_constant(const std::vector<Value>& items);

}  // namespace loopscope::vm
