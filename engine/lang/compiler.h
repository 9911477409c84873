// The compiler's internals, shared by compiler*.cpp (the public entry is vm/compile.h).
//
// One Compiler per module. It walks the AST with the symbol table at hand and emits
// instructions into a CodeUnit per code object (module, function, lambda, class body,
// comprehension); finishing a unit assembles it into a vm::CodeObject: labels resolved,
// stack depths computed by flow analysis, handler depths filled in.
//
// The source is split by concern:
//   compiler.cpp        units, emission, names, assembly, the entry point
//   compiler_expr.cpp   expressions (operators, calls, displays, f-strings, unpacking)
//   compiler_stmt.cpp   statements and control flow (if/while/for/break/continue/return)
//   compiler_func.cpp   functions, lambdas, classes, decorators, imports
//   compiler_comp.cpp   comprehensions and generator expressions
//   compiler_exc.cpp    try/except/finally, except*, with, raise, assert, yield/await
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"
#include "lang/parser.h"
#include "lang/symtable.h"
#include "lang/syntax_error.h"
#include "vm/code.h"
#include "vm/opcodes.h"

namespace loopscope::lang {

using vm::Op;

// A jump target; bound to an instruction index with Compiler::bind().
struct Label {
    int id = -1;
    bool valid() const { return id >= 0; }
};

// Where an exception raised inside a protected range goes (see push_handler).
struct HandlerInfo {
    Label target;
    int setup_instr = 0;  // first instruction it covers: its stack depth is the handler's depth
    int depth_adjust = 0; // added to that depth (with-statements drop the __enter__ result)
};

// What break/continue/return must clean up on their way out (CPython's fblocks).
enum class FBlockKind : uint8_t {
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
    PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
};

struct FBlock {
    FBlockKind kind;
    Label block;  // loops: where `continue` goes
    Label exit;   // loops: where `break` goes
    const void* datum = nullptr;  // FinallyTry: the finalbody; HandlerCleanup: the name (string)
    size_t handlers_outside = 0;  // handler-stack size outside this block
    vm::Position where;           // With: the with statement's location
};

struct Instr {
    uint32_t word;     // vm::encode(op, arg); jump args are label ids until assembly
    vm::Position pos;
    int32_t handler;   // index into CodeUnit::handlers of the innermost active handler, or -1
};

// The code object being built.
struct CodeUnit {
    Scope* scope = nullptr;
    std::string name;
    std::string qualname;
    std::string private_name;  // enclosing class, for name mangling
    int firstlineno = 1;
    uint32_t flags = 0;
    int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;

    std::vector<Instr> instrs;
    std::vector<int> label_pos;  // label id -> instruction index (-1 unbound)
    std::vector<HandlerInfo> handlers;
    std::vector<int> handler_stack;  // active handlers, innermost last
    std::vector<FBlock> fblocks;

    std::vector<vm::Value> consts;
    std::map<std::string, uint32_t> const_keys;  // dedup of simple constants
    std::vector<std::string> names;
    std::unordered_map<std::string, uint32_t> name_index;
    std::vector<std::string> varnames;
    std::unordered_map<std::string, uint32_t> varname_index;
    std::vector<uint32_t> global_site_names;  // name index per LOAD_GLOBAL site
    std::vector<uint32_t> attr_site_names;    // name index per LOAD_ATTR/LOAD_METHOD site

    vm::Position loc;  // location given to emitted instructions
    std::set<std::string> static_attributes;  // class units: self.X stored in methods
};

// A docstring as CPython 3.13 stores it: indentation removed (_PyCompile_CleanDoc).
std::string cleaned_docstring(const std::string& raw);

struct CompileAbort {
    SyntaxError error;
};

class Compiler {
public:
    Compiler(const SymbolTable& table, std::string filename);
    vm::Ref<vm::CodeObject> compile_module(const ast::Module& module);
    vm::Ref<vm::CodeObject> compile_expression(const ast::expr& e);

