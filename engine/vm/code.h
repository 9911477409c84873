// CodeObject: the compiled form of one function, class body, comprehension or module — the
// Python object of type `code`. Immutable once built, except for the inline caches of
// LOAD_GLOBAL / LOAD_ATTR / LOAD_METHOD sites, which only speed lookups up.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/object.h"
#include "vm/opcodes.h"

namespace loopscope::vm {

struct StrObject;
struct DictObject;
struct TypeObject;

// co_flags, with CPython's values where CPython has the flag.
enum CodeFlag : uint32_t {
    kCoOptimized = 0x1,         // fast locals (function-like scopes)
    kCoNewLocals = 0x2,
    kCoVarargs = 0x4,           // has *args
    kCoVarKeywords = 0x8,       // has **kwargs
    kCoNested = 0x10,
    kCoGenerator = 0x20,
    kCoCoroutine = 0x80,
    kCoIterableCoroutine = 0x100,
    kCoAsyncGenerator = 0x200,
    // loopscope's own: a list/set/dict comprehension. CPython 3.12+ inlines these into the
    // enclosing function (PEP 709), so their frames never show in tracebacks; ours are nested
    // functions whose frames stay hidden the same way.
    kCoInlinedComprehension = 0x100000,
};

// Source span of one instruction (what tracebacks print and underline). Lines are 1-based;
// columns 0-based UTF-8 byte offsets; col -1 when unknown.
struct Position {
    int32_t lineno = 0;
    int32_t end_lineno = 0;
    int32_t col = -1;
    int32_t end_col = -1;
};

// Where an exception raised by an instruction goes: cut the value stack to `depth` items,
// push the exception, continue at `target`.
struct ExceptionHandler {
    uint32_t target = 0;
    uint32_t depth = 0;
};

// Inline cache of a LOAD_GLOBAL site. Valid while both dicts keep the versions recorded
// (a dict's version changes whenever a key is added or removed, which is also the only time
// its entries array is rearranged), so the entry index still names the same key.
struct GlobalSite {
    uint32_t name_index = 0;
    const DictObject* globals = nullptr;
    uint64_t globals_version = UINT64_MAX;
    const DictObject* builtins = nullptr;
    uint64_t builtins_version = UINT64_MAX;
    int32_t entry = -1;        // index into the dict's entries
    bool in_builtins = false;  // the entry is in builtins (globals has no such key)
};

// What an attribute site learned about `name` on instances of one class — plain
// InstanceObjects of a user class without __getattribute__, or exact instances of the
// dict-less builtin types: valid while interp().type_epoch is unchanged.
enum class AttrKind : uint8_t {
    None,          // nothing cached
    InstanceOnly,  // no class attribute: only the instance dict can have it
    ClassAttr,     // a non-data class attribute (the instance dict wins over it)
    Method,        // a Python function on the class: binds (or LOAD_METHOD passes self)
    // Instances of exact builtin types that never have an instance dict (str, list, ...):
    BuiltinMethod,  // a builtin method (NativeFunctionObject to bind)
    BuiltinAttr,    // anything else found on the type (bound through the descriptor protocol)
};

// Inline cache of a LOAD_ATTR / LOAD_METHOD / STORE_ATTR site.
struct AttrSite {
    uint32_t name_index = 0;
    AttrKind kind = AttrKind::None;
    const TypeObject* type = nullptr;
    uint64_t epoch = 0;
    Value attr;  // ClassAttr / Method: the attribute found on the class's MRO
    // Where the name was last found in an instance dict: instances of one class usually get
    // their attributes in the same order, so the entry index repeats (a guess, checked).
    uint32_t dict_hint = 0;
};

struct CodeObject : Object {
    void clear_references() override;
    size_t footprint() const override;

    // ---- the instructions and what runs parallel to them ----
    std::vector<uint32_t> code;           // encode(op, arg) words
    std::vector<Position> positions;      // line table: one entry per instruction
    std::vector<int32_t> handler_at;      // per instruction: index into handlers, or -1
    std::vector<ExceptionHandler> handlers;

    // ---- operands ----
    std::vector<Value> consts;
    std::vector<Ref<StrObject>> names;     // interned: globals, attributes, imports
    std::vector<Ref<StrObject>> varnames;  // fast locals; parameters first
    std::vector<Ref<StrObject>> cellvars;  // locals captured by inner functions
    std::vector<Ref<StrObject>> freevars;  // variables captured from outer functions
    // For each cellvar that is also a parameter: the parameter's index in varnames, else -1.
    // The argument is moved into the new cell when the frame starts.
    std::vector<int32_t> cell_from_arg;
    mutable std::vector<GlobalSite> global_sites;
    mutable std::vector<AttrSite> attr_sites;

    // ---- signature ----
    int argcount = 0;          // positional parameters, positional-only ones included
    int posonlyargcount = 0;
    int kwonlyargcount = 0;
    uint32_t flags = 0;
    int stacksize = 0;         // maximum value-stack depth, computed by the assembler

    std::string name;          // co_name: "f", "<module>", "<lambda>", "<genexpr>"
    std::string qualname;      // co_qualname: "C.f.<locals>.g"
    std::string filename;
    int firstlineno = 1;

    // The frame layout: fast locals, then cells (cellvars, then freevars), then the stack.
    // Sizes are fixed once the code is built (finish_layout()), and read on every call.
    uint32_t n_locals = 0;
    uint32_t n_cells = 0;
    uint32_t n_localsplus = 0;
    uint32_t n_slots = 0;  // localsplus + stack
    void finish_layout() {
        n_locals = uint32_t(varnames.size());
        n_cells = uint32_t(cellvars.size() + freevars.size());
        n_localsplus = n_locals + n_cells;
        n_slots = n_localsplus + uint32_t(stacksize);
    }
    size_t nlocals() const { return n_locals; }
    size_t ncells() const { return n_cells; }
    size_t nlocalsplus() const { return n_localsplus; }
    // The name of slot `i` of the frame's locals-plus area.
    StrObject* localsplus_name(size_t i) const;
    // Number of parameters, counting *args and **kwargs.
    int total_args() const {
        return argcount + kwonlyargcount + ((flags & kCoVarargs) ? 1 : 0) +
               ((flags & kCoVarKeywords) ? 1 : 0);
    }
    bool is_generator_like() const {
        return flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator);
    }
};

// A new empty code object of type `code`.
Ref<CodeObject> make_code();

// Human-readable listing, one instruction a line, like Python's dis module:
//   "  3       12 LOAD_FAST                0 (x)". With `recursive`, nested code objects too.
std::string disassemble(const CodeObject& code, bool recursive = true);

// The `code` type's attributes (co_name, co_varnames, ...); run once per Interp.
void install_code_type();

}  // namespace loopscope::vm
