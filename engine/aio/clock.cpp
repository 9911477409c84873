#include "aio/clock.h"

#include <cmath>

#include "aio/aio_state.h"
#include "aio/trace_hooks.h"
#include "vm/interp.h"

namespace loopscope::aio {

uint64_t now_ns() { return vm::interp().virtual_ns; }

double now_seconds() { return double(vm::interp().virtual_ns) / 1e9; }

uint64_t ns_at_or_after(double seconds) {
    if (!(seconds > 0)) return 0;
    if (seconds >= 1.8e10) return UINT64_MAX;  // ~570 years: beyond any budget
    uint64_t ns = uint64_t(std::ceil(seconds * 1e9));
    // seconds * 1e9 rounds; settle on the exact smallest ns whose quotient reaches `seconds`.
    while (ns > 0 && double(ns - 1) / 1e9 >= seconds) --ns;
    while (double(ns) / 1e9 < seconds) ++ns;
    return ns;
}

void advance_to(double seconds) {
    uint64_t target = ns_at_or_after(seconds);
    vm::Interp& in = vm::interp();
    if (target > in.virtual_ns) in.virtual_ns = target;
}

void block_current_thread(double seconds) {
    if (!(seconds > 0)) return;
    uint64_t ns = uint64_t(std::llround(seconds * 1e9));
    if (state().running_loop) {
        if (trace::Recorder* r = trace::active_recorder()) {
            trace::Event e = make_event(trace::EventKind::LoopBlocked);
            e.count = ns;
            e.detail = "time.sleep(" + format_seconds(seconds) + ") blocks the event loop";
            r->record(std::move(e));
        }
    }
    vm::interp().virtual_ns += ns;
}

}  // namespace loopscope::aio