    // ---- emission (compiler.cpp) ----
    void emit(Op op, uint32_t arg = 0);
    void emit_jump(Op op, Label target);
    Label new_label();
    void bind(Label label);
    uint32_t add_const(vm::Value v);
    uint32_t const_none();
    uint32_t const_int(int64_t i);
    uint32_t const_str(const std::string& s);
    void load_const(vm::Value v) { emit(Op::LOAD_CONST, add_const(std::move(v))); }
    void load_none() { emit(Op::LOAD_CONST, const_none()); }
    uint32_t add_name(const std::string& name);
    uint32_t add_varname(const std::string& name);
    uint32_t global_site(const std::string& name);
    uint32_t attr_site(const std::string& name);
    // Protected ranges: instructions emitted between push and pop send exceptions to `target`.
    void push_handler(Label target, int depth_adjust = 0);
    void pop_handler();
    void set_loc(const ast::node& n);
    void set_loc(const vm::Position& p) { u_->loc = p; }
    vm::Position loc_of(const ast::node& n) const;
    // CPython's update_start_location_to_match_attr: an attribute (or method call) on a later
    // line than its object starts at the attribute's name.
    vm::Position loc_matching_attr(vm::Position loc, const ast::Attribute& attr) const;
    [[noreturn]] void error(const ast::node& n, const std::string& message);
    void warn(const ast::node& n, const std::string& message);
    // CPython's compile-time checks for likely typos (missing commas, `is` with literals).
    void check_compare(const ast::Compare& e);
    void check_caller(const ast::expr& func);
    void check_subscript(const ast::Subscript& s);
    std::vector<SyntaxWarning> warnings;

    // ---- units and names (compiler.cpp) ----
    void enter_unit(Scope* scope, std::string name, int firstlineno);
    vm::Ref<vm::CodeObject> leave_unit();
    std::string mangle_name(const std::string& name) const;
    void name_op(const std::string& name, ast::ExprContext ctx);
    int cell_index(const std::string& name);  // index into the frame's cell slots (cells, then frees)
    // `handlers_outside`: the handler-stack size that applies once the block is unwound
    // (default: the current size).
    void push_fblock(FBlockKind kind, Label block, Label exit, const void* datum = nullptr,
                     size_t handlers_outside = SIZE_MAX);
    void pop_fblock(FBlockKind kind);
    vm::Value constant_value(const ast::ConstantValue& c);
    bool is_top_level_function_like() const;

    // ---- expressions (compiler_expr.cpp) ----
    void expr(const ast::expr& e);
    void exprs(const std::vector<ast::expr*>& es) { for (const ast::expr* e : es) expr(*e); }
    void bool_op(const ast::BoolOp& e);
    void compare(const ast::Compare& e);
    void jump_if(const ast::expr& e, bool when_true, Label target);
    void call(const ast::Call& e);
    void call_helper(size_t n_pushed, const std::vector<ast::expr*>& args,
                     const std::vector<ast::keyword*>& keywords, const ast::node& where,
                     const ast::Attribute* method = nullptr);
    void starred_call(size_t n_pushed, const std::vector<ast::expr*>& args,
                      const std::vector<ast::keyword*>& keywords);
    bool folded_constants(const std::vector<ast::expr*>& elts, std::vector<vm::Value>& out);
    void sequence_display(const std::vector<ast::expr*>& elts, Op build, Op add, Op extend,
                          bool to_tuple);
    void dict_display(const ast::Dict& d);
    void joined_str(const ast::JoinedStr& e);
    void formatted_value(const ast::FormattedValue& e);
    void subscript(const ast::Subscript& e);
    void slice_parts(const ast::Slice& s);
    void attribute(const ast::Attribute& e);
    void store_target(const ast::expr& target);
    void unpack_helper(const std::vector<ast::expr*>& elts, const ast::node& where);
    void named_expr(const ast::NamedExpr& e);

