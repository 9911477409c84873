// The run's budgets, checked from the dispatch loop: steps, memory, cancellation, and the
// native stack (nested run_frame calls and the thread's stack floor).
#include "vm/budgets.h"

#include <malloc.h>
#include <pthread.h>

#include <algorithm>
#include <string>

#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/interpreter.h"

namespace loopscope::vm {

// ---------------------------------------------------------------------------------------------
// Budgets

namespace {

constexpr uint64_t kMemoryCheckInterval = 1u << 16;

std::string with_thousands(uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// mallinfo2() walks malloc's bins (it can take tens of microseconds on a fragmented heap),
// so the allocator's own figure is consulted every 16th memory check; the Heap's running
// count (objects' accounted bytes) every time.
constexpr uint64_t kMallinfoInterval = kMemoryCheckInterval * 16;

}  // namespace

uint64_t next_check(const Interp& in) {
    uint64_t memory = (in.steps | (kMemoryCheckInterval - 1)) + 1;
    return std::min(in.limits.max_steps + 1, memory);
}

void check_budgets_now(Interp& in) {
    if (in.limits.progress_steps != nullptr) {
        in.limits.progress_steps->store(in.steps, std::memory_order_relaxed);
    }
    if (in.limits.cancel != nullptr && in.limits.cancel->load(std::memory_order_relaxed)) {
        throw RunAborted{"loopscope: the run was cancelled after " + with_thousands(in.steps) + " steps."};
    }
    if (in.steps > in.limits.max_steps) {
        throw RunAborted{"loopscope: the program was stopped after " + with_thousands(in.limits.max_steps) +
                         " steps (the step budget). A loop that never ends? Raise the budget with --max-steps."};
    }
    if (in.heap.bytes_in_use() > in.heap.max_bytes()) raise_no_args(in.types.MemoryError);
    if ((in.steps & ~(kMallinfoInterval - 1)) != ((in.steps - kMemoryCheckInterval) & ~(kMallinfoInterval - 1))) {
        struct mallinfo2 mi = mallinfo2();
        if (mi.uordblks + mi.hblkhd > in.heap.max_bytes()) raise_no_args(in.types.MemoryError);
    }
}

void check_budgets() {
    Interp& in = interp();
    if (in.steps >= next_check(in) - 1) check_budgets_now(in);
}

// ---------------------------------------------------------------------------------------------
// Native stack

namespace {

// Python-to-Python calls do not use the native stack, but calls through native code do
// (sorted(key=f), __repr__, generators): with a raised recursion limit those could exhaust
// the thread's stack before RecursionError. The bottom of the stack is looked up once per
// thread.
constexpr size_t kNativeStackReserve = size_t(256) << 10;
thread_local uintptr_t tls_stack_floor = 0;

uintptr_t stack_floor() {
    if (tls_stack_floor) return tls_stack_floor;
    pthread_attr_t attr;
    void* base = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &base, &size);
        pthread_attr_destroy(&attr);
    }
    tls_stack_floor = base ? reinterpret_cast<uintptr_t>(base) + kNativeStackReserve : 1;
    return tls_stack_floor;
}

}  // namespace

thread_local int tls_native_nesting = 0;

void check_native_stack() {
    auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    if (here < stack_floor()) raise(types().RecursionError, "maximum recursion depth exceeded");
}

}  // namespace loopscope::vm
