#include "aio/context.h"

#include "aio/aio_state.h"
#include "vm/interp.h"
#include "vm/protocol.h"

namespace loopscope::aio {

vm::Object* current_context() { return state().current_context; }

void set_current_context(vm::Object* context) { state().current_context = context; }

Value copy_current_context() {
    vm::Object* current = state().current_context;
    if (!current) return Value::none();
    return vm::call_method(Value::borrowed(current), vm::interp().intern("copy").get(), {});
}

}  // namespace loopscope::aio
