#include "aio/asyncgens.h"

#include <algorithm>

#include "aio/aio_state.h"
#include "vm/generator.h"

namespace loopscope::aio {

namespace {

// Weak entries: a generator removes itself as it starts dying (the VM's dying hook), so a
// pointer here always refers to a live generator.
struct Entry {
    vm::GeneratorObject* gen;
    EventLoopObject* loop;
};
thread_local std::vector<Entry> tls_entries;

void on_dying(vm::GeneratorObject* gen) {
    std::erase_if(tls_entries, [gen](const Entry& e) { return e.gen == gen; });
}

}  // namespace

void track_asyncgen(EventLoopObject* loop, const vm::Value& agen) {
    if (!vm::is_generator_object(agen)) return;
    auto* g = static_cast<vm::GeneratorObject*>(agen.as_obj());
    for (const Entry& e : tls_entries) {
        if (e.gen == g && e.loop == loop) return;
    }
    tls_entries.push_back({g, loop});
}

void forget_asyncgen(EventLoopObject* loop, const vm::Value& agen) {
    if (!vm::is_generator_object(agen)) return;
    auto* g = static_cast<vm::GeneratorObject*>(agen.as_obj());
    std::erase_if(tls_entries, [g, loop](const Entry& e) { return e.gen == g && e.loop == loop; });
}

std::vector<vm::Value> take_asyncgens(EventLoopObject* loop) {
    std::vector<vm::Value> out;
    for (const Entry& e : tls_entries) {
        if (e.loop == loop) out.push_back(vm::Value::borrowed(e.gen));
    }
    std::erase_if(tls_entries, [loop](const Entry& e) { return e.loop == loop; });
    return out;
}

void forget_loop_asyncgens(EventLoopObject* loop) {
    std::erase_if(tls_entries, [loop](const Entry& e) { return e.loop == loop; });
}

void install_asyncgen_registry() {
    tls_entries.clear();
    vm::set_async_generator_dying_hook(on_dying);
}

}  // namespace loopscope::aio
