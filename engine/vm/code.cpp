#include "vm/code.h"

#include <cstdio>

#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/protocol.h"
#include "vm/str.h"

namespace loopscope::vm {

// ---- the opcode table ----

namespace {

struct OpInfo {
    const char* name;
    Flow flow;
};

constexpr OpInfo kOpInfo[] = {
#define LS_OP_INFO(name, flow, effect, jump_effect, doc) {#name, Flow::flow},
    LS_OPCODES(LS_OP_INFO)
#undef LS_OP_INFO
};

}  // namespace

const char* op_name(Op op) { return size_t(op) < std::size(kOpInfo) ? kOpInfo[size_t(op)].name : "???"; }
Flow op_flow(Op op) { return kOpInfo[size_t(op)].flow; }

int stack_effect(Op op, uint32_t arg, bool jumping) {
    switch (op) {
#define LS_OP_EFFECT(name, flow, effect, jump_effect, doc) \
    case Op::name: return jumping ? int(jump_effect) : int(effect);
        LS_OPCODES(LS_OP_EFFECT)
#undef LS_OP_EFFECT
    }
    return 0;
}

bool op_is_jump(Op op) {
    Flow f = op_flow(op);
    return f == Flow::Branch || f == Flow::Jump;
}

// ---- CodeObject ----

void CodeObject::clear_references() {
    attr_sites.clear();
    consts.clear();
    names.clear();
    varnames.clear();
    cellvars.clear();
    freevars.clear();
}

size_t CodeObject::footprint() const {
    return sizeof(CodeObject) + code.capacity() * (sizeof(uint32_t) + sizeof(Position) + sizeof(int32_t));
}

StrObject* CodeObject::localsplus_name(size_t i) const {
    if (i < varnames.size()) return varnames[i].get();
    i -= varnames.size();
    if (i < cellvars.size()) return cellvars[i].get();
    return freevars[i - cellvars.size()].get();
}

Ref<CodeObject> make_code() { return make<CodeObject>(types().code); }

// ---- disassembler ----

namespace {

std::string operand_note(const CodeObject& c, Op op, uint32_t arg) {
    auto name_at = [&](uint32_t i) { return i < c.names.size() ? c.names[i]->utf8() : std::string("?"); };
    switch (op) {
    case Op::LOAD_CONST:
    case Op::LOAD_CONST_BINARY_OP:
    case Op::RETURN_CONST:
        if (arg < c.consts.size()) {
            const Value& v = c.consts[arg];
            if (v.is_obj() && v.as_obj()->type == types().code) {
                return "<code " + static_cast<CodeObject*>(v.as_obj())->qualname + ">";
            }
            try {
                return repr_string(v);
            } catch (const PyException&) {
                return "?";
            }
        }
        return "?";
    case Op::LOAD_FAST:
    case Op::LOAD_FAST_LOAD_FAST:
    case Op::STORE_FAST_LOAD_FAST:
    case Op::STORE_FAST:
    case Op::DELETE_FAST: return arg < c.varnames.size() ? c.varnames[arg]->utf8() : "?";
    case Op::LOAD_DEREF:
    case Op::STORE_DEREF:
    case Op::DELETE_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
        return arg < c.ncells() ? c.localsplus_name(c.nlocals() + arg)->utf8() : "?";
    case Op::LOAD_NAME:
    case Op::STORE_NAME:
    case Op::DELETE_NAME:
    case Op::STORE_GLOBAL:
    case Op::DELETE_GLOBAL:
    case Op::DELETE_ATTR:
    case Op::IMPORT_NAME:
    case Op::IMPORT_FROM: return name_at(arg);
    case Op::LOAD_GLOBAL:
        if ((arg >> 1) >= c.global_sites.size()) return "?";
        return name_at(c.global_sites[arg >> 1].name_index) + ((arg & 1) ? " + NULL" : "");
    case Op::LOAD_ATTR:
    case Op::STORE_ATTR:
    case Op::LOAD_METHOD: return arg < c.attr_sites.size() ? name_at(c.attr_sites[arg].name_index) : "?";
    case Op::BINARY_OP: {
        std::string s = binop_symbol(BinOp(arg & 0xff));
        return (arg & kInplaceFlag) ? s + "=" : s;
    }
    default:
        if (op_is_jump(op)) return "to " + std::to_string(arg);
        return "";
    }
}

void disassemble_one(const CodeObject& c, std::string& out) {
    out += "Disassembly of " + c.qualname + " (" + c.filename + ", line " + std::to_string(c.firstlineno) +
           ", stack " + std::to_string(c.stacksize) + "):\n";
    int last_line = -1;
    for (size_t i = 0; i < c.code.size(); ++i) {
        Op op = op_of(c.code[i]);
        uint32_t arg = arg_of(c.code[i]);
        int line = c.positions[i].lineno;
        char head[64];
        if (line != last_line) std::snprintf(head, sizeof head, "%4d %6zu ", line, i);
        else std::snprintf(head, sizeof head, "     %6zu ", i);
        last_line = line;
        char body[64];
        std::snprintf(body, sizeof body, "%-22s %4u", op_name(op), arg);
        out += head;
        out += body;
        std::string note = operand_note(c, op, arg);
        if (!note.empty()) out += " (" + note + ")";
        if (c.handler_at[i] >= 0) {
            const ExceptionHandler& h = c.handlers[size_t(c.handler_at[i])];
            out += "  [-> " + std::to_string(h.target) + " depth " + std::to_string(h.depth) + "]";
        }
        out += "\n";
    }
}

}  // namespace

std::string disassemble(const CodeObject& code, bool recursive) {
    std::string out;
    disassemble_one(code, out);
    if (recursive) {
        for (const Value& v : code.consts) {
            if (v.is_obj() && v.as_obj()->type == types().code) {
                out += "\n";
                out += disassemble(*static_cast<CodeObject*>(v.as_obj()), true);
            }
        }
    }
    return out;
}

// ---- the `code` type ----

namespace {

CodeObject* as_code(const Value& v) { return static_cast<CodeObject*>(v.as_obj()); }

Value names_tuple(const std::vector<Ref<StrObject>>& names) {
    std::vector<Value> items;
    for (const auto& n : names) items.push_back(Value(n));
    return make_tuple(std::move(items));
}

Value code_repr(const CallArgs& a) {
    CodeObject* c = as_code(a[0]);
    std::string addr = object_default_repr(a[0]);
    addr = addr.substr(addr.rfind(" at ") + 4);
    addr.pop_back();
    return make_str("<code object " + c->name + " at " + addr + ", file \"" + c->filename + "\", line " +
                    std::to_string(c->firstlineno) + ">");
}

}  // namespace

void install_code_type() {
    TypeObject* t = types().code;
    add_method(t, "__repr__", code_repr);
    add_getset(t, "co_name", [](const Value& s) -> Value { return make_str(as_code(s)->name); });
    add_getset(t, "co_qualname", [](const Value& s) -> Value { return make_str(as_code(s)->qualname); });
    add_getset(t, "co_filename", [](const Value& s) -> Value { return make_str(as_code(s)->filename); });
    add_getset(t, "co_firstlineno", [](const Value& s) { return Value::small_int(as_code(s)->firstlineno); });
    add_getset(t, "co_argcount", [](const Value& s) { return Value::small_int(as_code(s)->argcount); });
    add_getset(t, "co_posonlyargcount", [](const Value& s) { return Value::small_int(as_code(s)->posonlyargcount); });
    add_getset(t, "co_kwonlyargcount", [](const Value& s) { return Value::small_int(as_code(s)->kwonlyargcount); });
    add_getset(t, "co_flags", [](const Value& s) { return Value::small_int(as_code(s)->flags & 0xffff); });
    add_getset(t, "co_nlocals", [](const Value& s) { return Value::small_int(int64_t(as_code(s)->nlocals())); });
    add_getset(t, "co_stacksize", [](const Value& s) { return Value::small_int(as_code(s)->stacksize); });
    add_getset(t, "co_varnames", [](const Value& s) { return names_tuple(as_code(s)->varnames); });
    add_getset(t, "co_cellvars", [](const Value& s) { return names_tuple(as_code(s)->cellvars); });
    add_getset(t, "co_freevars", [](const Value& s) { return names_tuple(as_code(s)->freevars); });
    add_getset(t, "co_names", [](const Value& s) { return names_tuple(as_code(s)->names); });
    add_getset(t, "co_consts", [](const Value& s) -> Value { return make_tuple(as_code(s)->consts); });
}

}  // namespace loopscope::vm
