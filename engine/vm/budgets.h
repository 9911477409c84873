// Budgets the dispatch loop enforces (engine/vm/budgets.cpp). check_budgets() and
// check_native_stack(), the entry points for native code, are declared in interpreter.h.
#pragma once

#include <cstdint>

namespace loopscope::vm {

class Interp;

// The step count at which the loop must next look at the budgets (the step budget or the
// next memory check, whichever comes first).
uint64_t next_check(const Interp& in);
// Publishes progress and checks cancellation, the step budget and memory; throws RunAborted
// or MemoryError.
void check_budgets_now(Interp& in);

// Nested run_frame invocations on this thread (each is native recursion); run_frame's
// NativeNesting guard (interpreter.cpp) raises RecursionError past kMaxNativeNesting.
// CPython 3.13 bounds C recursion separately from sys.setrecursionlimit() too (repr()
// recursion stops near 2,500 levels); without a bound, a raised limit lets native recursion
// run for minutes before the stack floor stops it, and ASan (which cannot track exceptions
// thrown across stacks deeper than ~64 MiB) reports false positives.
inline constexpr int kMaxNativeNesting = 3000;
extern thread_local int tls_native_nesting;

}  // namespace loopscope::vm
