// The bytecode instruction set: ONE list, from which the enum, the names, the disassembler,
// the stack-depth computation and the cost table all come.
//
// Encoding: every instruction is one 32-bit word, `op | arg << 8` — an 8-bit opcode and a
// 24-bit argument (no EXTENDED_ARG: 16M constants, names or jump targets is plenty). Jump
// arguments are absolute instruction indices.
//
// Each entry is X(NAME, FLOW, EFFECT, JUMP_EFFECT, "doc"):
//   FLOW         Seq (falls through), Branch (falls through or jumps), Jump (always jumps),
//                Exit (leaves the frame: return, raise).
//   EFFECT       net stack-depth change when the instruction falls through, as an expression
//                of `arg`.
//   JUMP_EFFECT  net change when it jumps (0 for instructions that never jump).
// Stack pictures in the docs read bottom → top: "[a, b] → [c]" pops b and a, pushes c.
// "null" is the Empty Value (the NULL of CPython's calling convention).
//
// Exception handling is table-driven (CPython 3.11+'s "zero-cost" exceptions): no SETUP
// instructions; CodeObject::handler_at maps each instruction to its innermost handler, which
// says where to jump and how deep to cut the stack before pushing the exception.
#pragma once

#include <cstdint>

namespace loopscope::vm {

#define LS_OPCODES(X)                                                                          \
    /* ---- stack ---- */                                                                      \
    X(NOP, Seq, 0, 0, "does nothing; keeps a line number (e.g. for `pass`)")                   \
    X(POP_TOP, Seq, -1, 0, "[v] → []")                                                         \
    X(PUSH_NULL, Seq, 1, 0, "[] → [null]: the empty self slot of a call")                      \
    X(COPY, Seq, 1, 0, "push a copy of the arg-th value from the top (COPY 1 duplicates top)") \
    X(SWAP, Seq, 0, 0, "swap the top with the arg-th value from the top")                      \
    X(LOAD_CONST, Seq, 1, 0, "push consts[arg]")                                               \
    /* ---- local, cell and name variables ---- */                                            \
    X(LOAD_FAST, Seq, 1, 0, "push fast local arg; UnboundLocalError if unbound")               \
    X(STORE_FAST, Seq, -1, 0, "pop into fast local arg")                                       \
    X(DELETE_FAST, Seq, 0, 0, "unbind fast local arg; UnboundLocalError if unbound")           \
    X(LOAD_DEREF, Seq, 1, 0, "push the content of cell arg (cells follow the fast locals)")    \
    X(STORE_DEREF, Seq, -1, 0, "pop into cell arg")                                            \
    X(DELETE_DEREF, Seq, 0, 0, "empty cell arg")                                               \
    X(LOAD_CLOSURE, Seq, 1, 0, "push cell arg itself (to build a closure tuple)")              \
    X(LOAD_CLASSDEREF, Seq, 1, 0,                                                              \
      "class body reading a free variable: the class namespace first, then cell arg")         \
    X(LOAD_NAME, Seq, 1, 0, "push names[arg] from locals, globals or builtins")                \
    X(STORE_NAME, Seq, -1, 0, "pop into the locals mapping under names[arg]")                  \
    X(DELETE_NAME, Seq, 0, 0, "delete names[arg] from the locals mapping")                     \
    X(LOAD_GLOBAL, Seq, 1 + (arg & 1), 0,                                                      \
      "push global site arg >> 1's name from globals or builtins (cached); arg & 1: then null") \
    X(STORE_GLOBAL, Seq, -1, 0, "pop into globals[names[arg]]")                                \
    X(DELETE_GLOBAL, Seq, 0, 0, "delete globals[names[arg]]")                                  \
    /* ---- attributes and items ---- */                                                      \
    X(LOAD_ATTR, Seq, 0, 0, "[obj] → [obj.name] (attribute site arg)")                         \
    X(LOAD_METHOD, Seq, 1, 0,                                                                  \
      "[obj] → [func, obj] for an unbound method, else [obj.name, null] (attribute site arg)") \
    X(STORE_ATTR, Seq, -2, 0, "[value, obj] → []: obj.name = value (attribute site arg)")      \
    X(DELETE_ATTR, Seq, -1, 0, "[obj] → []: del obj.names[arg]")                               \
    X(BINARY_SUBSCR, Seq, -1, 0, "[obj, key] → [obj[key]]")                                    \
    X(STORE_SUBSCR, Seq, -3, 0, "[value, obj, key] → []: obj[key] = value")                    \
    X(DELETE_SUBSCR, Seq, -2, 0, "[obj, key] → []: del obj[key]")                              \
    X(BUILD_SLICE, Seq, 1 - arg, 0, "[start, stop(, step)] → [slice]; arg is 2 or 3")          \
    X(BINARY_SLICE, Seq, -2, 0, "[obj, start, stop] → [obj[start:stop]]")                      \
    X(STORE_SLICE, Seq, -4, 0, "[value, obj, start, stop] → []: obj[start:stop] = value")      \
    /* ---- operators ---- */                                                                 \
    X(BINARY_OP, Seq, -1, 0, "[a, b] → [a op b]; arg = protocol BinOp, | 0x100 for in-place") \
    X(UNARY_OP, Seq, 0, 0, "[a] → [op a]; arg = protocol UnaryOp")                             \
    X(UNARY_NOT, Seq, 0, 0, "[a] → [not a]")                                                   \
    X(COMPARE_OP, Seq, -1, 0, "[a, b] → [a cmp b]; arg = protocol CmpOp")                      \
    X(IS_OP, Seq, -1, 0, "[a, b] → [a is b] (arg 1: is not)")                                  \
    X(CONTAINS_OP, Seq, -1, 0, "[a, b] → [a in b] (arg 1: not in)")                            \
    /* ---- control flow ---- */                                                              \
    X(JUMP, Jump, 0, 0, "jump forward to arg")                                                 \
    X(JUMP_BACKWARD, Jump, 0, 0, "jump back to arg (loops: checks the step budget)")           \
    X(POP_JUMP_IF_FALSE, Branch, -1, -1, "[v] → []; jump to arg if v is falsy")                \
    X(POP_JUMP_IF_TRUE, Branch, -1, -1, "[v] → []; jump to arg if v is truthy")                \
    X(POP_JUMP_IF_NONE, Branch, -1, -1, "[v] → []; jump to arg if v is None")                  \
    X(POP_JUMP_IF_NOT_NONE, Branch, -1, -1, "[v] → []; jump to arg if v is not None")          \
    X(JUMP_IF_FALSE_OR_POP, Branch, -1, 0, "`and`: if top is falsy jump to arg keeping it, else pop") \
    X(JUMP_IF_TRUE_OR_POP, Branch, -1, 0, "`or`: if top is truthy jump to arg keeping it, else pop") \
    X(GET_ITER, Seq, 0, 0, "[obj] → [iter(obj)]")                                              \
    X(FOR_ITER, Branch, 1, -1,                                                                 \
      "[it] → [it, next(it)]; when exhausted pop it and jump to arg")                         \
    X(RETURN_VALUE, Exit, -1, 0, "[v] → return v")                                             \
    X(RETURN_CONST, Exit, 0, 0, "return consts[arg]")                                          \
    /* ---- generators and coroutines ---- */                                                 \
    X(YIELD_VALUE, Seq, 0, 0,                                                                  \
      "[v] → suspend yielding v; on resumption [sent]. arg 1: inside yield from / await")     \
    X(SEND, Branch, 0, 0,                                                                      \
      "[it, v] → [it, it.send(v)]; when it returns r, [it, r] and jump to arg (END_SEND)")    \
    X(END_SEND, Seq, -1, 0, "[it, r] → [r]")                                                   \
    X(CLEANUP_THROW, Seq, -1, 0,                                                               \
      "handler of a yield-from loop: [it, last, exc] → [None, exc.value] for StopIteration, " \
      "else re-raise exc")                                                                    \
    X(GET_YIELD_FROM_ITER, Seq, 0, 0, "[obj] → [iter(obj)] (coroutines pass through as is)")   \
    X(GET_AWAITABLE, Seq, 0, 0,                                                                \
      "[obj] → [awaitable iterator]; arg 1: after __aenter__, 2: after __aexit__ (messages)") \
    X(GET_AITER, Seq, 0, 0, "[obj] → [obj.__aiter__()]")                                       \
    X(GET_ANEXT, Seq, 1, 0, "[ait] → [ait, awaitable of ait.__anext__()]")                     \
    X(END_ASYNC_FOR, Seq, -2, 0,                                                               \
      "handler of async for: [ait, exc] → [] if exc is StopAsyncIteration, else re-raise")    \
    X(ASYNC_GEN_WRAP, Seq, 0, 0, "[v] → [wrapped v]: marks a value yielded by an async generator") \
    /* ---- exceptions ---- */                                                                \
    X(RAISE_VARARGS, Exit, -arg, 0, "raise (arg 0: re-raise, 1: [exc], 2: [exc, cause])")      \
    X(RERAISE, Exit, -1, 0, "[exc] → raise exc again, adding no traceback entry")              \
    X(PUSH_EXC_INFO, Seq, 1, 0,                                                                \
      "[exc] → [marker, exc]; exc becomes the exception being handled")                       \
    X(POP_EXCEPT, Seq, -1, 0,                                                                  \
      "[marker] → []; the exception being handled reverts to the previous one")               \
    X(CHECK_EXC_MATCH, Seq, 0, 0, "[exc, type] → [exc, isinstance(exc, type)]")                \
    X(CHECK_EG_MATCH, Seq, 0, 0,                                                               \
      "except*: [eg, type] → [rest, match] (match None: no match, and rest is eg)")           \
    X(PREP_RERAISE_STAR, Seq, -1, 0,                                                           \
      "[orig, list of raised] → [exception to re-raise, or None]")                            \
    X(LOAD_ASSERTION_ERROR, Seq, 1, 0, "push AssertionError")                                  \
    X(BEFORE_WITH, Seq, 1, 0, "[mgr] → [bound __exit__, mgr.__enter__()]")                     \
    X(BEFORE_ASYNC_WITH, Seq, 1, 0, "[mgr] → [bound __aexit__, awaitable of mgr.__aenter__()]") \
    X(WITH_EXCEPT_START, Seq, 1, 0,                                                            \
      "[exit, marker, exc] → [exit, marker, exc, exit(type(exc), exc, tb)]")                  \
    /* ---- building values ---- */                                                           \
    X(BUILD_TUPLE, Seq, 1 - arg, 0, "pop arg values → [tuple]")                                \
    X(BUILD_LIST, Seq, 1 - arg, 0, "pop arg values → [list]")                                  \
    X(BUILD_SET, Seq, 1 - arg, 0, "pop arg values → [set]")                                    \
    X(BUILD_MAP, Seq, 1 - 2 * arg, 0, "pop arg key/value pairs → [dict]")                      \
    X(BUILD_CONST_KEY_MAP, Seq, -arg, 0, "[v1..vn, keys tuple] → [dict]")                      \
    X(BUILD_STRING, Seq, 1 - arg, 0, "pop arg strs → [their concatenation]")                   \
    X(LIST_APPEND, Seq, -1, 0, "[list, ..., v] → [list, ...]; the list is arg below v")        \
    X(SET_ADD, Seq, -1, 0, "[set, ..., v] → [set, ...]; the set is arg below v")               \
    X(MAP_ADD, Seq, -2, 0, "[dict, ..., k, v] → [dict, ...]; the dict is arg below k")         \
    X(LIST_EXTEND, Seq, -1, 0, "[list, ..., it] → [list, ...] extended by it")                 \
    X(SET_UPDATE, Seq, -1, 0, "[set, ..., it] → [set, ...] updated by it")                     \
    X(DICT_UPDATE, Seq, -1, 0, "[dict, ..., m] → [dict, ...] updated by mapping m ({**m})")    \
    X(DICT_MERGE, Seq, -1, 0, "like DICT_UPDATE for f(**m): duplicate keys raise TypeError")   \
    X(LIST_TO_TUPLE, Seq, 0, 0, "[list] → [tuple(list)]")                                      \
    X(UNPACK_SEQUENCE, Seq, arg - 1, 0, "[seq] → [s[n-1], ..., s[0]] (first item on top)")     \
    X(UNPACK_EX, Seq, (arg & 0xff) + (arg >> 8), 0,                                            \
      "starred unpacking: arg = before | after << 8; [seq] → [after.., list, before..]")       \
    X(FORMAT_VALUE, Seq, (arg & 4) ? -1 : 0, 0,                                                \
      "f-string field: [v(, spec)] → [str]; arg & 3: 0 none, 1 !s, 2 !r, 3 !a; arg & 4: spec") \
    /* ---- functions, classes, modules ---- */                                               \
    X(MAKE_FUNCTION, Seq, -__builtin_popcount(arg), 0,                                         \
      "[defaults?, kwdefaults?, annotations?, closure?, code] → [function]; arg: 1 defaults, " \
      "2 kwdefaults, 4 annotations, 8 closure")                                               \
    X(CALL, Seq, -1 - arg, 0, "[callable, self|null, arg1..argn] → [result]")                  \
    X(CALL_KW, Seq, -2 - arg, 0,                                                               \
      "[callable, self|null, args.., kwnames] → [result]; arg counts all args, the last "      \
      "len(kwnames) are keyword values")                                                      \
    X(CALL_FUNCTION_EX, Seq, -2 - (arg & 1), 0,                                                \
      "[callable, null, args tuple(, kwargs dict)] → [result]; arg 1: kwargs present")        \
    X(LOAD_BUILD_CLASS, Seq, 1, 0, "push builtins.__build_class__")                            \
    X(SETUP_ANNOTATIONS, Seq, 0, 0, "create __annotations__ in the locals mapping if missing") \
    X(IMPORT_NAME, Seq, -1, 0, "[level, fromlist] → [module names[arg]]")                      \
    X(IMPORT_FROM, Seq, 1, 0, "[module] → [module, module.names[arg]] (ImportError if absent)") \
    X(IMPORT_STAR, Seq, -1, 0, "[module] → []: copy its public names into the locals")         \
    /* ---- superinstructions: made by the assembler from two adjacent instructions; the  */    \
    /* second keeps its slot (position, handler) and is skipped when the pair runs.      */    \
    X(LOAD_FAST_LOAD_FAST, Seq, 2, 0, "LOAD_FAST arg, then the next slot's LOAD_FAST")          \
    X(STORE_FAST_LOAD_FAST, Seq, 0, 0, "STORE_FAST arg, then the next slot's LOAD_FAST")        \
    X(LOAD_CONST_BINARY_OP, Seq, 0, 0, "[a] → [a op consts[arg]] with the next slot's BINARY_OP") \
    X(COMPARE_OP_JUMP_IF_FALSE, Seq, -2, 0,                                                    \
      "[a, b] → []: COMPARE_OP arg, then the next slot's POP_JUMP_IF_FALSE")                  \
    X(COMPARE_OP_JUMP_IF_TRUE, Seq, -2, 0,                                                     \
      "[a, b] → []: COMPARE_OP arg, then the next slot's POP_JUMP_IF_TRUE")

enum class Flow : uint8_t { Seq, Branch, Jump, Exit };

enum class Op : uint8_t {
#define LS_OP_ENUM(name, flow, effect, jump_effect, doc) name,
    LS_OPCODES(LS_OP_ENUM)
#undef LS_OP_ENUM
};

#define LS_OP_COUNT_ONE(name, flow, effect, jump_effect, doc) +1
inline constexpr int kOpCount = 0 LS_OPCODES(LS_OP_COUNT_ONE);
#undef LS_OP_COUNT_ONE
static_assert(kOpCount <= 256, "opcodes must fit in 8 bits");

const char* op_name(Op op);
Flow op_flow(Op op);
// Net stack change of `op arg` when it falls through / when it jumps.
int stack_effect(Op op, uint32_t arg, bool jumping);
bool op_is_jump(Op op);  // its argument is an instruction index

// What an instruction costs on the virtual clock: engine/vm/cost_model.h.

// Instruction word packing.
inline constexpr uint32_t kMaxArg = (1u << 24) - 1;
inline constexpr uint32_t encode(Op op, uint32_t arg) { return uint32_t(op) | arg << 8; }
inline constexpr Op op_of(uint32_t word) { return Op(word & 0xff); }
inline constexpr uint32_t arg_of(uint32_t word) { return word >> 8; }

// BINARY_OP's in-place flag (a += b) above the BinOp value.
inline constexpr uint32_t kInplaceFlag = 0x100;

// MAKE_FUNCTION flags.
enum MakeFunctionFlag : uint32_t {
    kHasDefaults = 1,
    kHasKwDefaults = 2,
    kHasAnnotations = 4,
    kHasClosure = 8,
};

}  // namespace loopscope::vm
