// The VM: driving coroutines from C++ (the API the asyncio runtime uses), frames, budgets,
// recursion, and behaviour that script tests cannot see (steps, virtual time).
#include <gtest/gtest.h>

#include <string>

#include "api/run.h"
#include "lang/parser.h"
#include "vm/compile.h"
#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/heap.h"
#include "vm/interp.h"
#include "vm/interpreter.h"
#include "vm/module.h"
#include "vm/protocol.h"
#include "vm/str.h"

namespace loopscope {
namespace {

using vm::ResumeResult;
using vm::Value;

// Runs a module in a fresh Interp on the test's thread and gives access to its globals.
class VmTest : public ::testing::Test {
protected:
    VmTest() : heap_(uint64_t(1) << 30), heap_scope_(heap_), interp_(heap_, vm::Limits{}), scope_(interp_) {
        interp_.on_stdout = [this](std::string_view s) { out_ += s; };
        interp_.on_stderr = [this](std::string_view s) { err_ += s; };
    }

    void run(const std::string& source) {
        interp_.sources["prog.py"] = source;
        lang::ParseResult parsed = lang::parse(source);
        ASSERT_TRUE(parsed.ok()) << parsed.error->message;
        vm::CompileResult compiled = vm::compile_module(*parsed.module, "prog.py");
        ASSERT_TRUE(compiled.code) << compiled.error->message;
        main_ = vm::make_main_module("prog.py");
        vm::run_module_code(compiled.code.get(), main_.get());
    }

    Value global(const char* name) {
        Value* v = main_->dict->find_str(vm::intern(name).get());
        EXPECT_NE(v, nullptr) << name;
        return v ? *v : Value::none();
    }

    // Calls global function `name` with no arguments.
    Value call(const char* name) { return vm::call(global(name), {}); }

    static std::string text(const Value& v) { return vm::repr_string(v); }

