#include "vm/set_constant.h"

#include <cmath>

#include "vm/interp.h"
#include "vm/list.h"
#include "vm/protocol.h"
#include "vm/set_ops.h"

namespace loopscope::vm {

namespace {

std::vector<Value> elements_in_table_order(const SetObject* s) {
    std::vector<Value> out;
    size_t pos = 0;
    const SetEntry* entry = nullptr;
    while (set_next(s, pos, entry)) out.push_back(entry->key);
    return out;
}

}  // namespace

Ref<SetObject> compiled_frozenset_constant(const std::vector<Value>& items) {
    // 1. The optimizer folds the display's tuple of constants into a frozenset.
    Ref<SetObject> folded = new_set_from(true, Value(make_tuple(items)));
    // 2. Merging constants (merge_consts_recursive) replaces it by a new frozenset built
    //    from its elements in table order.
    return new_set_from(true, Value(make_tuple(elements_in_table_order(folded.get()))));
}

}  // namespace loopscope::vm
