// The dispatch loop. Everything else the interpreter does lives in interpreter_ops.cpp;
// this file is the loop, the frame switching and the unwinding, and nothing else.
#include "vm/interpreter.h"

#include <cstdio>

#include "vm/budgets.h"
#include "vm/cost_model.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/interpreter_ops.h"
#include "vm/iterators.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/protocol.h"
#include "vm/range_slice.h"
#include "vm/set.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/type.h"

#if !defined(__GNUC__)
#error "the interpreter loop needs computed goto (GCC or Clang)"
#endif

namespace loopscope::vm {

// ---------------------------------------------------------------------------------------------
// Frames entering and leaving

namespace {

// Counts one nested run_frame (see kMaxNativeNesting in budgets.h).
struct NativeNesting {
    NativeNesting() {
        if (tls_native_nesting >= kMaxNativeNesting) {
            raise(types().RecursionError, "maximum recursion depth exceeded");
        }
        ++tls_native_nesting;
    }
    ~NativeNesting() { --tls_native_nesting; }
};

// The value of `name` in instance dict `d` (or null), trying the site's remembered entry
// index before hashing.
inline Value* find_with_hint(DictObject* d, StrObject* name, AttrSite& site) {
    auto& entries = d->entries;
    if (site.dict_hint < entries.size()) {
        DictEntry& e = entries[site.dict_hint];
        if (e.key.is_obj() && e.key.as_obj() == name) return &e.value;
    }
    Value* v = d->find_str(name);
    if (v) {
        auto* entry = reinterpret_cast<DictEntry*>(reinterpret_cast<char*>(v) - offsetof(DictEntry, value));
        site.dict_hint = uint32_t(entry - entries.data());
    }
    return v;
}

// COMPARE_OP fused with the following POP_JUMP: pops both operands and returns the truth of
// the comparison; advances ip past the jump's slot (errors in the truth test point there).
inline bool compare_for_branch(Value*& sp, CmpOp op, const uint32_t*& ip, Frame* f) {
    const Value& a = sp[-2];
    const Value& b = sp[-1];
    if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.as_int(), y = b.as_int();
        bool z = false;
        switch (op) {
        case CmpOp::Lt: z = x < y; break;
        case CmpOp::Le: z = x <= y; break;
        case CmpOp::Eq: z = x == y; break;
        case CmpOp::Ne: z = x != y; break;
        case CmpOp::Gt: z = x > y; break;
        case CmpOp::Ge: z = x >= y; break;
        }
        sp -= 2;  // ints hold no references: the slots need no clearing beyond the tag
        sp[0] = Value();
        sp[1] = Value();
        ++ip;
        f->next_instr = ip;
        return z;
    }
    Value r = compare(op, a, b);
    *--sp = Value();
    *--sp = Value();
    ++ip;
    f->next_instr = ip;
    return r.is_bool() ? r.as_bool() : truthy(r);
}

// Counts `frame` towards the recursion limit unless it is an inlined comprehension (CPython
// 3.12+ runs those in the enclosing frame). Raises RecursionError before the frame runs.
void count_frame(Interp& in, Frame* frame) {
    if (frame->code->flags & kCoInlinedComprehension) return;
    if (in.depth >= in.limits.recursion_limit) raise(in.types.RecursionError, "maximum recursion depth exceeded");
    ++in.depth;
    frame->counted = true;
}

void uncount_frame(Interp& in, Frame* frame) {
    if (frame->counted) {
        --in.depth;
        frame->counted = false;
    }
}

// A frame for calling `fn` in the loop (on the frame stack), counted for the recursion limit.
// `func_ref` is the reference to fn the frame keeps (often moved from the caller's stack).
inline Frame* push_call_frame(Interp& in, FunctionObject* fn, Value func_ref) {
    CodeObject* code = fn->code.get();
    bool counted = !(code->flags & kCoInlinedComprehension);
    if (counted && in.depth >= in.limits.recursion_limit) {
        raise(in.types.RecursionError, "maximum recursion depth exceeded");
    }
    Frame* nf = allocate_call_frame(code, std::move(func_ref), fn->globals.get(), fn->builtins.get());
    if (counted) {
        ++in.depth;
        nf->counted = true;
    }
    return nf;
}

inline void pop_call_frame(Interp& in, Frame* frame) {
    uncount_frame(in, frame);
    release_call_frame(frame);
}

// ---- generator frames resumed in the loop (FOR_ITER / SEND) ----

// Switches into `gen`'s frame as the callee of `caller`. Raises before switching (recursion).
inline Frame* enter_generator(Interp& in, GeneratorObject* gen, Value sent, const uint32_t* return_to,
                              uint8_t mode, Frame* caller) {
    Frame* gf = gen->frame;
    count_frame(in, gf);
    if (gen->state == GenState::Suspended) *gf->sp++ = std::move(sent);
    gen->state = GenState::Running;
    gf->handled_base = uint32_t(in.handled_exceptions.size());
    gen->restore_handled(in.handled_exceptions);
    gf->return_to = return_to;
    gf->return_mode = mode;
    gf->previous = caller;
    set_current_frame(gf);
    return gf;
}

// The generator yielded: it keeps its frame (and the exceptions it is handling).
inline void suspend_generator(Interp& in, Frame* gf) {
    GeneratorObject* gen = gf->generator;
    gen->state = GenState::Suspended;
    gen->stash_handled(in.handled_exceptions, gf->handled_base);
    uncount_frame(in, gf);
    set_current_frame(gf->previous);
}

// The generator finished (returned or raised): its frame goes away.
inline void finish_generator(Interp& in, Frame* gf) {
    GeneratorObject* gen = gf->generator;
    gen->state = GenState::Completed;
    if (in.handled_exceptions.size() > gf->handled_base) in.handled_exceptions.resize(gf->handled_base);
    uncount_frame(in, gf);
    set_current_frame(gf->previous);
    gen->frame = nullptr;
    release_frame(gf);
}

// Leaves a frame the loop switched into: a call frame, or an inline generator's.
inline void leave_inline_frame(Interp& in, Frame* frame) {
    if (frame->generator) finish_generator(in, frame);
    else pop_call_frame(in, frame);
}

// Clears the frame's value stack above `keep` (slots above the live top are Empty, so the
// whole region is scanned rather than trusting a saved stack pointer); returns the new top.
Value* clear_stack_above(Frame* frame, Value* keep) {
    Value* end = frame->stack_base() + frame->code->stacksize;
    for (Value* v = end; v-- > keep;) *v = Value();
    frame->sp = keep;
    return keep;
}

void clear_whole_stack(Frame* frame) { clear_stack_above(frame, frame->stack_base()); }

// Entries of the frames one exception passes through, innermost first; moved to the front of
// the exception's traceback in one go (a 100,000-frame unwinding stays linear).
struct PendingTraceback {
    Value exc;
    std::vector<TracebackEntry> entries;

