#include "vm/cost_model.h"

#include "vm/interp.h"

#ifdef LOOPSCOPE_COST_PROBE
#include <cstdio>
#include <cstdlib>
#endif

namespace loopscope::vm {

void charge_work(Work kind, uint64_t units) {
#ifdef LOOPSCOPE_COST_PROBE
    g_probe_work_units[int(kind)] += units;
#endif
    // Rounded per call: a few bytes of a short string may cost nothing, which is right for
    // work CPython's fixed per-call overhead (the CALL instruction's cost) already covers.
    interp().virtual_ns += (units * kWorkCostPs[int(kind)] + 500) / 1000;
}

#ifdef LOOPSCOPE_COST_PROBE
uint64_t g_probe_op_counts[256];
uint64_t g_probe_work_units[kWorkKinds];

namespace {
// Writes "op NAME COUNT" and "work INDEX UNITS" lines when the process exits.
struct ProbeWriter {
    ~ProbeWriter() {
        const char* path = std::getenv("LOOPSCOPE_COST_PROBE_OUT");
        if (!path) return;
        FILE* out = std::fopen(path, "w");
        if (!out) return;
        for (int op = 0; op < kOpCount; ++op) {
            if (g_probe_op_counts[op]) {
                std::fprintf(out, "op %s %llu\n", op_name(Op(op)),
                             (unsigned long long)g_probe_op_counts[op]);
            }
        }
        for (int w = 0; w < kWorkKinds; ++w) {
            std::fprintf(out, "work %d %llu\n", w, (unsigned long long)g_probe_work_units[w]);
        }
        std::fclose(out);
    }
} probe_writer;
}  // namespace
#endif

}  // namespace loopscope::vm
