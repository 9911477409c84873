// The virtual CPU cost model: what executing code costs on the virtual clock, in ONE place.
//
// Two parts (docs/cost-model.md describes them and how they were fitted):
//   1. every instruction costs the constant of its cost class (kClassCostNs), charged by the
//      interpreter's dispatch (folded into the instruction's code, so it costs nothing at run
//      time);
//   2. native code whose CPython counterpart does work proportional to its input (sorting,
//      copying sequences, scanning strings, building dicts) charges that work with
//      charge_work(kind, units), at kWorkCostPs picoseconds per unit.
// The constants are fitted by bench/calibrate.py (least squares on log(virtual / CPython)
// over the CPU-bound programs of bench/ and bench/cpu/) against CPython 3.13 on the
// development machine; the fitted table is pasted here by hand.
//
// Probe builds (-DLOOPSCOPE_COST_PROBE, made only by bench/calibrate.py) also count every
// instruction and every work unit and write the counts at exit, which is what the fit needs.
#pragma once

#include <cstdint>

#include "vm/opcodes.h"

namespace loopscope::vm {

enum class CostClass : uint8_t {
    Fast,     // local/const loads and stores, stack shuffles, jumps and branches
    Name,     // globals, builtins and module-level names (dict lookups behind a cache)
    Attr,     // attribute and method lookups and stores
    Arith,    // binary and unary operators
    Compare,  // comparisons and `in`
    Subscr,   // indexing and slicing
    Build,    // building tuples, lists, dicts, sets, strings; unpacking
    MakeFunction,  // creating a function or closure object
    Format,   // an f-string field: str(), repr() or format() of a value
    Call,     // a call (a native callee adds Work::NativeCall)
    Return,   // leaving a Python frame: carries the frame's set-up and tear-down
    Iter,     // iter() and one step of a for loop
    Gen,      // yield, send, await, async iteration
    Except,   // raising, handling and `with`
    Import,   // imports and class creation
    Count_
};
inline constexpr int kCostClasses = int(CostClass::Count_);

// Nanoseconds per instruction of each class (fitted; see docs/cost-model.md).
inline constexpr uint32_t kClassCostNs[kCostClasses] = {
    /* Fast    */ 1,
    /* Name    */ 5,
    /* Attr    */ 7,
    /* Arith   */ 2,
    /* Compare */ 2,
    /* Subscr  */ 1,
    /* Build   */ 11,
    /* MakeFunction */ 177,
    /* Format  */ 171,
    /* Call    */ 7,
    /* Return  */ 8,
    /* Iter    */ 15,
    /* Gen     */ 2,
    /* Except  */ 107,
    /* Import  */ 300,
};

constexpr CostClass cost_class(Op op) {
    switch (op) {
        case Op::LOAD_CLASSDEREF:
        case Op::LOAD_NAME:
        case Op::STORE_NAME:
        case Op::DELETE_NAME:
        case Op::LOAD_GLOBAL:
        case Op::STORE_GLOBAL:
        case Op::DELETE_GLOBAL:
            return CostClass::Name;
        case Op::LOAD_ATTR:
        case Op::LOAD_METHOD:
        case Op::STORE_ATTR:
        case Op::DELETE_ATTR:
            return CostClass::Attr;
        case Op::BINARY_OP:
        case Op::UNARY_OP:
            return CostClass::Arith;
        case Op::COMPARE_OP:
        case Op::CONTAINS_OP:
        case Op::COMPARE_OP_JUMP_IF_FALSE:  // the branch half is charged as its own POP_JUMP
        case Op::COMPARE_OP_JUMP_IF_TRUE:
            return CostClass::Compare;
        case Op::BINARY_SUBSCR:
        case Op::STORE_SUBSCR:
        case Op::DELETE_SUBSCR:
        case Op::BUILD_SLICE:
        case Op::BINARY_SLICE:
        case Op::STORE_SLICE:
            return CostClass::Subscr;
        case Op::BUILD_TUPLE:
        case Op::BUILD_LIST:
        case Op::BUILD_SET:
        case Op::BUILD_MAP:
        case Op::BUILD_CONST_KEY_MAP:
        case Op::BUILD_STRING:
        case Op::LIST_APPEND:
        case Op::SET_ADD:
        case Op::MAP_ADD:
        case Op::LIST_EXTEND:
        case Op::SET_UPDATE:
        case Op::DICT_UPDATE:
        case Op::DICT_MERGE:
        case Op::LIST_TO_TUPLE:
        case Op::UNPACK_SEQUENCE:
        case Op::UNPACK_EX:
            return CostClass::Build;
        case Op::MAKE_FUNCTION:
            return CostClass::MakeFunction;
        case Op::FORMAT_VALUE:
            return CostClass::Format;
        case Op::CALL:
        case Op::CALL_KW:
        case Op::CALL_FUNCTION_EX:
            return CostClass::Call;
        case Op::RETURN_VALUE:
        case Op::RETURN_CONST:
            return CostClass::Return;
        case Op::GET_ITER:
        case Op::FOR_ITER:
        case Op::GET_YIELD_FROM_ITER:
            return CostClass::Iter;
        case Op::YIELD_VALUE:
        case Op::SEND:
        case Op::CLEANUP_THROW:
        case Op::GET_AWAITABLE:
        case Op::GET_AITER:
        case Op::GET_ANEXT:
        case Op::END_ASYNC_FOR:
        case Op::ASYNC_GEN_WRAP:
            return CostClass::Gen;
        case Op::RAISE_VARARGS:
        case Op::RERAISE:
        case Op::PUSH_EXC_INFO:
        case Op::POP_EXCEPT:
        case Op::CHECK_EXC_MATCH:
        case Op::CHECK_EG_MATCH:
        case Op::PREP_RERAISE_STAR:
        case Op::LOAD_ASSERTION_ERROR:
        case Op::BEFORE_WITH:
        case Op::BEFORE_ASYNC_WITH:
        case Op::WITH_EXCEPT_START:
            return CostClass::Except;
        case Op::LOAD_BUILD_CLASS:
        case Op::SETUP_ANNOTATIONS:
        case Op::IMPORT_NAME:
        case Op::IMPORT_FROM:
        case Op::IMPORT_STAR:
            return CostClass::Import;
        default:
            return CostClass::Fast;
    }
}

// Virtual CPU time an instruction costs, in nanoseconds: what the interpreter charges.
inline constexpr uint32_t op_cost_ns(Op op) { return kClassCostNs[int(cost_class(op))]; }
// The interpreter's per-instruction increment of its packed counter: one step in the low 32
// bits, the cost in the high 32 (a compile-time constant per opcode).
template <Op op>
inline constexpr uint64_t kStepAndCost = 1 + (uint64_t(op_cost_ns(op)) << 32);

// Work done by native code, charged per unit.
enum class Work : uint8_t {
    SortCompare,  // one comparison made by list.sort / sorted (the key calls are charged apart)
    Element,      // one element copied, iterated or hashed by a native bulk operation
    StrByte,      // one byte of a string scanned, copied or converted by a str method
    BigIntOp,     // int arithmetic beyond CPython's one-digit ints (|v| >= 2**30): no fast path
    GenericOp,    // an operator or subscript off the int/float/list fast paths (dicts, str, ...)
    NativeCall,   // a call whose callee is native code (builtins, methods of builtin types)
    NativeIter,   // a for-loop step over an iterator other than range, list or a generator
    Count_
};
inline constexpr int kWorkKinds = int(Work::Count_);

// Picoseconds per unit of work (fitted; see docs/cost-model.md).
inline constexpr uint64_t kWorkCostPs[kWorkKinds] = {
    /* SortCompare */ 11984,
    /* Element     */ 5995,
    /* StrByte     */ 501,
    /* BigIntOp    */ 105841,
    /* GenericOp   */ 43019,
    /* NativeCall  */ 9437,
    /* NativeIter  */ 5011,
};

// The interpreter's increment of its packed counter for one unit of an instruction's extra
// work (cost in the high 32 bits; no step).
template <Work kind>
inline constexpr uint64_t kWorkCharge = (kWorkCostPs[int(kind)] / 1000) << 32;

// True when an int operation on x, y giving z leaves CPython's compact (one 30-bit digit) ints.
inline constexpr bool beyond_compact_int(int64_t x, int64_t y, int64_t z) {
    return ((x >> 30) != (x >> 63)) | ((y >> 30) != (y >> 63)) | ((z >> 30) != (z >> 63));
}

// Adds `units` of `kind` to the virtual clock (interp().virtual_ns). Any native code may call
// it; the interpreter's own not-yet-flushed counts are added later, and sums commute.
void charge_work(Work kind, uint64_t units);

#ifdef LOOPSCOPE_COST_PROBE
// Probe builds only: executions per opcode and units per work kind, written at exit to the
// file named by $LOOPSCOPE_COST_PROBE_OUT.
extern uint64_t g_probe_op_counts[256];
extern uint64_t g_probe_work_units[kWorkKinds];
#endif

}  // namespace loopscope::vm
