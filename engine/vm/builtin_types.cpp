// Wires the builtin types' behaviour into the Interp: every *_ops installer in dependency
// order, and the per-Interp registry of helper types the engine does not name (ExtraTypes).
#include "vm/builtin_types.h"

#include <memory>
#include <mutex>
#include <unordered_map>

#include "vm/bytes_ops.h"
#include "vm/complex_ops.h"
#include "vm/dict_ops.h"
#include "vm/float_ops.h"
#include "vm/int_ops.h"
#include "vm/interp.h"
#include "vm/iterators.h"
#include "vm/list_ops.h"
#include "vm/range_slice.h"
#include "vm/set_ops.h"
#include "vm/str_ops.h"

namespace loopscope::vm {

namespace {

// ExtraTypes per Interp. Interps live on their own threads, several per process in tests:
// a small locked map keyed by the Interp, with a per-thread cache of the last lookup. An
// Interp built at the address of a destroyed one overwrites the stale entry when it installs.
std::mutex g_mutex;
std::unordered_map<const Interp*, std::unique_ptr<ExtraTypes>> g_extra_types;
thread_local const Interp* t_cached_interp = nullptr;
thread_local ExtraTypes* t_cached_types = nullptr;

ExtraTypes& extra_types_for(const Interp* in) {
    std::lock_guard<std::mutex> lock(g_mutex);
    std::unique_ptr<ExtraTypes>& slot = g_extra_types[in];
    if (!slot) slot = std::make_unique<ExtraTypes>();
    return *slot;
}

}  // namespace

ExtraTypes& extra_types() {
    const Interp* in = &interp();
    if (in != t_cached_interp) {
        t_cached_types = &extra_types_for(in);
        t_cached_interp = in;
    }
    return *t_cached_types;
}

void install_builtin_type_methods(Interp& in) {
    extra_types() = ExtraTypes();  // a new Interp may reuse a dead one's address
    install_iterator_types(in);    // first: other installers use the iterator types
    install_int_methods(in);
    install_float_methods(in);
    install_complex_methods(in);
    install_str_methods(in);
    install_bytes_methods(in);
    install_list_methods(in);
    install_tuple_methods(in);
    install_dict_methods(in);
    install_set_methods(in);
    install_range_and_slice_methods(in);
    install_descriptor_methods(in);
    install_exception_methods(in);
}

}  // namespace loopscope::vm
