// Compiler core: code units, instruction emission, name resolution, assembly (labels, stack
// depths, exception handlers) and the entry point.
#include "lang/compiler.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "vm/compile.h"
#include "vm/dict.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/protocol.h"
#include "vm/str.h"

namespace loopscope::lang {

using namespace ast;
using vm::Position;
using vm::Ref;
using vm::Value;

Compiler::Compiler(const SymbolTable& table, std::string filename)
    : table_(table), filename_(std::move(filename)) {}

// ---------------------------------------------------------------------------------------------
// Emission

namespace {

int32_t current_handler(const CodeUnit& u) {
    return u.handler_stack.empty() ? -1 : u.handler_stack.back();
}

}  // namespace

void Compiler::emit(Op op, uint32_t arg) {
    if (arg > vm::kMaxArg) throw CompileAbort{SyntaxError{"too many constants or names in one function"}};
    u_->instrs.push_back(Instr{vm::encode(op, arg), u_->loc, current_handler(*u_)});
}

void Compiler::emit_jump(Op op, Label target) {
    u_->instrs.push_back(Instr{vm::encode(op, uint32_t(target.id)), u_->loc, current_handler(*u_)});
}

Label Compiler::new_label() {
    u_->label_pos.push_back(-1);
    return Label{int(u_->label_pos.size() - 1)};
}

void Compiler::bind(Label label) { u_->label_pos[label.id] = int(u_->instrs.size()); }

void Compiler::push_handler(Label target, int depth_adjust) {
    u_->handlers.push_back(HandlerInfo{target, int(u_->instrs.size()), depth_adjust});
    u_->handler_stack.push_back(int(u_->handlers.size() - 1));
}

void Compiler::pop_handler() { u_->handler_stack.pop_back(); }

Position Compiler::loc_of(const node& n) const {
    return Position{n.lineno, n.end_lineno, n.col_offset, n.end_col_offset};
}

void Compiler::set_loc(const node& n) { u_->loc = loc_of(n); }

Position Compiler::loc_matching_attr(Position loc, const Attribute& attr) const {
    if (loc.lineno == attr.end_lineno) return loc;
    loc.lineno = attr.end_lineno;
    // CPython counts the name in code points against a byte column; so do we.
    int len = 0;
    for (unsigned char ch : attr.attr) len += (ch & 0xC0) != 0x80;
    if (len <= attr.end_col_offset) {
        loc.col = attr.end_col_offset - len;
    } else {
        loc.col = -1;
        loc.end_col = -1;
    }
    loc.end_lineno = std::max(loc.lineno, loc.end_lineno);
    if (loc.lineno == loc.end_lineno) loc.end_col = std::max(loc.col, loc.end_col);
    return loc;
}

void Compiler::error(const node& n, const std::string& message) {
    SyntaxError e;
    e.message = message;
    e.lineno = n.lineno;
    e.col_offset = n.col_offset;
    e.end_lineno = n.end_lineno;
    e.end_col_offset = n.end_col_offset;
    throw CompileAbort{e};
}

void Compiler::warn(const node& n, const std::string& message) {
    SyntaxWarning w;
    w.message = message;
    w.lineno = n.lineno;
    w.col_offset = n.col_offset;
    warnings.push_back(std::move(w));
}

// ---------------------------------------------------------------------------------------------
// Constants and names

uint32_t Compiler::add_const(Value v) {
    // Deduplicate the constants whose identity Python code cannot observe differently.
    std::string key;
    switch (v.tag()) {
    case vm::Tag::None: key = "N"; break;
    case vm::Tag::Bool: key = v.as_bool() ? "T" : "F"; break;
    case vm::Tag::Int: key = "i" + std::to_string(v.as_int()); break;
    case vm::Tag::Float: {
        uint64_t bits;
        double d = v.as_float();
        std::memcpy(&bits, &d, sizeof bits);
        key = "f" + std::to_string(bits);
        break;
    }
    case vm::Tag::Obj:
        if (v.as_obj()->type == vm::types().str) key = "s" + vm::as<vm::StrObject>(v)->utf8();
        break;
    default: break;
    }
    if (!key.empty()) {
        auto it = u_->const_keys.find(key);
        if (it != u_->const_keys.end()) return it->second;
        u_->const_keys.emplace(key, uint32_t(u_->consts.size()));
    }
    u_->consts.push_back(std::move(v));
    return uint32_t(u_->consts.size() - 1);
}

uint32_t Compiler::const_none() { return add_const(Value::none()); }
uint32_t Compiler::const_int(int64_t i) { return add_const(Value::small_int(i)); }
uint32_t Compiler::const_str(const std::string& s) { return add_const(Value(vm::intern(s))); }

uint32_t Compiler::add_name(const std::string& name) {
    auto it = u_->name_index.find(name);
    if (it != u_->name_index.end()) return it->second;
    u_->names.push_back(name);
    u_->name_index.emplace(name, uint32_t(u_->names.size() - 1));
    return uint32_t(u_->names.size() - 1);
}

uint32_t Compiler::add_varname(const std::string& name) {
    auto it = u_->varname_index.find(name);
    if (it != u_->varname_index.end()) return it->second;
    u_->varnames.push_back(name);
    u_->varname_index.emplace(name, uint32_t(u_->varnames.size() - 1));
    return uint32_t(u_->varnames.size() - 1);
}

uint32_t Compiler::global_site(const std::string& name) {
    u_->global_site_names.push_back(add_name(name));
    return uint32_t(u_->global_site_names.size() - 1);
}

uint32_t Compiler::attr_site(const std::string& name) {
    u_->attr_site_names.push_back(add_name(name));
    return uint32_t(u_->attr_site_names.size() - 1);
}

Value Compiler::constant_value(const ConstantValue& c) {
    switch (c.kind) {
    case ConstantKind::None: return Value::none();
    case ConstantKind::Bool: return Value::boolean(c.b);
    case ConstantKind::Ellipsis: return vm::interp().ellipsis;
    case ConstantKind::Int: return Value::small_int(c.i);
    case ConstantKind::BigInt: return vm::make_int_from_string(c.s, 10);
    case ConstantKind::Float: return Value::real(c.f);
    case ConstantKind::Complex: {
        Value* complex_type = vm::interp().builtins->find_str(vm::intern("complex").get());
        if (!complex_type) return Value::real(c.f);
        return vm::call(*complex_type, {Value::real(0.0), Value::real(c.f)});
    }
    case ConstantKind::Str: return Value(vm::make_str(c.s));
    case ConstantKind::Bytes: {
        Value* bytes_type = vm::interp().builtins->find_str(vm::intern("bytes").get());
        std::vector<Value> items;
        for (unsigned char ch : c.s) items.push_back(Value::small_int(ch));
        if (!bytes_type) return Value(vm::make_str(c.s));
        return vm::call(*bytes_type, {Value(vm::make_list(std::move(items)))});
    }
    }
    return Value::none();
}

// ---------------------------------------------------------------------------------------------
// Units and names

void Compiler::enter_unit(Scope* scope, std::string name, int firstlineno) {
    auto unit = std::make_unique<CodeUnit>();
    unit->scope = scope;
    unit->name = std::move(name);
    unit->firstlineno = firstlineno;
    unit->private_name = u_ ? u_->private_name : std::string();
    unit->loc = Position{firstlineno, firstlineno, -1, -1};
    for (const std::string& p : scope->params) {
        unit->varname_index.emplace(p, uint32_t(unit->varnames.size()));
        unit->varnames.push_back(p);
    }
    stack_.push_back(std::move(unit));
    u_ = stack_.back().get();
    if (stack_.size() > 1) compute_qualname();
    else u_->qualname = u_->name;
}

Ref<vm::CodeObject> Compiler::leave_unit() {
    Ref<vm::CodeObject> code = assemble(*u_);
    stack_.pop_back();
    u_ = stack_.empty() ? nullptr : stack_.back().get();
    return code;
}

std::string Compiler::mangle_name(const std::string& name) const {
    return mangle(u_->private_name, name);
}

bool Compiler::is_top_level_function_like() const { return u_->scope->is_function_like(); }

int Compiler::cell_index(const std::string& name) {
    const Scope& s = *u_->scope;
    auto c = std::find(s.cellvars.begin(), s.cellvars.end(), name);
    if (c != s.cellvars.end()) return int(c - s.cellvars.begin());
    auto f = std::find(s.freevars.begin(), s.freevars.end(), name);
    if (f != s.freevars.end()) return int(s.cellvars.size() + (f - s.freevars.begin()));
    throw std::logic_error("compiler: no cell for " + name + " in " + s.name);
}

void Compiler::name_op(const std::string& raw, ExprContext ctx) {
    std::string name = mangle_name(raw);
    const Scope& s = *u_->scope;
    NameScope scope = s.scope_of(name);
    enum { Name, Fast, Deref, Global } how = Name;
    switch (scope) {
    case NameScope::Free:
    case NameScope::Cell: how = Deref; break;
    case NameScope::Local: how = s.is_function_like() ? Fast : Name; break;
    case NameScope::GlobalImplicit: how = s.is_function_like() ? Global : Name; break;
    case NameScope::GlobalExplicit: how = Global; break;
    }
    switch (how) {
    case Deref: {
        uint32_t i = uint32_t(cell_index(name));
        if (ctx == ExprContext::Load) emit(s.kind == BlockKind::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF, i);
        else if (ctx == ExprContext::Store) emit(Op::STORE_DEREF, i);
        else emit(Op::DELETE_DEREF, i);
        return;
    }
    case Fast: {
        uint32_t i = add_varname(name);
        emit(ctx == ExprContext::Load ? Op::LOAD_FAST : ctx == ExprContext::Store ? Op::STORE_FAST : Op::DELETE_FAST, i);
        return;
    }
    case Global:
        if (ctx == ExprContext::Load) emit(Op::LOAD_GLOBAL, global_site(name) << 1);
        else emit(ctx == ExprContext::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, add_name(name));
        return;
    case Name:
        emit(ctx == ExprContext::Load ? Op::LOAD_NAME : ctx == ExprContext::Store ? Op::STORE_NAME : Op::DELETE_NAME,
             add_name(name));
        return;
    }
}

void Compiler::push_fblock(FBlockKind kind, Label block, Label exit, const void* datum,
                           size_t handlers_outside) {
    if (handlers_outside == SIZE_MAX) handlers_outside = u_->handler_stack.size();
    FBlock b{kind, block, exit, datum, handlers_outside, u_->loc};
    u_->fblocks.push_back(b);
}

void Compiler::pop_fblock(FBlockKind kind) {
    if (u_->fblocks.empty() || u_->fblocks.back().kind != kind) {
        throw std::logic_error("compiler: fblock stack mismatch");
    }
    u_->fblocks.pop_back();
}

// ---------------------------------------------------------------------------------------------
// Assembly

namespace {

// Stack depth before each instruction, by flow analysis over jumps, fall-throughs and
// exception edges. Also checks the invariant that every path reaches an instruction with the
// same depth. Returns the maximum depth.
int compute_depths(const CodeUnit& u, const std::vector<uint32_t>& words,
                   std::vector<int>& depth, std::vector<int>& handler_depth) {
    size_t n = words.size();
    depth.assign(n, -1);
    handler_depth.assign(u.handlers.size(), 0);
    std::vector<std::vector<int>> handlers_set_up_at(n + 1);
    for (size_t h = 0; h < u.handlers.size(); ++h) {
        handlers_set_up_at[size_t(u.handlers[h].setup_instr)].push_back(int(h));
    }
    std::vector<size_t> work;
    int max_depth = 0;
    auto reach = [&](size_t i, int d) {
        if (i >= n) return;
        if (d < 0) throw std::logic_error("compiler: negative stack depth");
        if (depth[i] == -1) {
            depth[i] = d;
            max_depth = std::max(max_depth, d);
            work.push_back(i);
        } else if (depth[i] != d) {
            throw std::logic_error("compiler: inconsistent stack depth at instruction " + std::to_string(i) +
                                   " (" + std::to_string(depth[i]) + " vs " + std::to_string(d) + ") in " +
                                   u.qualname);
        }
    };
    reach(0, 0);
    while (!work.empty()) {
        size_t i = work.back();
        work.pop_back();
        int d = depth[i];
        for (int h : handlers_set_up_at[i]) {
            handler_depth[size_t(h)] = d + u.handlers[size_t(h)].depth_adjust;
            int target = u.label_pos[size_t(u.handlers[size_t(h)].target.id)];
            reach(size_t(target), handler_depth[size_t(h)] + 1);
        }
        Op op = vm::op_of(words[i]);
        uint32_t arg = vm::arg_of(words[i]);
        vm::Flow flow = vm::op_flow(op);
        int after = d + vm::stack_effect(op, arg, false);
        max_depth = std::max(max_depth, after);
        if (flow == vm::Flow::Seq || flow == vm::Flow::Branch) reach(i + 1, after);
        if (flow == vm::Flow::Branch || flow == vm::Flow::Jump) {
            int jumped = d + vm::stack_effect(op, arg, true);
            max_depth = std::max(max_depth, jumped);
            reach(arg, jumped);
        }
    }
    return max_depth;
}

// Fuses common adjacent pairs into superinstructions. The second instruction keeps its slot
// (its position, handler and word: the fused instruction reads its argument from there and
// skips it), so the line table stays parallel and errors in either half point where CPython
// points. Pairs whose second half is a jump target are left alone.
void fuse_pairs(const CodeUnit& u, std::vector<uint32_t>& words) {
    size_t n = words.size();
    std::vector<bool> target(n + 1, false);
    for (uint32_t w : words) {
        if (vm::op_is_jump(vm::op_of(w))) target[vm::arg_of(w)] = true;
    }
    for (const HandlerInfo& h : u.handlers) target[size_t(u.label_pos[size_t(h.target.id)])] = true;
    for (size_t i = 0; i + 1 < n; ++i) {
        if (target[i + 1]) continue;
        Op a = vm::op_of(words[i]);
        Op b = vm::op_of(words[i + 1]);
        Op fused = Op::NOP;
        if (a == Op::LOAD_FAST && b == Op::LOAD_FAST) fused = Op::LOAD_FAST_LOAD_FAST;
        else if (a == Op::STORE_FAST && b == Op::LOAD_FAST) fused = Op::STORE_FAST_LOAD_FAST;
        else if (a == Op::LOAD_CONST && b == Op::BINARY_OP) fused = Op::LOAD_CONST_BINARY_OP;
        else if (a == Op::COMPARE_OP && b == Op::POP_JUMP_IF_FALSE) fused = Op::COMPARE_OP_JUMP_IF_FALSE;
        else if (a == Op::COMPARE_OP && b == Op::POP_JUMP_IF_TRUE) fused = Op::COMPARE_OP_JUMP_IF_TRUE;
        if (fused == Op::NOP) continue;
        words[i] = vm::encode(fused, vm::arg_of(words[i]));
        ++i;  // the second half is taken
    }
}

}  // namespace

Ref<vm::CodeObject> Compiler::assemble(CodeUnit& unit) {
    size_t n = unit.instrs.size();
    std::vector<uint32_t> words(n);
    for (size_t i = 0; i < n; ++i) {
        uint32_t w = unit.instrs[i].word;
        Op op = vm::op_of(w);
        if (vm::op_is_jump(op)) {
            int target = unit.label_pos[vm::arg_of(w)];
            if (target < 0) throw std::logic_error("compiler: unbound label in " + unit.qualname);
            if (op == Op::JUMP && size_t(target) <= i) op = Op::JUMP_BACKWARD;
            w = vm::encode(op, uint32_t(target));
        }
        words[i] = w;
    }
    std::vector<int> depth, handler_depth;
    int max_depth = compute_depths(unit, words, depth, handler_depth);
    fuse_pairs(unit, words);

    Ref<vm::CodeObject> code = vm::make_code();
    code->code = std::move(words);
    code->positions.reserve(n);
    code->handler_at.reserve(n);
    std::vector<int32_t> compact(unit.handlers.size(), -1);
    for (size_t i = 0; i < n; ++i) {
        code->positions.push_back(unit.instrs[i].pos);
        int32_t h = unit.instrs[i].handler;
        if (h >= 0 && compact[size_t(h)] < 0) {
            compact[size_t(h)] = int32_t(code->handlers.size());
            code->handlers.push_back(vm::ExceptionHandler{
                uint32_t(unit.label_pos[size_t(unit.handlers[size_t(h)].target.id)]),
                uint32_t(handler_depth[size_t(h)])});
        }
        code->handler_at.push_back(h >= 0 ? compact[size_t(h)] : -1);
    }
    code->consts = std::move(unit.consts);
    for (const std::string& s : unit.names) code->names.push_back(vm::intern(s));
    for (const std::string& s : unit.varnames) code->varnames.push_back(vm::intern(s));
    const Scope& scope = *unit.scope;
    for (const std::string& s : scope.cellvars) {
        code->cellvars.push_back(vm::intern(s));
        auto it = std::find(scope.params.begin(), scope.params.end(), s);
        code->cell_from_arg.push_back(it == scope.params.end() ? -1 : int32_t(it - scope.params.begin()));
    }
    for (const std::string& s : scope.freevars) code->freevars.push_back(vm::intern(s));
    for (uint32_t name : unit.global_site_names) code->global_sites.push_back(vm::GlobalSite{name});
    for (uint32_t name : unit.attr_site_names) code->attr_sites.push_back(vm::AttrSite{name});
    code->argcount = unit.argcount;
    code->posonlyargcount = unit.posonlyargcount;
    code->kwonlyargcount = unit.kwonlyargcount;
    code->flags = unit.flags;
    code->stacksize = max_depth + 1;
    code->name = unit.name;
    code->qualname = unit.qualname;
    code->filename = filename_;
    code->firstlineno = unit.firstlineno;
    code->finish_layout();
    return code;
}

// ---------------------------------------------------------------------------------------------
// Module

namespace {

// Whether a block has annotations that need the module/class __annotations__ dict
// (CPython's find_ann: compound statements are searched, nested defs and classes are not).
bool find_annotations(const std::vector<stmt*>& stmts) {
    for (const stmt* s : stmts) {
        switch (s->kind) {
        case StmtKind::AnnAssign: return true;
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            const auto& f = static_cast<const ForBase&>(*s);
            if (find_annotations(f.body) || find_annotations(f.orelse)) return true;
            break;
        }
        case StmtKind::While:
            if (find_annotations(s->as<While>().body) || find_annotations(s->as<While>().orelse)) return true;
            break;
        case StmtKind::If:
            if (find_annotations(s->as<If>().body) || find_annotations(s->as<If>().orelse)) return true;
            break;
        case StmtKind::With:
        case StmtKind::AsyncWith:
            if (find_annotations(static_cast<const WithBase&>(*s).body)) return true;
            break;
        case StmtKind::Try:
        case StmtKind::TryStar: {
            const auto& t = static_cast<const TryBase&>(*s);
            if (find_annotations(t.body) || find_annotations(t.orelse) || find_annotations(t.finalbody)) return true;
            for (const ExceptHandler* h : t.handlers) {
                if (find_annotations(h->body)) return true;
            }
            break;
        }
        default: break;
        }
    }
    return false;
}

}  // namespace

