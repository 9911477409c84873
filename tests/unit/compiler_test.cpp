// The compiler: scope analysis, the compile-time SyntaxErrors and warnings CPython 3.13
// reports (message and location), and the shape of the code it produces.
#include <gtest/gtest.h>

#include <string>

#include "lang/parser.h"
#include "lang/symtable.h"
#include "vm/code.h"
#include "vm/compile.h"
#include "vm/heap.h"
#include "vm/interp.h"
#include "vm/opcodes.h"
#include "vm/str.h"

namespace loopscope {
namespace {

using lang::NameScope;

// A Heap and Interp bound to the test's thread (constants are heap objects).
class CompilerTest : public ::testing::Test {
protected:
    CompilerTest() : heap_(uint64_t(1) << 30), heap_scope_(heap_), interp_(heap_, vm::Limits{}), scope_(interp_) {}

    vm::CompileResult compile(const std::string& source) {
        parsed_ = lang::parse(source);
        EXPECT_TRUE(parsed_.ok()) << (parsed_.error ? parsed_.error->message : "");
        if (!parsed_.ok()) return {};
        return vm::compile_module(*parsed_.module, "prog.py");
    }

    // The SyntaxError compiling `source` reports, as "message @line:col-endline:endcol".
    std::string error_of(const std::string& source) {
        vm::CompileResult r = compile(source);
        if (!r.error) return "no error";
        const lang::SyntaxError& e = *r.error;
        return e.message + " @" + std::to_string(e.lineno) + ":" + std::to_string(e.col_offset) + "-" +
               std::to_string(e.end_lineno) + ":" + std::to_string(e.end_col_offset);
    }

