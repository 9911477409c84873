// Scope analysis (CPython's symtable.c): decides for every name in every block whether it is
// a local, a global, a free variable or a cell, and reports the SyntaxErrors CPython raises
// from its symbol table (global/nonlocal misuse, duplicate arguments, walrus restrictions,
// 'yield' inside comprehensions, async comprehensions outside async functions).
//
// Two passes, as in CPython: the first collects raw facts per block (bound here, used here,
// declared global...), the second resolves them top-down, passing the names bound in
// enclosing functions to nested blocks, and bottom-up, turning locals that nested blocks
// capture into cells.
//
// Comprehensions are blocks of their own (CPython <= 3.11's layout, which the compiler turns
// into nested functions); the names they can see are exactly those CPython 3.13 gives them.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"
#include "lang/syntax_error.h"

namespace loopscope::lang {

enum class BlockKind : uint8_t { Module, Class, Function, Comprehension };
enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

// Where a name lives at run time.
enum class NameScope : uint8_t {
    Local,           // fast local (functions) or the locals mapping (module, class)
    GlobalExplicit,  // `global x`, or inherited from an enclosing `global x`
    GlobalImplicit,  // not bound anywhere enclosing: globals, then builtins
    Free,            // bound in an enclosing function: reached through a cell
    Cell,            // local here and captured by a nested function
};

// Raw facts about a name in one block.
enum SymbolFlag : uint32_t {
    kDefGlobal = 1u << 0,     // `global x`
    kDefLocal = 1u << 1,      // assigned, deleted, def/class/import target
    kDefParam = 1u << 2,      // parameter
    kDefNonlocal = 1u << 3,   // `nonlocal x`
    kUse = 1u << 4,           // read
    kDefFreeClass = 1u << 5,  // class block: free in a method and bound in the class too
    kDefImport = 1u << 6,
    kDefAnnot = 1u << 7,      // annotated (x: int)
    kDefCompIter = 1u << 8,   // comprehension iteration variable
    kDefBound = kDefLocal | kDefParam | kDefImport,
};

struct Symbol {
    std::string name;
    uint32_t flags = 0;
    NameScope scope = NameScope::GlobalImplicit;
};

struct Scope {
    BlockKind kind = BlockKind::Module;
    ComprehensionKind comprehension = ComprehensionKind::None;
    std::string name;           // "top", function or class name, "<lambda>", "<listcomp>"...
    const void* node = nullptr; // the AST node that opened the block
    Scope* parent = nullptr;
    std::vector<Scope*> children;

    std::vector<Symbol> symbols;              // in order of first appearance
    std::unordered_map<std::string, size_t> index;
    std::vector<std::string> params;          // parameter names in co_varnames order

    bool is_async_def = false;  // async def (or an async comprehension)
    bool is_lambda = false;
    bool is_generator = false;  // contains yield / yield from (or is a generator expression)
    bool is_coroutine = false;  // async def, or a comprehension that awaits
    bool nested = false;        // inside a function
    bool has_free = false;      // has free variables
    bool child_free = false;    // some nested block has free variables
    bool has_varargs = false;
    bool has_varkeywords = false;
    bool needs_class_closure = false;  // class block: a method uses __class__ / super()
    // Set during the first pass only.
    int comp_iter_expr = 0;
    bool comp_iter_target = false;

    // Filled by the analysis.
    std::vector<std::string> cellvars;  // sorted, as CPython sorts them
    std::vector<std::string> freevars;  // sorted

    bool is_function_like() const {
        return kind == BlockKind::Function || kind == BlockKind::Comprehension;
    }
    const Symbol* lookup(const std::string& name) const;
    // The resolved scope of `name` (GlobalImplicit for names the block never mentions).
    NameScope scope_of(const std::string& name) const;
    uint32_t flags_of(const std::string& name) const;
};

class SymbolTable {
public:
    Scope* top() const { return top_; }
    // The block opened by `node` (a FunctionDef, Lambda, ClassDef or comprehension node).
    Scope* scope_for(const void* node) const;

private:
    friend class SymtableBuilder;
    std::vector<std::unique_ptr<Scope>> scopes_;
    std::unordered_map<const void*, Scope*> by_node_;
    Scope* top_ = nullptr;
};

// Builds the table for a module, or returns the first SyntaxError CPython's symtable would.
struct SymtableResult {
    std::unique_ptr<SymbolTable> table;
    std::optional<SyntaxError> error;
};
SymtableResult build_symtable(const ast::Module& module);

// Private name mangling: `__x` inside class `C` is `_C__x` (not dunders, not dotted names).
std::string mangle(const std::string& class_name, const std::string& name);

}  // namespace loopscope::lang