    // ---- statements (compiler_stmt.cpp) ----
    void stmt(const ast::stmt& s);
    void body(const std::vector<ast::stmt*>& stmts) { for (const ast::stmt* s : stmts) stmt(*s); }
    void assign(const ast::Assign& s);
    void aug_assign(const ast::AugAssign& s);
    void ann_assign(const ast::AnnAssign& s);
    void delete_target(const ast::expr& e);
    void if_stmt(const ast::If& s);
    void while_stmt(const ast::While& s);
    void for_stmt(const ast::ForBase& s);
    void async_for_stmt(const ast::ForBase& s);
    void return_stmt(const ast::Return& s);
    void break_stmt(const ast::stmt& s);
    void continue_stmt(const ast::stmt& s);
    // Emits the cleanup of every fblock up to the innermost loop (when `loop` is wanted) or
    // all of them; keeps the value on top of the stack when `preserve_tos`.
    // Leaves the handler stack as it is outside the last block unwound: callers restore it
    // after emitting their jump or return.
    std::optional<FBlock> unwind_fblock_stack(const ast::node& where, bool preserve_tos,
                                              bool stop_at_loop);
    void unwind_fblock(const FBlock& block, bool preserve_tos);
    bool find_docstring(const std::vector<ast::stmt*>& body, std::string& doc) const;

    // ---- functions, classes, imports (compiler_func.cpp) ----
    void function_def(const ast::FunctionDefBase& f);
    void lambda(const ast::Lambda& e);
    void class_def(const ast::ClassDef& c);
    // Pushes defaults / kwdefaults / annotations as MAKE_FUNCTION expects; returns its flags.
    uint32_t function_prelude(const ast::arguments& args, const ast::expr* returns,
                              bool with_annotations);
    void make_closure(vm::Ref<vm::CodeObject> code, uint32_t flags);
    void set_signature(const ast::arguments& args);
    void compute_qualname();
    void import_stmt(const ast::Import& s);
    void import_from(const ast::ImportFrom& s);
    void apply_decorators(const std::vector<ast::expr*>& decorators);
    void note_static_attribute(const ast::Attribute& a);

    // ---- comprehensions (compiler_comp.cpp) ----
    void comprehension(const ast::expr& e, const std::vector<ast::comprehension*>& generators,
                       const ast::expr* elt, const ast::expr* value);
    void comprehension_generator(const std::vector<ast::comprehension*>& generators, size_t index,
                                 int depth, const ast::expr* elt, const ast::expr* value,
                                 ComprehensionKind kind);
    void async_comprehension_generator(const std::vector<ast::comprehension*>& generators,
                                       size_t index, int depth, const ast::expr* elt,
                                       const ast::expr* value, ComprehensionKind kind);
    void comprehension_element(const ast::expr* elt, const ast::expr* value, int depth,
                               ComprehensionKind kind);

    // ---- exceptions, with, generators (compiler_exc.cpp) ----
    void try_stmt(const ast::TryBase& s);
    void try_except(const ast::TryBase& s);
    void try_finally(const ast::TryBase& s);
    void try_star_except(const ast::TryBase& s);
    void with_stmt(const ast::WithBase& s, size_t item);
    void async_with_stmt(const ast::WithBase& s, size_t item);
    void with_except_finish(Label cleanup);
    void call_exit_with_nones();
    void raise_stmt(const ast::Raise& s);
    void assert_stmt(const ast::Assert& s);
    void yield_expr(const ast::Yield& e);
    void yield_from_expr(const ast::YieldFrom& e);
    void await_expr(const ast::Await& e);
    // The SEND/YIELD_VALUE loop of `yield from` and `await`: [iter, value] → [result].
    void yield_from_loop(bool await);
    void pop_except_and_reraise();

    CodeUnit* u_ = nullptr;

private:
    const SymbolTable& table_;
    std::string filename_;
    std::vector<std::unique_ptr<CodeUnit>> stack_;
    bool interactive_ = false;

    vm::Ref<vm::CodeObject> assemble(CodeUnit& unit);
};

}  // namespace loopscope::lang
