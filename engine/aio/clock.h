// The virtual clock: one monotonic quantity for the whole run, interp().virtual_ns, in
// integer nanoseconds since the run started. Three things advance it:
//   - executing code: the VM charges each instruction's virtual CPU cost (so CPU-bound work
//     delays timers, as it does in CPython);
//   - the event loop idling: with nothing ready it jumps straight to the earliest deadline
//     (advance_to), never waiting for real;
//   - blocking calls: time.sleep(d) (block_current_thread) — on the loop's thread this freezes
//     the loop, and the trace records "loop blocked".
//
// loop.time(), time.monotonic() and time.perf_counter() all read now_seconds() =
// double(virtual_ns) / 1e9 — a float, as in CPython. A jump to a deadline D (a float the loop
// computed as time() + delay) sets the clock to the smallest whole ns whose float value is
// >= D, so right after `await asyncio.sleep(1)` from t=0 the loop reads exactly 1.0 plus the
// CPU charged since — "1.00" when printed as a student prints times.
//
// The `time` module (engine/stdlib, another owner) builds on this header.
#pragma once

#include <cstdint>

namespace loopscope::aio {

uint64_t now_ns();
double now_seconds();
// The smallest ns count whose seconds value (double(ns) / 1e9) is >= seconds (0 for <= 0).
uint64_t ns_at_or_after(double seconds);
// Moves the clock forward to `seconds` (never backwards).
void advance_to(double seconds);
// time.sleep(seconds): blocks the calling thread (there is only the main thread until the
// simulated machine exists): the clock advances by `seconds`; when an event loop is running
// the trace records LoopBlocked. Negative values are the caller's ValueError to raise.
void block_current_thread(double seconds);

}  // namespace loopscope::aio