bool Compiler::find_docstring(const std::vector<ast::stmt*>& stmts, std::string& doc) const {
    if (stmts.empty() || !stmts[0]->is<Expr>()) return false;
    const ast::expr* v = stmts[0]->as<Expr>().value;
    if (!v->is<Constant>() || v->as<Constant>().value.kind != ConstantKind::Str) return false;
    doc = v->as<Constant>().value.s;
    return true;
}

// CPython 3.13's _PyCompile_CleanDoc: docstrings lose their indentation at compile time —
// the first line its leading spaces, later lines the smallest indentation of the non-blank
// ones. Tabs are expanded first (to multiples of 8).
std::string cleaned_docstring(const std::string& raw) {
    std::string doc;
    size_t column = 0;
    for (char ch : raw) {
        if (ch == '\t') {
            size_t spaces = 8 - column % 8;
            doc.append(spaces, ' ');
            column += spaces;
        } else {
            doc.push_back(ch);
            column = ch == '\n' ? 0 : column + 1;
        }
    }
    size_t margin = std::string::npos;
    size_t p = doc.find('\n');
    p = p == std::string::npos ? doc.size() : p + 1;
    while (p < doc.size()) {
        size_t s = p;
        while (p < doc.size() && doc[p] == ' ') ++p;
        if (p < doc.size() && doc[p] != '\n') margin = std::min(margin, p - s);
        size_t nl = doc.find('\n', p);
        p = nl == std::string::npos ? doc.size() : nl + 1;
    }
    if (margin == std::string::npos) margin = 0;
    size_t first = 0;
    while (first < doc.size() && doc[first] == ' ') ++first;
    std::string out;
    p = first;
    while (p < doc.size()) {
        char ch = doc[p++];
        out.push_back(ch);
        if (ch == '\n') break;
    }
    while (p < doc.size()) {
        for (size_t i = 0; i < margin && p < doc.size() && doc[p] == ' '; ++i) ++p;
        while (p < doc.size()) {
            char ch = doc[p++];
            out.push_back(ch);
            if (ch == '\n') break;
        }
    }
    return out;
}

