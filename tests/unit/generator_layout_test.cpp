// Memory layout of generators and coroutines: one allocation holds the GeneratorObject and its
// frame, and both headers stay small (an asyncio task holds two coroutines while it sleeps;
// docs/aio.md, "Speed and memory"). Also what the layout must not change: a call whose
// arguments fail to bind creates no coroutine, and exceptions being handled survive suspension.
#include <gtest/gtest.h>

#include <string>

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

using vm::Value;

class GeneratorLayout : public ::testing::Test {
protected:
    GeneratorLayout()
        : heap_(uint64_t(1) << 30), heap_scope_(heap_), interp_(heap_, vm::Limits{}), scope_(interp_) {
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

    vm::Heap heap_;
    vm::HeapScope heap_scope_;
    vm::Interp interp_;
    vm::InterpScope scope_;
    vm::Ref<vm::ModuleObject> main_;
    std::string out_, err_;
};

TEST_F(GeneratorLayout, TheFrameFollowsItsCoroutineInOneBlock) {
    run("async def worker(k):\n    return k\n");
    Value coro = vm::call(global("worker"), {Value::small_int(7)});
    ASSERT_TRUE(vm::is_generator_object(coro));
    auto* g = static_cast<vm::GeneratorObject*>(coro.as_obj());
    ASSERT_NE(g->frame, nullptr);
    EXPECT_EQ(reinterpret_cast<char*>(g->frame), reinterpret_cast<char*>(g) + vm::kGeneratorRoom);
    EXPECT_EQ(g->frame->generator, g);
    EXPECT_FALSE(g->frame->on_frame_stack);
    EXPECT_EQ(g->rare, nullptr);  // nothing rare needed yet
    Value out;
    ASSERT_EQ(vm::resume(g, Value::none(), &out), vm::ResumeResult::Returned);
    EXPECT_EQ(vm::repr_string(out), "7");
    EXPECT_EQ(g->frame, nullptr);  // values released at completion; the memory goes with g
}

// Budgets, not exact sizes: growing either header costs memory in every asyncio task.
TEST_F(GeneratorLayout, HeadersStaySmall) {
    EXPECT_LE(sizeof(vm::GeneratorObject), 88u);
    EXPECT_LE(sizeof(vm::Frame), 112u);
}

TEST_F(GeneratorLayout, ACallThatFailsToBindCreatesNoCoroutine) {
    run("async def pair(a, b):\n    return a + b\n");
    Value fn = global("pair");
    uint64_t before = heap_.live_objects();
    std::string message;
    try {
        vm::call(fn, {Value::small_int(1)});
    } catch (const vm::PyException& e) {
        message = vm::format_exception_only(e.exc);
    }
    EXPECT_EQ(message, "TypeError: pair() missing 1 required positional argument: 'b'");
    EXPECT_EQ(heap_.live_objects(), before);
    EXPECT_EQ(err_.find("never awaited"), std::string::npos) << err_;
}

TEST_F(GeneratorLayout, ExceptionsBeingHandledSurviveSuspension) {
    run(R"(
import sys
def g():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        print("resumed:", repr(sys.exc_info()[1]))
        yield 2
it = g()
next(it)
print("outside:", sys.exc_info()[1])
next(it)
def h():  # resumed by FOR_ITER inside the loop, not through resume()
    try:
        raise KeyError("loop")
    except KeyError:
        yield 1
        yield repr(sys.exc_info()[1])
for v in h():
    print(v, sys.exc_info()[1])
)");
    EXPECT_EQ(out_, "outside: None\nresumed: KeyError('inner')\n1 None\nKeyError('loop') None\n");
}

}  // namespace
}  // namespace loopscope