    void flush() {
        if (entries.empty() || exc.empty()) return;
        auto& tb = static_cast<ExceptionObject*>(exc.as_obj())->traceback;
        tb.insert(tb.begin(), std::make_move_iterator(entries.rbegin()), std::make_move_iterator(entries.rend()));
        entries.clear();
    }
};

// Modules of engine/stdlib that stand in for code CPython implements in C (itertools,
// functools.partial, deque, ...) set `__loopscope_hide_frames__ = True`: their frames stay out
// of tracebacks, as C frames do in CPython's.
bool hidden_from_tracebacks(Frame* frame) {
    if (!frame->globals) return false;
    Value* flag = frame->globals->find_str(interp().intern("__loopscope_hide_frames__").get());
    return flag && flag->is_bool() && flag->as_bool();
}

void record_traceback(PendingTraceback& pending, const Value& exc, Frame* frame) {
    if (hidden_from_tracebacks(frame)) return;
    if (pending.exc.empty() || !same(pending.exc, exc)) {
        pending.flush();
        pending.exc = exc;
    }
    if (pending.entries.empty() && static_cast<ExceptionObject*>(exc.as_obj())->traceback.empty()) {
        note_first_frame(exc, frame);
    }
    pending.entries.push_back(traceback_entry(frame));
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The loop

// GCC documents -fno-gcse as better for computed-goto dispatch loops (here it also lets the
// loop keep ip, sp and the frame in registers).
#if defined(__GNUC__) && !defined(__clang__)
#define LS_DISPATCH_LOOP __attribute__((optimize("no-gcse")))
#else
#define LS_DISPATCH_LOOP
#endif

LS_DISPATCH_LOOP Value run_frame(Frame* entry, FrameExit& how, Value pending) {
    Interp& in = interp();
    Types& t = in.types;
    check_native_stack();
    NativeNesting nesting;
    count_frame(in, entry);
    entry->entry = true;
    entry->previous = current_frame();
    set_current_frame(entry);

    // The loop keeps as little as possible in locals (so the compiler can keep them in
    // registers across the calls almost every instruction makes): the frame, the instruction
    // and stack pointers, and one accumulator of steps (low 32 bits) and virtual ns (high).
    // The exception path recovers everything from the frame: DISPATCH stores next_instr on
    // every instruction, and slots above the stack pointer are always Empty, so the stack can
    // be cleared without knowing where its top was.
    Frame* f = entry;
    const uint32_t* ip;
    Value* sp;
    uint32_t oparg = 0;
    uint64_t acc = 0;
    uint64_t check_at = next_check(in);
    Value exc = std::move(pending);
    bool reraise = false;  // the exception is re-raised: its frame already has an entry
    PendingTraceback tb;

#define co (f->code)
#define fast (f->localsplus())
#define LOAD_FRAME()                            \
    do {                                        \
        ip = f->next_instr;                     \
        sp = f->sp;                             \
    } while (0)
#define SAVE_FRAME()                            \
    do {                                        \
        f->next_instr = ip;                     \
        f->sp = sp;                             \
    } while (0)
#define FLUSH_COUNTS()                          \
    do {                                        \
        in.steps += acc & 0xffffffffu;          \
        in.virtual_ns += acc >> 32;             \
        acc = 0;                                \
    } while (0)
// Budgets are checked at backward jumps and calls; counts are flushed to the Interp when
// the loop hands control to native code that may read the clock, and when it returns.
#define CHECK_BUDGETS()                                    \
    do {                                                   \
        if (in.steps + (acc & 0xffffffffu) >= check_at) {  \
            FLUSH_COUNTS();                                \
            check_budgets_now(in);                         \
            check_at = next_check(in);                     \
        }                                                  \
    } while (0)
// Invariant: the slots at and above sp are Empty (POP moves out, DROP clears), so a push
// constructs in place instead of assigning over an old value.
#define PUSH(v) (new (sp) Value(v), ++sp)
#define POP() std::move(*--sp)
#define DROP() (*--sp = Value())
#define TOP() (sp[-1])
#define JUMP_TO(target) (ip = co->code.data() + (target))

    static void* const kLabels[] = {
#define LS_OP_LABEL(name, flow, effect, jump_effect, doc) &&op_##name,
        LS_OPCODES(LS_OP_LABEL)
#undef LS_OP_LABEL
    };
// DISPATCH is a plain `goto` to the one computed-goto site below, never a computed goto of its
// own: a computed goto leaving a block does not run the destructors of the block's locals
// (GCC skips them; clang rejects the code), which would leak every Ref/Value an instruction
// still holds. A plain goto out of a block destroys them, as C++ requires.
#define DISPATCH() goto dispatch_next
// Each instruction counts one step and its cost from the table (a constant per opcode, folded
// into the instruction's code).
#ifdef LOOPSCOPE_COST_PROBE
#define CHARGE_OP(name) \
    (acc += kStepAndCost<Op::name>, ++g_probe_op_counts[size_t(Op::name)])
#else
#define CHARGE_OP(name) (acc += kStepAndCost<Op::name>)
#endif
// Extra cost of an instruction that leaves CPython's specialized fast path (cost_model.h).
#ifdef LOOPSCOPE_COST_PROBE
#define CHARGE_WORK(kind) (acc += kWorkCharge<Work::kind>, ++g_probe_work_units[int(Work::kind)])
#else
#define CHARGE_WORK(kind) (acc += kWorkCharge<Work::kind>)
#endif
#define TARGET(name)                            \
    op_##name:                                  \
    CHARGE_OP(name);

    LOAD_FRAME();
    for (;;) {
        if (exc.empty()) {
            try {
            dispatch_next : {
                uint32_t word_ = *ip++;
                f->next_instr = ip;
                oparg = word_ >> 8;
                goto* kLabels[word_ & 0xff];
            }

                TARGET(NOP) { DISPATCH(); }
                TARGET(POP_TOP) {
                    DROP();
                    DISPATCH();
                }
                TARGET(PUSH_NULL) {
                    PUSH(Value());
                    DISPATCH();
                }
                TARGET(COPY) {
                    Value v = sp[-int(oparg)];
                    PUSH(std::move(v));
                    DISPATCH();
                }
                TARGET(SWAP) {
                    std::swap(sp[-1], sp[-int(oparg)]);
                    DISPATCH();
                }
                // ---- superinstructions: the second half's word is at ip (skipped after) ----
                TARGET(LOAD_FAST_LOAD_FAST) {
                    const Value& a = fast[oparg];
                    if (a.empty()) raise_unbound_local(*co, oparg);
                    PUSH(a);
                    uint32_t second = arg_of(*ip++);
                    f->next_instr = ip;
                    CHARGE_OP(LOAD_FAST);
                    const Value& b = fast[second];
                    if (b.empty()) raise_unbound_local(*co, second);
                    PUSH(b);
                    DISPATCH();
                }
                TARGET(STORE_FAST_LOAD_FAST) {
                    fast[oparg] = POP();
                    uint32_t second = arg_of(*ip++);
                    f->next_instr = ip;
                    CHARGE_OP(LOAD_FAST);
                    const Value& b = fast[second];
                    if (b.empty()) raise_unbound_local(*co, second);
                    PUSH(b);
                    DISPATCH();
                }
                TARGET(LOAD_CONST_BINARY_OP) {
                    const Value& b = co->consts[oparg];
                    uint32_t op = arg_of(*ip++);
                    f->next_instr = ip;
                    CHARGE_OP(BINARY_OP);
                    Value& a = TOP();
                    if (a.is_small_int() && b.is_small_int()) {
                        int64_t x = a.as_int(), y = b.as_int(), z;
                        if (BinOp(op & 0xff) == BinOp::Add && !__builtin_add_overflow(x, y, &z)) {
                            if (beyond_compact_int(x, y, z)) CHARGE_WORK(BigIntOp);
                            a = Value::small_int(z);
                            DISPATCH();
                        }
                        if (BinOp(op & 0xff) == BinOp::Sub && !__builtin_sub_overflow(x, y, &z)) {
                            if (beyond_compact_int(x, y, z)) CHARGE_WORK(BigIntOp);
                            a = Value::small_int(z);
                            DISPATCH();
                        }
                        if (BinOp(op & 0xff) == BinOp::Mul && !__builtin_mul_overflow(x, y, &z)) {
                            if (beyond_compact_int(x, y, z)) CHARGE_WORK(BigIntOp);
                            a = Value::small_int(z);
                            DISPATCH();
                        }
                    }
                    if (!(a.is_small_int() && b.is_small_int()) && !(a.is_float() && b.is_float())) {
                        CHARGE_WORK(GenericOp);
                    }
                    Value r = (op & kInplaceFlag) ? inplace_op(BinOp(op & 0xff), a, b) : binary_op(BinOp(op & 0xff), a, b);
                    a = std::move(r);
                    DISPATCH();
                }
                TARGET(COMPARE_OP_JUMP_IF_FALSE) {
                    bool truth = compare_for_branch(sp, CmpOp(oparg), ip, f);
                    uint32_t target = arg_of(ip[-1]);
                    CHARGE_OP(POP_JUMP_IF_FALSE);
                    if (!truth) JUMP_TO(target);
                    DISPATCH();
                }
                TARGET(COMPARE_OP_JUMP_IF_TRUE) {
                    bool truth = compare_for_branch(sp, CmpOp(oparg), ip, f);
                    uint32_t target = arg_of(ip[-1]);
                    CHARGE_OP(POP_JUMP_IF_TRUE);
                    if (truth) JUMP_TO(target);
                    DISPATCH();
                }
                TARGET(LOAD_CONST) {
                    PUSH(co->consts[oparg]);
                    DISPATCH();
                }
                TARGET(LOAD_FAST) {
                    const Value& v = fast[oparg];
                    if (v.empty()) raise_unbound_local(*co, oparg);
                    PUSH(v);
                    DISPATCH();
                }
                TARGET(STORE_FAST) {
                    fast[oparg] = POP();
                    DISPATCH();
                }
                TARGET(DELETE_FAST) {
                    if (fast[oparg].empty()) raise_unbound_local(*co, oparg);
                    fast[oparg] = Value();
                    DISPATCH();
                }
                TARGET(LOAD_DEREF) {
                    const Value& v = static_cast<CellObject*>(fast[co->n_locals + oparg].as_obj())->contents;
                    if (v.empty()) raise_unbound_cell(*co, oparg);
                    PUSH(v);
                    DISPATCH();
                }
                TARGET(STORE_DEREF) {
                    static_cast<CellObject*>(fast[co->n_locals + oparg].as_obj())->contents = POP();
                    DISPATCH();
                }
                TARGET(DELETE_DEREF) {
                    Value& v = static_cast<CellObject*>(fast[co->n_locals + oparg].as_obj())->contents;
                    if (v.empty()) raise_unbound_cell(*co, oparg);
                    v = Value();
                    DISPATCH();
                }
                TARGET(LOAD_CLOSURE) {
                    PUSH(fast[co->n_locals + oparg]);
                    DISPATCH();
                }
                TARGET(LOAD_CLASSDEREF) {
                    SAVE_FRAME();
                    PUSH(load_classderef(f, oparg));
                    DISPATCH();
                }
                TARGET(LOAD_NAME) {
                    SAVE_FRAME();
                    PUSH(load_name(f, co->names[oparg].get()));
                    DISPATCH();
                }
                TARGET(STORE_NAME) {
                    Value v = POP();
                    store_name(f, co->names[oparg].get(), std::move(v));
                    DISPATCH();
                }
                TARGET(DELETE_NAME) {
                    SAVE_FRAME();
                    delete_name(f, co->names[oparg].get());
                    DISPATCH();
                }
                TARGET(LOAD_GLOBAL) {
                    GlobalSite& site = co->global_sites[oparg >> 1];
                    DictObject* g = f->globals;
                    StrObject* name = co->names[site.name_index].get();
                    const Value* found = nullptr;
                    if (site.globals == g) {
                        if (!site.in_builtins) {
                            if (size_t(site.entry) < g->entries.size()) {
                                DictEntry& e = g->entries[size_t(site.entry)];
                                if (e.key.is_obj() && e.key.as_obj() == name) found = &e.value;
                            }
                        } else if (site.globals_version == g->version && site.builtins == f->builtins) {
                            DictObject* b = f->builtins;
                            if (size_t(site.entry) < b->entries.size()) {
                                DictEntry& e = b->entries[size_t(site.entry)];
                                if (e.key.is_obj() && e.key.as_obj() == name) found = &e.value;
                            }
                        }
                    }
                    if (found) {
                        PUSH(*found);
                    } else {
                        SAVE_FRAME();
                        PUSH(load_global_slow(f, site, name));
                    }
                    if (oparg & 1) PUSH(Value());
                    DISPATCH();
                }
                TARGET(STORE_GLOBAL) {
                    Value v = POP();
                    f->globals->set_str(co->names[oparg].get(), std::move(v));
                    DISPATCH();
                }
                TARGET(DELETE_GLOBAL) {
                    SAVE_FRAME();
                    delete_global(f, co->names[oparg].get());
                    DISPATCH();
                }
                TARGET(LOAD_ATTR) {
                    AttrSite& site = co->attr_sites[oparg];
                    StrObject* name = co->names[site.name_index].get();
                    Value& obj = TOP();
                    if (obj.is_obj() && obj.as_obj()->type == site.type && site.epoch == in.type_epoch) {
                        if (site.kind >= AttrKind::BuiltinMethod) {
                            Value r = site.kind == AttrKind::BuiltinMethod
                                          ? Value(make<BoundMethodObject>(in.types.method, site.attr, obj))
                                          : bind_descriptor(site.attr, obj, obj.as_obj()->type);
                            obj = std::move(r);
                            DISPATCH();
                        }
                        // A plain instance of a user class whose MRO the site already knows.
                        auto* inst = static_cast<InstanceObject*>(obj.as_obj());
                        if (DictObject* d = inst->dict.get()) {
                            if (Value* v = find_with_hint(d, name, site)) {
                                Value r = *v;
                                obj = std::move(r);
                                DISPATCH();
                            }
                        }
                        if (site.kind == AttrKind::Method) {
                            Value bound = Value(make<BoundMethodObject>(t.method, site.attr, obj));
                            obj = std::move(bound);
                            DISPATCH();
                        }
                        if (site.kind == AttrKind::ClassAttr) {
                            Value r = bind_descriptor(site.attr, obj, inst->type);
                            obj = std::move(r);
                            DISPATCH();
                        }
                    }
                    SAVE_FRAME();
                    Value r = load_attr_slow(site, obj, name);
                    obj = std::move(r);
                    DISPATCH();
                }
                TARGET(LOAD_METHOD) {
                    AttrSite& site = co->attr_sites[oparg];
                    StrObject* name = co->names[site.name_index].get();
                    Value& obj = TOP();
                    if (obj.is_obj() && obj.as_obj()->type == site.type && site.epoch == in.type_epoch) {
                        if (site.kind == AttrKind::BuiltinMethod) {
                            Value self = std::move(obj);
                            obj = site.attr;
                            PUSH(std::move(self));
                            DISPATCH();
                        }
                        if (site.kind == AttrKind::BuiltinAttr) {
                            Value r = bind_descriptor(site.attr, obj, obj.as_obj()->type);
                            obj = std::move(r);
                            PUSH(Value());
                            DISPATCH();
                        }
                        auto* inst = static_cast<InstanceObject*>(obj.as_obj());
                        Value* own = inst->dict ? find_with_hint(inst->dict.get(), name, site) : nullptr;
                        if (own) {
                            Value r = *own;
                            obj = std::move(r);
                            PUSH(Value());
                            DISPATCH();
                        }
                        if (site.kind == AttrKind::Method) {
                            Value self = std::move(obj);
                            obj = site.attr;
                            PUSH(std::move(self));
                            DISPATCH();
                        }
                        if (site.kind == AttrKind::ClassAttr) {
                            Value r = bind_descriptor(site.attr, obj, inst->type);
                            obj = std::move(r);
                            PUSH(Value());
                            DISPATCH();
                        }
                    }
                    SAVE_FRAME();
                    Value self;
                    Value m = load_method_slow(site, obj, name, self);
                    obj = std::move(m);
                    PUSH(std::move(self));
                    DISPATCH();
                }
                TARGET(STORE_ATTR) {
                    AttrSite& site = co->attr_sites[oparg];
                    StrObject* name = co->names[site.name_index].get();
                    Value& obj = sp[-1];
                    if (obj.is_obj() && obj.as_obj()->type == site.type && site.epoch == in.type_epoch) {
                        auto* inst = static_cast<InstanceObject*>(obj.as_obj());
                        if (!inst->dict) inst->dict = make_dict();
                        DictObject* d = inst->dict.get();
                        if (site.dict_hint < d->entries.size()) {
                            DictEntry& e = d->entries[site.dict_hint];
                            if (e.key.is_obj() && e.key.as_obj() == name) {
                                e.value = std::move(sp[-2]);
                                DROP();
                                DROP();
                                DISPATCH();
                            }
                        }
                        d->set_str(name, std::move(sp[-2]));
                        if (Value* v = d->find_str(name)) {
                            auto* entry = reinterpret_cast<DictEntry*>(reinterpret_cast<char*>(v) - offsetof(DictEntry, value));
                            site.dict_hint = uint32_t(entry - d->entries.data());
                        }
                    } else {
                        SAVE_FRAME();
                        store_attr_slow(site, obj, name, sp[-2]);
                    }
                    DROP();
                    DROP();
                    DISPATCH();
                }
                TARGET(DELETE_ATTR) {
                    delattr(TOP(), co->names[oparg].get());
                    DROP();
                    DISPATCH();
                }
                TARGET(BINARY_SUBSCR) {
                    Value& container = sp[-2];
                    const Value& key = sp[-1];
                    Value r;
                    if (container.is_obj() && container.as_obj()->type == t.list && key.is_small_int()) {
                        auto& items = static_cast<ListObject*>(container.as_obj())->items;
                        int64_t i = key.as_int();
                        if (i < 0) i += int64_t(items.size());
                        if (i >= 0 && size_t(i) < items.size()) r = items[size_t(i)];
                        else r = getitem(container, key);
                    } else if (container.is_obj() && container.as_obj()->type == t.dict) {
                        CHARGE_WORK(GenericOp);
                        Value* v = static_cast<DictObject*>(container.as_obj())->find(key);
                        r = v ? *v : getitem(container, key);
                    } else {
                        CHARGE_WORK(GenericOp);
                        r = getitem(container, key);
                    }
                    DROP();
                    TOP() = std::move(r);
                    DISPATCH();
                }
                TARGET(STORE_SUBSCR) {
                    Value& container = sp[-2];
                    const Value& key = sp[-1];
                    if (container.is_obj() && container.as_obj()->type == t.list && key.is_small_int()) {
                        auto& items = static_cast<ListObject*>(container.as_obj())->items;
                        int64_t i = key.as_int();
                        if (i < 0) i += int64_t(items.size());
                        if (i >= 0 && size_t(i) < items.size()) {
                            items[size_t(i)] = std::move(sp[-3]);
                        } else {
                            setitem(container, key, sp[-3]);
                        }
                    } else if (container.is_obj() && container.as_obj()->type == t.dict) {
                        CHARGE_WORK(GenericOp);
                        static_cast<DictObject*>(container.as_obj())->set(key, std::move(sp[-3]));
                    } else {
                        CHARGE_WORK(GenericOp);
                        setitem(container, key, sp[-3]);
                    }
                    DROP();
                    DROP();
                    DROP();
                    DISPATCH();
                }
                TARGET(DELETE_SUBSCR) {
                    delitem(sp[-2], sp[-1]);
                    DROP();
                    DROP();
                    DISPATCH();
                }
                TARGET(BUILD_SLICE) {
                    Value step = oparg == 3 ? POP() : Value::none();
                    Value stop = POP();
                    Value start = POP();
                    PUSH(Value(make_slice(std::move(start), std::move(stop), std::move(step))));
                    DISPATCH();
                }
                TARGET(BINARY_SLICE) {
                    Value slice = Value(make_slice(sp[-2], sp[-1], Value::none()));
                    Value r = getitem(sp[-3], slice);
                    DROP();
                    DROP();
                    TOP() = std::move(r);
                    DISPATCH();
                }
                TARGET(STORE_SLICE) {
                    Value slice = Value(make_slice(sp[-2], sp[-1], Value::none()));
                    setitem(sp[-3], slice, sp[-4]);
                    DROP();
                    DROP();
                    DROP();
                    DROP();
                    DISPATCH();
                }
                TARGET(BINARY_OP) {
                    const Value& a = sp[-2];
                    const Value& b = sp[-1];
                    Value r;
                    if (a.is_small_int() && b.is_small_int()) {
                        int64_t x = a.as_int(), y = b.as_int(), z;
                        switch (BinOp(oparg & 0xff)) {
                        case BinOp::Add:
                            if (!__builtin_add_overflow(x, y, &z)) r = Value::small_int(z);
                            break;
                        case BinOp::Sub:
                            if (!__builtin_sub_overflow(x, y, &z)) r = Value::small_int(z);
                            break;
                        case BinOp::Mul:
                            if (!__builtin_mul_overflow(x, y, &z)) r = Value::small_int(z);
                            break;
                        case BinOp::FloorDiv:
                            if (y > 0 || (y < 0 && x != INT64_MIN)) {
                                z = x / y;
                                if ((x % y != 0) && ((x < 0) != (y < 0))) --z;
                                r = Value::small_int(z);
                            }
                            break;
                        case BinOp::Mod:
                            if (y > 0 || (y < 0 && x != INT64_MIN)) {
                                z = x % y;
                                if (z != 0 && ((z < 0) != (y < 0))) z += y;
                                r = Value::small_int(z);
                            }
                            break;
                        case BinOp::And: r = Value::small_int(x & y); break;
                        case BinOp::Or: r = Value::small_int(x | y); break;
                        case BinOp::Xor: r = Value::small_int(x ^ y); break;
                        default: break;
                        }
                        if (!r.empty() && beyond_compact_int(x, y, r.as_int())) CHARGE_WORK(BigIntOp);
                    } else if (a.is_float() && b.is_float()) {
                        double x = a.as_float(), y = b.as_float();
                        switch (BinOp(oparg & 0xff)) {
                        case BinOp::Add: r = Value::real(x + y); break;
                        case BinOp::Sub: r = Value::real(x - y); break;
                        case BinOp::Mul: r = Value::real(x * y); break;
                        case BinOp::TrueDiv:
                            if (y != 0.0) r = Value::real(x / y);
                            break;
                        default: break;
                        }
                    }
                    if (r.empty()) {
                        if (!(a.is_small_int() && b.is_small_int()) && !(a.is_float() && b.is_float())) {
                            CHARGE_WORK(GenericOp);
                        }
                        r = (oparg & kInplaceFlag) ? inplace_op(BinOp(oparg & 0xff), a, b)
                                                   : binary_op(BinOp(oparg & 0xff), a, b);
                    }
                    DROP();
                    TOP() = std::move(r);
                    DISPATCH();
                }
                TARGET(UNARY_OP) {
                    Value& a = TOP();
                    if (UnaryOp(oparg) == UnaryOp::Neg && a.is_small_int() && a.as_int() != INT64_MIN) {
                        a = Value::small_int(-a.as_int());
                    } else if (UnaryOp(oparg) == UnaryOp::Neg && a.is_float()) {
                        a = Value::real(-a.as_float());
                    } else {
                        Value r = unary_op(UnaryOp(oparg), a);
                        a = std::move(r);
                    }
                    DISPATCH();
                }
                TARGET(UNARY_NOT) {
                    Value& a = TOP();
                    bool truth = a.is_bool() ? a.as_bool() : truthy(a);
                    a = Value::boolean(!truth);
                    DISPATCH();
                }
                TARGET(COMPARE_OP) {
                    const Value& a = sp[-2];
                    const Value& b = sp[-1];
                    Value r;
                    if (a.is_small_int() && b.is_small_int()) {
                        int64_t x = a.as_int(), y = b.as_int();
                        bool z = false;
                        switch (CmpOp(oparg)) {
                        case CmpOp::Lt: z = x < y; break;
                        case CmpOp::Le: z = x <= y; break;
                        case CmpOp::Eq: z = x == y; break;
                        case CmpOp::Ne: z = x != y; break;
                        case CmpOp::Gt: z = x > y; break;
                        case CmpOp::Ge: z = x >= y; break;
                        }
                        r = Value::boolean(z);
                    } else if (a.is_float() && b.is_float()) {
                        double x = a.as_float(), y = b.as_float();
                        bool z = false;
                        switch (CmpOp(oparg)) {
                        case CmpOp::Lt: z = x < y; break;
                        case CmpOp::Le: z = x <= y; break;
                        case CmpOp::Eq: z = x == y; break;
                        case CmpOp::Ne: z = x != y; break;
                        case CmpOp::Gt: z = x > y; break;
                        case CmpOp::Ge: z = x >= y; break;
                        }
                        r = Value::boolean(z);
                    } else {
                        r = compare(CmpOp(oparg), a, b);
                    }
                    DROP();
                    TOP() = std::move(r);
                    DISPATCH();
                }
                TARGET(IS_OP) {
                    bool r = same(sp[-2], sp[-1]) != (oparg != 0);
                    DROP();
                    TOP() = Value::boolean(r);
                    DISPATCH();
                }
                TARGET(CONTAINS_OP) {
                    bool r = contains(sp[-1], sp[-2]) != (oparg != 0);
                    DROP();
                    TOP() = Value::boolean(r);
                    DISPATCH();
                }
                TARGET(JUMP) {
                    JUMP_TO(oparg);
                    DISPATCH();
                }
                TARGET(JUMP_BACKWARD) {
                    JUMP_TO(oparg);
                    CHECK_BUDGETS();
                    DISPATCH();
                }
                TARGET(POP_JUMP_IF_FALSE) {
                    const Value& v = TOP();
                    bool truth = v.is_bool() ? v.as_bool() : truthy(v);
                    DROP();
                    if (!truth) JUMP_TO(oparg);
                    DISPATCH();
                }
                TARGET(POP_JUMP_IF_TRUE) {
                    const Value& v = TOP();
                    bool truth = v.is_bool() ? v.as_bool() : truthy(v);
                    DROP();
                    if (truth) JUMP_TO(oparg);
                    DISPATCH();
                }
                TARGET(POP_JUMP_IF_NONE) {
                    bool none = TOP().is_none();
                    DROP();
                    if (none) JUMP_TO(oparg);
                    DISPATCH();
                }
                TARGET(POP_JUMP_IF_NOT_NONE) {
                    bool none = TOP().is_none();
                    DROP();
                    if (!none) JUMP_TO(oparg);
                    DISPATCH();
                }
                TARGET(JUMP_IF_FALSE_OR_POP) {
                    const Value& v = TOP();
                    if (!(v.is_bool() ? v.as_bool() : truthy(v))) JUMP_TO(oparg);
                    else DROP();
                    DISPATCH();
                }
                TARGET(JUMP_IF_TRUE_OR_POP) {
                    const Value& v = TOP();
                    if (v.is_bool() ? v.as_bool() : truthy(v)) JUMP_TO(oparg);
                    else DROP();
                    DISPATCH();
                }
                TARGET(GET_ITER) {
                    Value it = get_iter(TOP());
                    TOP() = std::move(it);
                    DISPATCH();
                }
                TARGET(FOR_ITER) {
                    Value& it = TOP();
                    Object* o = it.as_obj();
                    TypeObject* tp = o->type;
                    if (tp == t.range_iterator) {
                        auto* r = static_cast<RangeIterObject*>(o);
                        if (r->remaining > 0) {
                            PUSH(Value::small_int(r->next));
                            r->next += r->step;
                            --r->remaining;
                        } else {
                            DROP();
                            JUMP_TO(oparg);
                        }
                        DISPATCH();
                    }
                    if (tp == t.list_iterator) {
                        auto* li = static_cast<IndexIteratorObject*>(o);
                        if (!li->seq.empty()) {
                            auto& items = static_cast<ListObject*>(li->seq.as_obj())->items;
                            if (li->index < items.size()) {
                                PUSH(items[li->index++]);
                                DISPATCH();
                            }
                            li->seq = Value();
                        }
                        DROP();
                        JUMP_TO(oparg);
                        DISPATCH();
                    }
                    Value next_value;
                    bool more;
                    if (tp == t.generator) {
                        CHECK_BUDGETS();
                        SAVE_FRAME();
                        auto* gen = static_cast<GeneratorObject*>(o);
                        if (gen->state == GenState::Suspended || gen->state == GenState::Created) {
                            f = enter_generator(in, gen, Value::none(), co->code.data() + oparg, kReturnToForIter, f);
                            LOAD_FRAME();
                            DISPATCH();
                        }
                        ResumeResult rr = resume(static_cast<GeneratorObject*>(o), Value::none(), &next_value);
                        if (rr == ResumeResult::Raised) {
                            exc = std::move(next_value);
                            goto raise_exception;
                        }
                        more = rr == ResumeResult::Yielded;
                    } else if (tp->iternext) {
                        CHARGE_WORK(NativeIter);
                        SAVE_FRAME();
                        more = tp->iternext(o, next_value);
                    } else {
                        CHARGE_WORK(NativeIter);
                        SAVE_FRAME();
                        more = next(it, next_value);
                    }
                    if (more) {
                        PUSH(std::move(next_value));
                    } else {
                        DROP();
                        JUMP_TO(oparg);
                    }
                    DISPATCH();
                }
                TARGET(RETURN_CONST) {
                    PUSH(co->consts[oparg]);
                    goto do_return;
                }
                TARGET(RETURN_VALUE) {
                do_return:
                    Value r = POP();
                    if (f == entry) {
                        FLUSH_COUNTS();
                        SAVE_FRAME();
                        tb.flush();
                        uncount_frame(in, f);
                        set_current_frame(f->previous);
                        how = FrameExit::Returned;
                        return r;
                    }
                    Frame* caller = f->previous;
                    if (f->generator) {
                        // An inline generator returned: FOR_ITER's loop ends, SEND gets the value.
                        const uint32_t* target = f->return_to;
                        uint8_t mode = f->return_mode;
                        finish_generator(in, f);
                        f = caller;
                        LOAD_FRAME();
                        ip = target;
                        if (mode == kReturnToForIter) DROP();
                        else PUSH(std::move(r));
                        DISPATCH();
                    }
                    set_current_frame(caller);
                    if (f->init_self_or_globals) {
                        // The frame ran __init__ for a class call: the call's value is the instance.
                        // (Frames without func, whose slot holds globals, are always the entry.)
                        Value instance(f->init_self_or_globals);
                        f->init_self_or_globals.reset();
                        pop_call_frame(in, f);
                        f = caller;
                        LOAD_FRAME();
                        if (!r.is_none()) {
                            raise_type_error("__init__() should return None, not '" + type_name(r) + "'");
                        }
                        PUSH(std::move(instance));
                        DISPATCH();
                    }
                    pop_call_frame(in, f);
                    f = caller;
                    LOAD_FRAME();
                    PUSH(std::move(r));
                    DISPATCH();
                }
                TARGET(YIELD_VALUE) {
                    Value v = POP();
                    FLUSH_COUNTS();
                    SAVE_FRAME();
                    if (f != entry) {
                        // An inline generator yields to the FOR_ITER / SEND that resumed it.
                        Frame* caller = f->previous;
                        suspend_generator(in, f);
                        f = caller;
                        LOAD_FRAME();
                        PUSH(std::move(v));
                        DISPATCH();
                    }
                    tb.flush();
                    uncount_frame(in, f);
                    set_current_frame(f->previous);
                    how = FrameExit::Yielded;
                    return v;
                }
                TARGET(SEND) {
                    Value& receiver = sp[-2];
                    Value out;
                    TypeObject* tp = type_of(receiver);
                    if (tp == t.generator || tp == t.coroutine) {
                        CHECK_BUDGETS();
                        SAVE_FRAME();
                        auto* gen = static_cast<GeneratorObject*>(receiver.as_obj());
                        if (gen->state == GenState::Suspended || (gen->state == GenState::Created && sp[-1].is_none())) {
                            Value sent = POP();
                            SAVE_FRAME();
                            f = enter_generator(in, gen, std::move(sent), co->code.data() + oparg, kReturnToSend, f);
                            LOAD_FRAME();
                            DISPATCH();
                        }
                        Value sent = POP();
                        ResumeResult rr = resume(static_cast<GeneratorObject*>(receiver.as_obj()), std::move(sent), &out);
                        if (rr == ResumeResult::Raised) {
                            exc = std::move(out);
                            goto raise_exception;
                        }
                        PUSH(std::move(out));
                        if (rr == ResumeResult::Returned) JUMP_TO(oparg);
                        DISPATCH();
                    }
                    SAVE_FRAME();
                    bool more = send_generic(receiver, sp[-1], out);
                    TOP() = std::move(out);
                    if (!more) JUMP_TO(oparg);
                    DISPATCH();
                }
                TARGET(END_SEND) {
                    Value r = POP();
                    TOP() = std::move(r);
                    DISPATCH();
                }
                TARGET(CLEANUP_THROW) {
                    Value value = cleanup_throw_value(TOP());
                    if (value.empty()) {
                        exc = POP();
                        reraise = true;
                        goto raise_exception;
                    }
                    DROP();
                    DROP();
                    TOP() = Value::none();
                    PUSH(std::move(value));
                    DISPATCH();
                }
                TARGET(GET_YIELD_FROM_ITER) {
                    Value it = get_yield_from_iter(TOP(), *co);
                    TOP() = std::move(it);
                    DISPATCH();
                }
                TARGET(GET_AWAITABLE) {
                    Value it = get_awaitable(TOP(), int(oparg));
                    TOP() = std::move(it);
                    DISPATCH();
                }
                TARGET(GET_AITER) {
                    Value it = get_aiter(TOP());
                    TOP() = std::move(it);
                    DISPATCH();
                }
                TARGET(GET_ANEXT) {
                    PUSH(get_anext(TOP()));
                    DISPATCH();
                }
                TARGET(END_ASYNC_FOR) {
                    if (exception_matches(TOP(), t.StopAsyncIteration)) {
                        DROP();
                        DROP();
                        DISPATCH();
                    }
                    exc = POP();
                    reraise = true;
                    goto raise_exception;
                }
                TARGET(ASYNC_GEN_WRAP) {
                    Value w = async_gen_wrap(TOP());
                    TOP() = std::move(w);
                    DISPATCH();
                }
                TARGET(RAISE_VARARGS) {
                    SAVE_FRAME();
                    if (oparg == 0) {
                        exc = reraise_current();
                        reraise = true;
                        goto raise_exception;
                    }
                    Value cause = oparg == 2 ? POP() : Value();
                    Value raised = POP();
                    exc = exception_to_raise(raised, cause);
                    goto raise_exception;
                }
                TARGET(RERAISE) {
                    exc = POP();
                    reraise = true;
                    goto raise_exception;
                }
                TARGET(PUSH_EXC_INFO) {
                    Value e = POP();
                    PUSH(Value::none());
                    in.handled_exceptions.push_back(e);
                    PUSH(std::move(e));
                    DISPATCH();
                }
                TARGET(POP_EXCEPT) {
                    DROP();
                    in.handled_exceptions.pop_back();
                    DISPATCH();
                }
                TARGET(CHECK_EXC_MATCH) {
                    bool m = check_exc_match(sp[-2], sp[-1]);
                    TOP() = Value::boolean(m);
                    DISPATCH();
                }
                TARGET(CHECK_EG_MATCH) {
                    Value rest, match;
                    check_eg_match(sp[-2], sp[-1], rest, match);
                    sp[-2] = std::move(rest);
                    sp[-1] = std::move(match);
                    DISPATCH();
                }
                TARGET(PREP_RERAISE_STAR) {
                    Value r = prep_reraise_star(sp[-2], sp[-1]);
                    DROP();
                    TOP() = std::move(r);
                    DISPATCH();
                }
                TARGET(LOAD_ASSERTION_ERROR) {
                    PUSH(Value::borrowed(t.AssertionError));
                    DISPATCH();
                }
                TARGET(BEFORE_WITH) {
                    Value exit;
                    Value entered = before_with(TOP(), exit, false);
                    TOP() = std::move(exit);
                    PUSH(std::move(entered));
                    DISPATCH();
                }
                TARGET(BEFORE_ASYNC_WITH) {
                    Value exit;
                    Value entered = before_with(TOP(), exit, true);
                    TOP() = std::move(exit);
                    PUSH(std::move(entered));
                    DISPATCH();
                }
                TARGET(WITH_EXCEPT_START) {
                    SAVE_FRAME();
                    PUSH(with_except_start(sp[-3], sp[-1]));
                    DISPATCH();
                }
                TARGET(BUILD_TUPLE) {
                    std::vector<Value> items(std::make_move_iterator(sp - oparg), std::make_move_iterator(sp));
                    sp -= oparg;
                    PUSH(Value(make_tuple(std::move(items))));
                    DISPATCH();
                }
                TARGET(BUILD_LIST) {
                    std::vector<Value> items(std::make_move_iterator(sp - oparg), std::make_move_iterator(sp));
                    sp -= oparg;
                    PUSH(Value(make_list(std::move(items))));
                    DISPATCH();
                }
                TARGET(BUILD_SET) {
                    Ref<SetObject> s = make_set();
                    for (Value* p = sp - oparg; p < sp; ++p) s->add(*p);
                    for (uint32_t i = 0; i < oparg; ++i) DROP();
                    PUSH(Value(s));
                    DISPATCH();
                }
                TARGET(BUILD_MAP) {
                    Ref<DictObject> d = make_dict();
                    for (Value* p = sp - 2 * oparg; p < sp; p += 2) d->set(p[0], p[1]);
                    for (uint32_t i = 0; i < 2 * oparg; ++i) DROP();
                    PUSH(Value(d));
                    DISPATCH();
                }
                TARGET(BUILD_CONST_KEY_MAP) {
                    Ref<DictObject> d = make_dict();
                    const auto& keys = static_cast<TupleObject*>(TOP().as_obj())->items;
                    Value* values = sp - 1 - oparg;
                    for (uint32_t i = 0; i < oparg; ++i) d->set(keys[i], values[i]);
                    for (uint32_t i = 0; i <= oparg; ++i) DROP();
                    PUSH(Value(d));
                    DISPATCH();
                }
                TARGET(BUILD_STRING) {
                    Value s = build_string(sp - oparg, oparg);
                    for (uint32_t i = 0; i < oparg; ++i) DROP();
                    PUSH(std::move(s));
                    DISPATCH();
                }
                TARGET(LIST_APPEND) {
                    Value v = POP();
                    static_cast<ListObject*>(sp[-int(oparg)].as_obj())->items.push_back(std::move(v));
                    DISPATCH();
                }
                TARGET(SET_ADD) {
                    static_cast<SetObject*>(sp[-int(oparg) - 1].as_obj())->add(TOP());
                    DROP();
                    DISPATCH();
                }
                TARGET(MAP_ADD) {
                    static_cast<DictObject*>(sp[-int(oparg) - 2].as_obj())->set(sp[-2], sp[-1]);
                    DROP();
                    DROP();
                    DISPATCH();
                }
                TARGET(LIST_EXTEND) {
                    list_extend(static_cast<ListObject*>(sp[-int(oparg) - 1].as_obj()), TOP());
                    DROP();
                    DISPATCH();
                }
                TARGET(SET_UPDATE) {
                    set_update(sp[-int(oparg) - 1].as_obj(), TOP());
                    DROP();
                    DISPATCH();
                }
                TARGET(DICT_UPDATE) {
                    dict_update(static_cast<DictObject*>(sp[-int(oparg) - 1].as_obj()), TOP());
                    DROP();
                    DISPATCH();
                }
                TARGET(DICT_MERGE) {
                    // [callable, null, args, dict, ..., mapping]: the callee names the errors.
                    dict_merge(static_cast<DictObject*>(sp[-int(oparg) - 1].as_obj()), TOP(), sp[-int(oparg) - 4]);
                    DROP();
                    DISPATCH();
                }
                TARGET(LIST_TO_TUPLE) {
                    Value tup = list_to_tuple(TOP());
                    TOP() = std::move(tup);
                    DISPATCH();
                }
                TARGET(UNPACK_SEQUENCE) {
                    Value seq = POP();
                    unpack_sequence(seq, oparg, sp);
                    sp += oparg;
                    DISPATCH();
                }
                TARGET(UNPACK_EX) {
                    Value seq = POP();
                    size_t before = oparg & 0xff, after = oparg >> 8;
                    unpack_ex(seq, before, after, sp);
                    sp += before + 1 + after;
                    DISPATCH();
                }
                TARGET(FORMAT_VALUE) {
                    Value spec = (oparg & 4) ? POP() : Value();
                    Value r = format_value(TOP(), oparg, spec);
                    TOP() = std::move(r);
                    DISPATCH();
                }
                TARGET(MAKE_FUNCTION) {
                    int n = __builtin_popcount(oparg) + 1;
                    Value fn = make_function_from_stack(sp - n, oparg, f->globals);
                    for (int i = 0; i < n; ++i) DROP();
                    PUSH(std::move(fn));
                    DISPATCH();
                }
                TARGET(CALL) {
                    size_t nargs = oparg;
                    Value* args = sp - nargs;
                    Value* callable = args - 2;
                    if (!args[-1].empty()) {
                        --args;
                        ++nargs;
                    }
                    CHECK_BUDGETS();
                    SAVE_FRAME();
                    FunctionObject* fn = nullptr;
                    Value init_self;
                call_again:
                    if (callable->is_obj()) {
                        Object* o = callable->as_obj();
                        if (o->type == t.function) {
                            fn = static_cast<FunctionObject*>(o);
                            if (!fn->code->is_generator_like()) goto call_python_inline;
                        } else if (o->type == t.method && args == callable + 2) {
                            auto* bm = static_cast<BoundMethodObject*>(o);
                            if (bm->func.is_obj() && bm->func.as_obj()->type == t.function) {
                                Value func = bm->func;
                                Value self = bm->self;
                                callable[1] = std::move(self);
                                callable[0] = std::move(func);
                                args = callable + 1;
                                ++nargs;
                                goto call_again;
                            }
                        } else if (o->type == t.type && args == callable + 2) {
                            // C(...) for a plain class with a Python __init__: object.__new__,
                            // then __init__ runs as an inline frame that returns the instance.
                            auto* cls = static_cast<TypeObject*>(o);
                            if (FunctionObject* init = fast_init_for(cls)) {
                                init_self = cls->alloc(cls);
                                callable[1] = init_self;
                                args = callable + 1;
                                ++nargs;
                                fn = init;
                                goto call_python_inline;
                            }
                        }
                    }
                    {
                        CHARGE_WORK(NativeCall);
                        FLUSH_COUNTS();
                        Value r = call(*callable, CallArgs{args, nargs});
                        while (sp > callable) DROP();
                        PUSH(std::move(r));
                        DISPATCH();
                    }
                call_python_inline : {
                    CodeObject* code = fn->code.get();
                    Frame* nf = push_call_frame(in, fn,
                                                init_self.empty() ? std::move(*callable) : Value::borrowed(fn));
                    Value* nfast = nf->localsplus();
                    size_t argc = size_t(code->argcount);
                    size_t ndefaults = fn->defaults ? fn->defaults->items.size() : 0;
                    if (fn->simple_positional && nargs <= argc && nargs + ndefaults >= argc) {
                        for (size_t i = 0; i < nargs; ++i) nfast[i] = std::move(args[i]);
                        for (size_t i = nargs; i < argc; ++i) {
                            nfast[i] = fn->defaults->items[i - (argc - ndefaults)];
                        }
                        if (code->ncells()) initialize_cells(nf, fn);
                    } else {
                        try {
                            bind_arguments(nf, fn, CallArgs{args, nargs});
                        } catch (...) {
                            pop_call_frame(in, nf);
                            throw;
                        }
                    }
                    if (!init_self.empty()) nf->init_self_or_globals = Ref<Object>(init_self.as_obj());
                    while (sp > callable) DROP();
                    SAVE_FRAME();
                    nf->previous = f;
                    f = nf;
                    set_current_frame(f);
                    LOAD_FRAME();
                    DISPATCH();
                }
                }
                TARGET(CALL_KW) {
                    auto* kwnames = static_cast<TupleObject*>(TOP().as_obj());
                    size_t nkw = kwnames->items.size();
                    size_t total = oparg;
                    Value* args = sp - 1 - total;
                    Value* callable = args - 2;
                    size_t npos = total - nkw;
                    if (!args[-1].empty()) {
                        --args;
                        ++npos;
                    }
                    CHECK_BUDGETS();
                    SAVE_FRAME();
                    CallArgs call_args{args, npos, kwnames->items.data(), args + npos, nkw};
                    if (callable->is_obj() && callable->as_obj()->type == t.function) {
                        auto* fn = static_cast<FunctionObject*>(callable->as_obj());
                        if (!fn->code->is_generator_like()) {
                            Frame* nf = push_call_frame(in, fn, Value::borrowed(fn));
                            try {
                                bind_arguments(nf, fn, call_args);
                            } catch (...) {
                                pop_call_frame(in, nf);
                                throw;
                            }
                            while (sp > callable) DROP();
                            SAVE_FRAME();
                            nf->previous = f;
                            f = nf;
                            set_current_frame(f);
                            LOAD_FRAME();
                            DISPATCH();
                        }
                    }
                    CHARGE_WORK(NativeCall);
                    FLUSH_COUNTS();
                    Value r = call(*callable, call_args);
                    while (sp > callable) DROP();
                    PUSH(std::move(r));
                    DISPATCH();
                }
                TARGET(CALL_FUNCTION_EX) {
                    Value kwargs = (oparg & 1) ? POP() : Value();
                    Value args = POP();
                    CHECK_BUDGETS();
                    SAVE_FRAME();
                    FLUSH_COUNTS();
                    Value r = call_function_ex(sp[-2], args, kwargs);
                    DROP();
                    TOP() = std::move(r);
                    DISPATCH();
                }
                TARGET(LOAD_BUILD_CLASS) {
                    Value* bc = f->builtins->find_str(in.intern("__build_class__").get());
                    if (!bc) raise(t.NameError, "__build_class__ not found");
                    PUSH(*bc);
                    DISPATCH();
                }
                TARGET(SETUP_ANNOTATIONS) {
                    setup_annotations(f);
                    DISPATCH();
                }
                TARGET(IMPORT_NAME) {
                    Value fromlist = POP();
                    int level = int(TOP().as_int());
                    SAVE_FRAME();
                    Value m = import_name(co->names[oparg]->view(), fromlist, level, f->globals);
                    TOP() = std::move(m);
                    DISPATCH();
                }
                TARGET(IMPORT_FROM) {
                    PUSH(import_from(TOP(), co->names[oparg].get()));
                    DISPATCH();
                }
                TARGET(IMPORT_STAR) {
                    import_star(TOP(), f->locals);
                    DROP();
                    DISPATCH();
                }
            } catch (PyException& e) {
                // Nothing of the loop's locals is trusted here (so none needs to survive a call
                // in memory): the frame is the current frame, its position its next_instr. The
                // few steps counted since the last flush are dropped (deterministically).
                f = current_frame();
                ip = f->next_instr;
                acc = 0;
                exc = std::move(e.exc);
                reraise = false;
            } catch (...) {
                // RunAborted (or an engine bug): abandon every frame this loop runs.
                f = current_frame();
                while (f != entry) {
                    Frame* caller = f->previous;
                    clear_whole_stack(f);
                    leave_inline_frame(in, f);
                    f = caller;
                }
                uncount_frame(in, entry);
                set_current_frame(entry->previous);
                throw;
            }
        }

    raise_exception:
        // `exc` was raised by the instruction before `ip` in frame `f`: find its handler in
        // this frame or an inline caller; without one, leave run_frame with it.
        for (;;) {
            f->next_instr = ip;
            if (!reraise) record_traceback(tb, exc, f);
            reraise = false;
            uint32_t at = f->ip();
            int32_t h = at ? co->handler_at[at - 1] : -1;
            if (h >= 0) {
                tb.flush();
                const ExceptionHandler& handler = co->handlers[size_t(h)];
                sp = clear_stack_above(f, f->stack_base() + handler.depth);
                PUSH(std::move(exc));
                exc = Value();
                JUMP_TO(handler.target);
                break;
            }
            sp = clear_stack_above(f, f->stack_base());
            if (f == entry) {
                SAVE_FRAME();
                FLUSH_COUNTS();
                tb.flush();
                uncount_frame(in, f);
                set_current_frame(f->previous);
                throw PyException{std::move(exc)};
            }
            bool hidden = co->flags & kCoInlinedComprehension;
            Frame* caller = f->previous;
            if (f->generator) {
                exc = convert_stop_iteration(f->generator, exc);
                finish_generator(in, f);
            } else {
                set_current_frame(caller);
                pop_call_frame(in, f);
            }
            f = caller;
            LOAD_FRAME();
            reraise = hidden;  // an inlined comprehension's entry already stands for this frame
        }
    }
#undef co
#undef fast
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef FLUSH_COUNTS
#undef CHECK_BUDGETS
#undef PUSH
#undef POP
#undef DROP
#undef TOP
#undef JUMP_TO
#undef DISPATCH
#undef TARGET
}

// ---------------------------------------------------------------------------------------------
// Entry points

Value run_code(CodeObject* code, DictObject* globals, const Value& locals) {
    DictObject* builtins = interp().builtins.get();
    if (Value* b = globals->find_str(names().__builtins__)) {
        if (b->is_obj() && b->as_obj()->type == types().dict) builtins = static_cast<DictObject*>(b->as_obj());
        else if (DictObject* d = instance_dict(*b, false)) builtins = d;
    }
    Frame* frame = allocate_frame(code, Value(), globals, builtins, false);
    frame->locals = locals;
    struct Release {
        Frame* f;
        ~Release() { release_frame(f); }
    } release{frame};
    FrameExit how;
    return run_frame(frame, how);
}

void run_module_code(CodeObject* code, ModuleObject* module) {
    run_code(code, module->dict.get(), Value(module->dict));
}

Value call_python_function(Object* function, const CallArgs& args) {
    auto* fn = static_cast<FunctionObject*>(function);
    CodeObject* code = fn->code.get();
    bool is_generator = code->is_generator_like();
    Frame* frame = allocate_frame(code, Value::borrowed(fn), fn->globals.get(), fn->builtins.get(), is_generator);
    try {
        bind_arguments(frame, fn, args);
    } catch (...) {
        release_frame(frame);
        throw;
    }
    if (is_generator) return make_generator(frame, fn);
    struct Release {
        Frame* f;
        ~Release() { release_frame(f); }
    } release{frame};
    FrameExit how;
    return run_frame(frame, how);
}

void install_build_class();  // build_class.cpp
void install_vm_builtins();  // vm_builtins.cpp

void install_vm_types() {
    reset_vm_caches();
    install_code_type();
    install_function_types();
    install_generator_types();
    install_module_type();
    install_build_class();
    install_vm_builtins();
}

}  // namespace loopscope::vm