    vm::Heap heap_;
    vm::HeapScope heap_scope_;
    vm::Interp interp_;
    vm::InterpScope scope_;
    vm::Ref<vm::ModuleObject> main_;
    std::string out_, err_;
};

const char* kCoroutines = R"(
class Suspend:
    def __init__(self, what): self.what = what
    def __await__(self):
        got = yield self.what
        return got
async def worker():
    a = await Suspend("first")
    b = await Suspend("second")
    return a + b
async def failing():
    await Suspend("x")
    raise ValueError("boom")
async def catcher():
    try:
        await Suspend("wait")
    except KeyError as e:
        return "caught " + str(e)
def gen():
    yield 1
    yield 2
)";

TEST_F(VmTest, CoroutinesAreDrivenBySendFromCpp) {
    run(kCoroutines);
    Value coro = call("worker");
    ASSERT_TRUE(vm::is_generator_object(coro));
    auto* g = static_cast<vm::GeneratorObject*>(coro.as_obj());
    Value out;
    ASSERT_EQ(vm::resume(g, Value::none(), &out), ResumeResult::Yielded);
    EXPECT_EQ(text(out), "'first'");
    EXPECT_FALSE(g->delegate().empty());  // suspended inside `await`
    ASSERT_EQ(vm::resume(g, Value(vm::make_str("A")), &out), ResumeResult::Yielded);
    EXPECT_EQ(text(out), "'second'");
    ASSERT_EQ(vm::resume(g, Value(vm::make_str("B")), &out), ResumeResult::Returned);
    EXPECT_EQ(text(out), "'AB'");
    EXPECT_EQ(g->state, vm::GenState::Completed);
    // A finished coroutine cannot be resumed again.
    ASSERT_EQ(vm::resume(g, Value::none(), &out), ResumeResult::Raised);
    EXPECT_EQ(vm::format_exception_only(out), "RuntimeError: cannot reuse already awaited coroutine");
}

TEST_F(VmTest, ExceptionsComeBackAsRaised) {
    run(kCoroutines);
    Value coro = call("failing");
    auto* g = static_cast<vm::GeneratorObject*>(coro.as_obj());
    Value out;
    ASSERT_EQ(vm::resume(g, Value::none(), &out), ResumeResult::Yielded);
    ASSERT_EQ(vm::resume(g, Value::none(), &out), ResumeResult::Raised);
    EXPECT_EQ(vm::format_exception_only(out), "ValueError: boom");
    auto* e = static_cast<vm::ExceptionObject*>(out.as_obj());
    ASSERT_FALSE(e->traceback.empty());
    EXPECT_EQ(e->traceback.back().function, "failing");
    EXPECT_EQ(e->traceback.back().lineno, 13);
}

TEST_F(VmTest, ThrowIntoASuspendedCoroutine) {
    run(kCoroutines);
    Value coro = call("catcher");
    auto* g = static_cast<vm::GeneratorObject*>(coro.as_obj());
    Value out;
    ASSERT_EQ(vm::resume(g, Value::none(), &out), ResumeResult::Yielded);
    EXPECT_EQ(g->suspended_line(), 16);
    Value exc = vm::call(Value::borrowed(vm::types().KeyError), {Value(vm::make_str("k"))});
    ASSERT_EQ(vm::throw_into(g, exc, &out), ResumeResult::Returned);
    EXPECT_EQ(text(out), "\"caught 'k'\"");
}

TEST_F(VmTest, GeneratorsRunInTheirOwnHeapFrames) {
    run(kCoroutines);
    Value gen = call("gen");
    auto* g = static_cast<vm::GeneratorObject*>(gen.as_obj());
    EXPECT_EQ(g->state, vm::GenState::Created);
    ASSERT_NE(g->frame, nullptr);
    EXPECT_FALSE(g->frame->on_frame_stack);
    Value out;
    EXPECT_EQ(vm::resume(g, Value::none(), &out), ResumeResult::Yielded);
    EXPECT_EQ(vm::resume(g, Value::none(), &out), ResumeResult::Yielded);
    EXPECT_EQ(vm::resume(g, Value::none(), &out), ResumeResult::Returned);
    EXPECT_TRUE(out.is_none());
    EXPECT_EQ(g->frame, nullptr);  // released when the generator finishes
}

TEST_F(VmTest, NoFrameIsLeftRunningAfterARun) {
    run("def f(n):\n    return 1 if n == 0 else f(n - 1)\nx = f(50)\n");
    EXPECT_EQ(vm::current_frame(), nullptr);
    EXPECT_EQ(interp_.depth, 0);
    EXPECT_TRUE(interp_.handled_exceptions.empty());
}

TEST_F(VmTest, HandledExceptionsAreBalancedAcrossGenerators) {
    run(R"(
def g():
    try:
        raise KeyError(1)
    except KeyError:
        yield "inside handler"
    yield "after"
it = g()
first = next(it)
)");
    EXPECT_TRUE(interp_.handled_exceptions.empty());  // the generator keeps its own
    run("import sys\nit2 = None\n");
}

TEST_F(VmTest, NeverAwaitedCoroutineWarnsAtTheLineThatDropsIt) {
    run("async def f():\n    pass\nf()\nprint('after')\n");
    EXPECT_EQ(out_, "after\n");
    EXPECT_EQ(err_,
              "prog.py:3: RuntimeWarning: coroutine 'f' was never awaited\n"
              "  f()\n"
              "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
}

// ---- budgets and limits, through the public API ----

RunResult run_program(const std::string& source, uint64_t max_steps = 10'000'000, int recursion_limit = 1000) {
    RunOptions options;
    options.filename = "prog.py";
    options.limits.max_steps = max_steps;
    options.limits.recursion_limit = recursion_limit;
    return loopscope::run_program(source, options);
}

TEST(VmLimits, EveryInstructionCostsVirtualTime) {
    RunResult a = run_program("for i in range(1000):\n    pass\n");
    RunResult b = run_program("for i in range(2000):\n    pass\n");
    EXPECT_GT(b.steps, a.steps);
    EXPECT_GT(b.virtual_ns, a.virtual_ns);
    EXPECT_GE(a.virtual_ns, a.steps);  // no instruction is free (vm/cost_model.h)
}

TEST(VmLimits, StepBudgetStopsInfiniteLoopsAndRecursionThroughGenerators) {
    RunResult r = run_program("def g():\n    while True:\n        yield 1\nfor x in g():\n    pass\n", 100'000);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.stderr_text.find("step budget"), std::string::npos) << r.stderr_text;
}

TEST(VmLimits, DeepRecursionEndsInRecursionError) {
    RunResult r = run_program("def f(n):\n    return f(n + 1)\nf(0)\n", 100'000'000, 100'000);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.stderr_text.find("RecursionError: maximum recursion depth exceeded"), std::string::npos)
        << r.stderr_text.substr(0, 500);
}

TEST(VmLimits, HundredThousandFramesDeepIsFine) {
    RunResult r = run_program("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(100000))\n",
                              100'000'000, 200'000);
    EXPECT_EQ(r.exit_code, 0) << r.stderr_text.substr(0, 500);
    EXPECT_EQ(r.stdout_text, "100000\n");
}

TEST(VmLimits, NativeRecursionIsBoundedToo) {
    RunResult r = run_program(
        "import sys\nsys.setrecursionlimit(1000000)\n"
        "class C:\n    def __repr__(self): return repr(self)\n"
        "try:\n    repr(C())\nexcept RecursionError as e:\n    print('stopped:', e)\n",
        100'000'000);
    EXPECT_EQ(r.exit_code, 0) << r.stderr_text.substr(0, 500);
    EXPECT_EQ(r.stdout_text, "stopped: maximum recursion depth exceeded\n");
}

TEST(VmLimits, TracebacksOfRecursionErrorsCompressRepeats) {
    RunResult r = run_program("def f():\n    f()\nf()\n");
    EXPECT_NE(r.stderr_text.find("[Previous line repeated"), std::string::npos) << r.stderr_text;
}

}  // namespace
}  // namespace loopscope
