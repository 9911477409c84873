#include "vm/list.h"

#include "vm/interp.h"

namespace loopscope::vm {

Ref<ListObject> make_list(std::vector<Value> items) {
    return make<ListObject>(types().list, std::move(items));
}

Ref<TupleObject> make_tuple(std::vector<Value> items) {
    return make<TupleObject>(types().tuple, std::move(items));
}

Ref<TupleObject> empty_tuple() { return make_tuple(); }

}  // namespace loopscope::vm
