// The virtual CPU cost model (engine/vm/cost_model.h, docs/cost-model.md): what it charges,
// not its calibrated values — those are measured by bench/calibrate.py, never asserted.
#include <gtest/gtest.h>

#include <string>

#include "api/run.h"
#include "vm/cost_model.h"

namespace loopscope {
namespace {

using vm::CostClass;
using vm::Op;

// Virtual seconds the statement takes, as the program itself measures them.
double virtual_seconds(const std::string& setup, const std::string& stmt) {
    RunOptions o;
    RunResult r = run_program("import time\n" + setup + "\nt0 = time.perf_counter()\n" + stmt +
                                  "\nprint(repr(time.perf_counter() - t0))\n",
                              o);
    EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
    return std::stod(r.stdout_text);
}

TEST(CostModel, NoInstructionIsFree) {
    for (int op = 0; op < vm::kOpCount; ++op) EXPECT_GE(vm::op_cost_ns(Op(op)), 1u) << vm::op_name(Op(op));
    for (uint64_t ps : vm::kWorkCostPs) EXPECT_GT(ps, 0u);
}

TEST(CostModel, OpcodesFallIntoTheirClasses) {
    EXPECT_EQ(vm::cost_class(Op::LOAD_FAST), CostClass::Fast);
    EXPECT_EQ(vm::cost_class(Op::LOAD_ATTR), CostClass::Attr);
    EXPECT_EQ(vm::cost_class(Op::CALL), CostClass::Call);
    EXPECT_EQ(vm::cost_class(Op::RETURN_VALUE), CostClass::Return);
    EXPECT_EQ(vm::cost_class(Op::MAKE_FUNCTION), CostClass::MakeFunction);
    EXPECT_EQ(vm::cost_class(Op::RAISE_VARARGS), CostClass::Except);
    EXPECT_GT(vm::op_cost_ns(Op::CALL), vm::op_cost_ns(Op::LOAD_FAST));
}

TEST(CostModel, SortingChargesItsComparisons) {
    // Reversed input is one descending run (n - 1 comparisons); shuffled input needs ~n log n.
    double sorted_run = virtual_seconds("xs = list(range(20000, 0, -1))", "xs.sort()");
    double shuffled = virtual_seconds("xs = [(i * 7919) % 20011 for i in range(20000)]", "xs.sort()");
    EXPECT_GT(shuffled, 5 * sorted_run);
}

TEST(CostModel, StringWorkScalesWithLength) {
    double small = virtual_seconds("s = 'ab' * 10", "t = s.replace('a', 'x'); u = s.upper()");
    double large = virtual_seconds("s = 'ab' * 100000", "t = s.replace('a', 'x'); u = s.upper()");
    EXPECT_GT(large, 100 * small);
    double join_small = virtual_seconds("xs = ['x'] * 10", "s = ','.join(xs)");
    double join_large = virtual_seconds("xs = ['x'] * 100000", "s = ','.join(xs)");
    EXPECT_GT(join_large, 1000 * join_small);
}

TEST(CostModel, FindChargesWhatItScans) {
    double near = virtual_seconds("s = 'x' + 'a' * 200000", "i = s.find('x')");
    double far = virtual_seconds("s = 'a' * 200000 + 'x'", "i = s.find('x')");
    EXPECT_GT(far, 100 * near);
}

TEST(CostModel, BigIntsCostMoreThanSmallOnes) {
    double small = virtual_seconds("x = 12345", "for i in range(10000):\n    y = x * 3 + i");
    double big = virtual_seconds("x = 12345678901", "for i in range(10000):\n    y = x * 3 + i");
    EXPECT_GT(big, small);
}

TEST(CostModel, DictSubscriptsCostMoreThanListIndexing) {
    double list_ = virtual_seconds("c = [1, 2, 3]", "for i in range(10000):\n    y = c[1]");
    double dict_ = virtual_seconds("c = {1: 1, 2: 2}", "for i in range(10000):\n    y = c[1]");
    EXPECT_GT(dict_, list_);
}

TEST(CostModel, SameProgramSameVirtualTime) {
    const char* prog = "print(sorted(str(i) for i in range(5000))[:3], ','.join(map(str, range(100)))[:5])";
    RunOptions o;
    RunResult a = run_program(prog, o);
    RunResult b = run_program(prog, o);
    EXPECT_EQ(a.stdout_text, b.stdout_text);
    EXPECT_EQ(a.virtual_ns, b.virtual_ns);
    EXPECT_EQ(a.steps, b.steps);
}

}  // namespace
}  // namespace loopscope