    vm::Heap heap_;
    vm::HeapScope heap_scope_;
    vm::Interp interp_;
    vm::InterpScope scope_;
    lang::ParseResult parsed_;
};

// ---- scopes ----

class SymtableTest : public ::testing::Test {
protected:
    const lang::Scope& scope_of_function(const std::string& source, const std::string& name) {
        parsed_ = lang::parse(source);
        EXPECT_TRUE(parsed_.ok());
        result_ = lang::build_symtable(*parsed_.module);
        EXPECT_FALSE(result_.error.has_value()) << result_.error->message;
        const lang::Scope* found = find(result_.table->top(), name);
        EXPECT_NE(found, nullptr) << name;
        return *found;
    }
    static const lang::Scope* find(const lang::Scope* s, const std::string& name) {
        if (s->name == name) return s;
        for (const lang::Scope* c : s->children) {
            if (const lang::Scope* f = find(c, name)) return f;
        }
        return nullptr;
    }
    lang::ParseResult parsed_;
    lang::SymtableResult result_;
};

TEST_F(SymtableTest, ClosuresMakeCellsAndFreeVariables) {
    const char* src =
        "def outer(p):\n"
        "    x = 1\n"
        "    y = 2\n"
        "    def inner():\n"
        "        return x + p + g\n"
        "    return inner\n";
    const lang::Scope& outer = scope_of_function(src, "outer");
    EXPECT_EQ(outer.scope_of("x"), NameScope::Cell);
    EXPECT_EQ(outer.scope_of("p"), NameScope::Cell);
    EXPECT_EQ(outer.scope_of("y"), NameScope::Local);
    EXPECT_EQ(outer.cellvars, (std::vector<std::string>{"p", "x"}));  // sorted, as CPython
    const lang::Scope& inner = *outer.children[0];
    EXPECT_EQ(inner.scope_of("x"), NameScope::Free);
    EXPECT_EQ(inner.scope_of("g"), NameScope::GlobalImplicit);
    EXPECT_EQ(inner.freevars, (std::vector<std::string>{"p", "x"}));
}

TEST_F(SymtableTest, ClassBodiesAreInvisibleToMethods) {
    const char* src =
        "def f():\n"
        "    v = 1\n"
        "    class C:\n"
        "        v = 2\n"
        "        def m(self):\n"
        "            return v\n"
        "    return C\n";
    const lang::Scope& f = scope_of_function(src, "f");
    EXPECT_EQ(f.scope_of("v"), NameScope::Cell);
    const lang::Scope& c = *f.children[0];
    EXPECT_EQ(c.scope_of("v"), NameScope::Local);
    EXPECT_TRUE(c.flags_of("v") & lang::kDefFreeClass);
    EXPECT_EQ(c.freevars, (std::vector<std::string>{"v"}));
    EXPECT_EQ(c.children[0]->scope_of("v"), NameScope::Free);
}

TEST_F(SymtableTest, SuperNeedsTheClassCell) {
    const lang::Scope& c = scope_of_function("class C:\n    def m(self):\n        return super().m()\n", "C");
    EXPECT_TRUE(c.needs_class_closure);
    EXPECT_EQ(c.cellvars, (std::vector<std::string>{"__class__"}));
    EXPECT_EQ(c.children[0]->scope_of("__class__"), NameScope::Free);
}

TEST_F(SymtableTest, WalrusInComprehensionBindsInTheFunction) {
    const lang::Scope& f = scope_of_function("def f(d):\n    [y := v for v in d]\n    return y\n", "f");
    EXPECT_EQ(f.scope_of("y"), NameScope::Cell);
    EXPECT_EQ(f.children[0]->scope_of("y"), NameScope::Free);
    EXPECT_EQ(f.children[0]->scope_of("v"), NameScope::Local);
}

TEST_F(SymtableTest, GlobalAndNonlocalDeclarations) {
    const char* src =
        "def f():\n"
        "    global g\n"
        "    n = 0\n"
        "    def h():\n"
        "        nonlocal n\n"
        "        n += 1\n"
        "        return g\n"
        "    return h\n";
    const lang::Scope& f = scope_of_function(src, "f");
    EXPECT_EQ(f.scope_of("g"), NameScope::GlobalExplicit);
    EXPECT_EQ(f.children[0]->scope_of("n"), NameScope::Free);
    EXPECT_EQ(f.children[0]->scope_of("g"), NameScope::GlobalExplicit);  // inherited from f
}

TEST(Mangling, PrivateNamesInClasses) {
    EXPECT_EQ(lang::mangle("C", "__x"), "_C__x");
    EXPECT_EQ(lang::mangle("_C", "__x"), "_C__x");
    EXPECT_EQ(lang::mangle("C", "__x__"), "__x__");
    EXPECT_EQ(lang::mangle("C", "_x"), "_x");
    EXPECT_EQ(lang::mangle("__", "__x"), "__x");
    EXPECT_EQ(lang::mangle("", "__x"), "__x");
}

// ---- compile-time SyntaxErrors: messages and locations as CPython 3.13 reports them ----

struct ErrorCase {
    const char* source;
    const char* expected;  // "message @line:col-endline:endcol" (0-based columns)
};

const ErrorCase kErrorCases[] = {
    {"return 1", "'return' outside function @1:0-1:8"},
    {"yield 1", "'yield' outside function @1:0-1:7"},
    {"x = await f()", "'await' outside function @1:4-1:13"},
    {"def f():\n    await g()", "'await' outside async function @2:4-2:13"},
    {"def f():\n    async for x in y: pass", "'async for' outside async function @2:4-2:26"},
    {"def f():\n    async with y: pass", "'async with' outside async function @2:4-2:22"},
    {"break", "'break' outside loop @1:0-1:5"},
    {"continue", "'continue' not properly in loop @1:0-1:8"},
    {"while 1:\n    def f():\n        break", "'break' outside loop @3:8-3:13"},
    {"for x in y:\n    pass\nelse:\n    break", "'break' outside loop @4:4-4:9"},
    {"async def f():\n    yield 1\n    return 2", "'return' with value in async generator @3:4-3:12"},
    {"[(yield x) for x in y]", "'yield' inside list comprehension @1:2-1:9"},
    {"{(yield) for x in y}", "'yield' inside set comprehension @1:2-1:7"},
    {"((yield) for x in y)", "'yield' inside generator expression @1:2-1:7"},
    {"{x: (yield) for x in y}", "'yield' inside dict comprehension @1:5-1:10"},
    {"def f(x):\n    global x", "name 'x' is parameter and global @2:4-2:12"},
    {"def f():\n    print(x)\n    global x", "name 'x' is used prior to global declaration @3:4-3:12"},
    {"def f():\n    x = 1\n    global x", "name 'x' is assigned to before global declaration @3:4-3:12"},
    {"def f():\n    x: int = 1\n    global x", "annotated name 'x' can't be global @3:4-3:12"},
    {"nonlocal x", "nonlocal declaration not allowed at module level @1:0-1:10"},
    {"def f():\n    nonlocal x", "no binding for nonlocal 'x' found @2:4-2:14"},
    {"class C:\n    nonlocal x", "no binding for nonlocal 'x' found @2:4-2:14"},
    {"def f(a):\n    nonlocal a", "name 'a' is parameter and nonlocal @2:4-2:14"},
    {"def f():\n    x=1\n    def g():\n        global x\n        nonlocal x", "name 'x' is nonlocal and global @4:8-4:16"},
    {"async def f():\n    yield from g()", "'yield from' inside async function @2:4-2:18"},
    {"def f(x, x): pass", "duplicate argument 'x' in function definition @1:9-1:10"},
    {"lambda x, x: 1", "duplicate argument 'x' in function definition @1:10-1:11"},
    {"def f(a, *a): pass", "duplicate argument 'a' in function definition @1:10-1:11"},
    {"*a = 1", "starred assignment target must be in a list or tuple @1:0-1:2"},
    {"*a, *b = c", "multiple starred expressions in assignment @1:0-1:6"},
    {"print(*a)\n*a", "can't use starred expression here @2:0-2:2"},
    {"def f():\n    [x async for x in y]", "asynchronous comprehension outside of an asynchronous function @2:4-2:24"},
    {"def f():\n    x = [await z for x in y]",
     "asynchronous comprehension outside of an asynchronous function @2:8-2:28"},
    {"from x import *\ndef f():\n    from y import *", "import * only allowed at module level @3:18-3:19"},
    {"[i := 0 for i in range(3)]", "assignment expression cannot rebind comprehension iteration variable 'i' @1:1-1:2"},
    {"class C:\n    [(y := 1) for x in range(3)]",
     "assignment expression within a comprehension cannot be used in a class body @2:6-2:7"},
    {"async def f():\n    lambda: await x", "'await' outside async function @2:12-2:19"},
    {"def f():\n    class C:\n        return 1", "'return' outside function @3:8-3:16"},
    {"f(a=1, a=2)", "keyword argument repeated: a @1:7-1:10"},
};

TEST_F(CompilerTest, SyntaxErrorsMatchCPython) {
    for (const ErrorCase& c : kErrorCases) EXPECT_EQ(error_of(c.source), c.expected) << c.source;
}

TEST_F(CompilerTest, ValidProgramsCompile) {
    const char* ok[] = {
        "def f():\n    yield\n    return 1",
        "def f():\n    x = 1\n    del x\n    def g(): return x",
        "async def f():\n    [x for x in await y]",
        "def f():\n    (x async for x in y)",
        "async def f():\n    yield\n    return",
        "def f():\n    [x for x in (yield)]",
        "def f():\n    global __class__",
        "try:\n    pass\nexcept* ValueError:\n    pass",
    };
    for (const char* src : ok) EXPECT_EQ(error_of(src), "no error") << src;
}

// ---- warnings ----

TEST_F(CompilerTest, LikelyTyposWarnAsCPythonDoes) {
    vm::CompileResult r = compile("x = 1\nprint(x is 1)\nassert (x, 'msg')\nf = (1, 2)(3)\n[1, 2][1, 2]\n");
    ASSERT_TRUE(r.code);
    ASSERT_EQ(r.warnings.size(), 4u);
    EXPECT_EQ(r.warnings[0].message, "\"is\" with 'int' literal. Did you mean \"==\"?");
    EXPECT_EQ(r.warnings[0].lineno, 2);
    EXPECT_EQ(r.warnings[1].message, "assertion is always true, perhaps remove parentheses?");
    EXPECT_EQ(r.warnings[2].message, "'tuple' object is not callable; perhaps you missed a comma?");
    EXPECT_EQ(r.warnings[3].message, "list indices must be integers or slices, not tuple; perhaps you missed a comma?");
}

// ---- the code produced ----

int count_op(const vm::CodeObject& code, vm::Op op) {
    int n = 0;
    for (uint32_t w : code.code) n += vm::op_of(w) == op;
    return n;
}

const vm::CodeObject& nested_code(const vm::CodeObject& code, const std::string& name) {
    for (const vm::Value& v : code.consts) {
        if (v.is_obj() && v.as_obj()->type == vm::types().code) {
            auto* c = static_cast<vm::CodeObject*>(v.as_obj());
            if (c->name == name) return *c;
        }
    }
    ADD_FAILURE() << "no code object " << name;
    return code;
}

TEST_F(CompilerTest, EveryInstructionHasAPositionAndAHandlerSlot) {
    vm::CompileResult r = compile("try:\n    x = 1\nexcept ValueError as e:\n    print(e)\nfinally:\n    pass\n");
    ASSERT_TRUE(r.code);
    EXPECT_EQ(r.code->positions.size(), r.code->code.size());
    EXPECT_EQ(r.code->handler_at.size(), r.code->code.size());
    EXPECT_FALSE(r.code->handlers.empty());
    EXPECT_GT(r.code->stacksize, 0);
}

TEST_F(CompilerTest, FunctionsKnowTheirSignatureAndKind) {
    vm::CompileResult r = compile(
        "def f(a, b, /, c, *args, d, e=1, **kw): pass\n"
        "def g(): yield 1\n"
        "async def h(): pass\n"
        "async def ag(): yield 1\n");
    ASSERT_TRUE(r.code);
    const vm::CodeObject& f = nested_code(*r.code, "f");
    EXPECT_EQ(f.argcount, 3);
    EXPECT_EQ(f.posonlyargcount, 2);
    EXPECT_EQ(f.kwonlyargcount, 2);
    EXPECT_TRUE(f.flags & vm::kCoVarargs);
    EXPECT_TRUE(f.flags & vm::kCoVarKeywords);
    ASSERT_GE(f.varnames.size(), 7u);
    EXPECT_EQ(f.varnames[5]->utf8(), "args");  // positional, keyword-only, *args, **kwargs
    EXPECT_EQ(f.varnames[6]->utf8(), "kw");
    EXPECT_TRUE(nested_code(*r.code, "g").flags & vm::kCoGenerator);
    EXPECT_TRUE(nested_code(*r.code, "h").flags & vm::kCoCoroutine);
    EXPECT_TRUE(nested_code(*r.code, "ag").flags & vm::kCoAsyncGenerator);
}

TEST_F(CompilerTest, QualnamesFollowCPython) {
    vm::CompileResult r = compile(
        "class C:\n"
        "    def m(self):\n"
        "        def inner(): pass\n"
        "def f():\n"
        "    global g\n"
        "    def g(): pass\n");
    ASSERT_TRUE(r.code);
    const vm::CodeObject& c = nested_code(*r.code, "C");
    const vm::CodeObject& m = nested_code(c, "m");
    EXPECT_EQ(m.qualname, "C.m");
    EXPECT_EQ(nested_code(m, "inner").qualname, "C.m.<locals>.inner");
    EXPECT_EQ(nested_code(nested_code(*r.code, "f"), "g").qualname, "g");
}

TEST_F(CompilerTest, SwapsWithoutBuildingATuple) {
    vm::CompileResult r = compile("a = 1\nb = 2\na, b = b, a\n");
    ASSERT_TRUE(r.code);
    EXPECT_EQ(count_op(*r.code, vm::Op::BUILD_TUPLE), 0);
    EXPECT_EQ(count_op(*r.code, vm::Op::UNPACK_SEQUENCE), 0);
    EXPECT_EQ(count_op(*r.code, vm::Op::SWAP), 1);
}

TEST_F(CompilerTest, ConstantTuplesAndNegativeNumbersAreFolded) {
    vm::CompileResult r = compile("x = (1, 2, 'three')\ny = -5\n");
    ASSERT_TRUE(r.code);
    EXPECT_EQ(count_op(*r.code, vm::Op::BUILD_TUPLE), 0);
    EXPECT_EQ(count_op(*r.code, vm::Op::UNARY_OP), 0);
}

TEST_F(CompilerTest, DocstringsAreCleanedAsIn313) {
    vm::CompileResult r = compile("def f():\n    \"\"\"First.\n\n        Indented.\n      More.\n    \"\"\"\n");
    ASSERT_TRUE(r.code);
    const vm::CodeObject& f = nested_code(*r.code, "f");
    ASSERT_FALSE(f.consts.empty());
    EXPECT_EQ(static_cast<vm::StrObject*>(f.consts[0].as_obj())->utf8(), "First.\n\n  Indented.\nMore.\n");
}

TEST_F(CompilerTest, DisassemblyNamesOperands) {
    vm::CompileResult r = compile("def f(x):\n    return x + 1\n");
    ASSERT_TRUE(r.code);
    std::string dis = vm::disassemble(*r.code);
    EXPECT_NE(dis.find("MAKE_FUNCTION"), std::string::npos) << dis;
    EXPECT_NE(dis.find("LOAD_FAST"), std::string::npos) << dis;
    EXPECT_NE(dis.find("0 (x)"), std::string::npos) << dis;
    EXPECT_NE(dis.find("0 (+)"), std::string::npos) << dis;
}

TEST(Opcodes, StackEffectsComeFromTheList) {
    EXPECT_EQ(vm::stack_effect(vm::Op::BUILD_LIST, 3, false), -2);
    EXPECT_EQ(vm::stack_effect(vm::Op::CALL, 2, false), -3);
    EXPECT_EQ(vm::stack_effect(vm::Op::FOR_ITER, 0, false), 1);
    EXPECT_EQ(vm::stack_effect(vm::Op::FOR_ITER, 0, true), -1);
    EXPECT_EQ(vm::stack_effect(vm::Op::MAKE_FUNCTION, vm::kHasDefaults | vm::kHasClosure, false), -2);
    EXPECT_STREQ(vm::op_name(vm::Op::YIELD_VALUE), "YIELD_VALUE");
    EXPECT_TRUE(vm::op_is_jump(vm::Op::SEND));
    EXPECT_FALSE(vm::op_is_jump(vm::Op::CALL));
}

}  // namespace
}  // namespace loopscope