Ref<vm::CodeObject> Compiler::compile_module(const Module& module) {
    enter_unit(table_.top(), "<module>", 1);
    u_->loc = Position{1, 1, 0, 0};
    size_t start = 0;
    if (find_annotations(module.body)) emit(Op::SETUP_ANNOTATIONS);
    std::string doc;
    if (find_docstring(module.body, doc)) {
        set_loc(*module.body[0]);
        load_const(Value(vm::make_str(cleaned_docstring(doc))));
        name_op("__doc__", ExprContext::Store);
        start = 1;
    }
    for (size_t i = start; i < module.body.size(); ++i) stmt(*module.body[i]);
    if (!module.body.empty()) {
        const ast::stmt& last = *module.body.back();
        u_->loc = Position{last.end_lineno, last.end_lineno, -1, -1};
    }
    emit(Op::RETURN_CONST, const_none());
    return leave_unit();
}

Ref<vm::CodeObject> Compiler::compile_expression(const ast::expr& e) {
    enter_unit(table_.top(), "<module>", 1);
    set_loc(e);
    expr(e);
    emit(Op::RETURN_VALUE);
    return leave_unit();
}

}  // namespace loopscope::lang

// ---------------------------------------------------------------------------------------------
// The public entry points

namespace loopscope::vm {

CompileResult compile_module(const lang::ast::Module& module, const std::string& filename) {
    CompileResult result;
    lang::SymtableResult st = lang::build_symtable(module);
    if (st.error) {
        result.error = st.error;
        return result;
    }
    try {
        lang::Compiler compiler(*st.table, filename);
        result.code = compiler.compile_module(module);
        result.warnings = std::move(compiler.warnings);
    } catch (const lang::CompileAbort& abort) {
        result.error = abort.error;
    }
    return result;
}

CompileResult compile_eval(const lang::ast::Module& module, const std::string& filename) {
    CompileResult result;
    lang::SymtableResult st = lang::build_symtable(module);
    if (st.error) {
        result.error = st.error;
        return result;
    }
    try {
        lang::Compiler compiler(*st.table, filename);
        result.code = compiler.compile_expression(*module.body[0]->as<lang::ast::Expr>().value);
    } catch (const lang::CompileAbort& abort) {
        result.error = abort.error;
    }
    return result;
}

}  // namespace loopscope::vm
