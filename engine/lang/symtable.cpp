#include "lang/symtable.h"

#include <algorithm>
#include <set>

namespace loopscope::lang {

using namespace ast;

// ---------------------------------------------------------------------------------------------
// Scope queries

const Symbol* Scope::lookup(const std::string& n) const {
    auto it = index.find(n);
    return it == index.end() ? nullptr : &symbols[it->second];
}

NameScope Scope::scope_of(const std::string& n) const {
    const Symbol* s = lookup(n);
    return s ? s->scope : NameScope::GlobalImplicit;
}

uint32_t Scope::flags_of(const std::string& n) const {
    const Symbol* s = lookup(n);
    return s ? s->flags : 0;
}

Scope* SymbolTable::scope_for(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
}

std::string mangle(const std::string& class_name, const std::string& name) {
    if (class_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
    if (name.find('.') != std::string::npos) return name;
    size_t strip = class_name.find_first_not_of('_');
    if (strip == std::string::npos) return name;  // class name is all underscores
    return "_" + class_name.substr(strip) + name;
}

// ---------------------------------------------------------------------------------------------
// Pass 1: collect the raw facts

namespace {

struct Abort {
    SyntaxError error;
};

SyntaxError error_at(const node& n, std::string message) {
    SyntaxError e;
    e.message = std::move(message);
    e.lineno = n.lineno;
    e.col_offset = n.col_offset;
    e.end_lineno = n.end_lineno;
    e.end_col_offset = n.end_col_offset;
    return e;
}

[[noreturn]] void fail(const node& n, std::string message) { throw Abort{error_at(n, std::move(message))}; }

std::string quoted(const std::string& name) { return "'" + name + "'"; }

const char* comprehension_word(ComprehensionKind k) {
    switch (k) {
    case ComprehensionKind::List: return "list comprehension";
    case ComprehensionKind::Set: return "set comprehension";
    case ComprehensionKind::Dict: return "dict comprehension";
    default: return "generator expression";
    }
}

}  // namespace

class SymtableBuilder {
public:
    explicit SymtableBuilder(SymbolTable& table) : table_(table) {}

    void build(const Module& module) {
        table_.top_ = enter(BlockKind::Module, "top", &module, nullptr);
        for (const stmt* s : module.body) visit_stmt(*s);
        exit();
        analyze();
    }

private:
    SymbolTable& table_;
    Scope* cur_ = nullptr;
    std::string private_;  // enclosing class name, for mangling
    // Where each `global`/`nonlocal` (or walrus-implied) declaration of a name is, per block:
    // errors found during analysis point there.
    std::unordered_map<const Scope*, std::vector<std::pair<std::string, const node*>>> directives_;

    // ---- blocks ----
    Scope* enter(BlockKind kind, std::string name, const void* key, const node* where) {
        (void)where;
        auto owned = std::make_unique<Scope>();
        Scope* s = owned.get();
        s->kind = kind;
        s->name = std::move(name);
        s->node = key;
        s->parent = cur_;
        if (cur_) {
            cur_->children.push_back(s);
            s->nested = cur_->nested || cur_->is_function_like();
        }
        table_.scopes_.push_back(std::move(owned));
        table_.by_node_[key] = s;
        cur_ = s;
        return s;
    }
    void exit() { cur_ = cur_->parent; }

    Symbol& symbol(Scope* s, const std::string& name) {
        auto it = s->index.find(name);
        if (it != s->index.end()) return s->symbols[it->second];
        s->index.emplace(name, s->symbols.size());
        s->symbols.push_back(Symbol{name, 0, NameScope::GlobalImplicit});
        return s->symbols.back();
    }

    void add_def(const std::string& raw, uint32_t flag, const node& where) {
        add_def_in(cur_, raw, flag, where);
    }

    void add_def_in(Scope* s, const std::string& raw, uint32_t flag, const node& where) {
        std::string name = mangle(private_, raw);
        Symbol& sym = symbol(s, name);
        if ((flag & kDefParam) && (sym.flags & kDefParam)) {
            fail(where, "duplicate argument " + quoted(name) + " in function definition");
        }
        sym.flags |= flag;
        if (s == cur_ && s->comp_iter_target) {
            if (sym.flags & (kDefGlobal | kDefNonlocal)) {
                fail(where, "comprehension inner loop cannot rebind assignment expression target " +
                                quoted(name));
            }
            sym.flags |= kDefCompIter;
        }
        if (flag & kDefParam) s->params.push_back(name);
    }

    void record_directive(const std::string& raw, const node& where) {
        directives_[cur_].emplace_back(mangle(private_, raw), &where);
    }

    // ---- statements ----
    void visit_body(const std::vector<stmt*>& body) {
        for (const stmt* s : body) visit_stmt(*s);
    }

    void visit_stmt(const stmt& s) {
        switch (s.kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: visit_function(static_cast<const FunctionDefBase&>(s)); break;
        case StmtKind::ClassDef: visit_class(s.as<ClassDef>()); break;
        case StmtKind::Return:
            if (s.as<Return>().value) visit_expr(*s.as<Return>().value);
            break;
        case StmtKind::Delete:
            for (const expr* t : s.as<Delete>().targets) visit_expr(*t);
            break;
        case StmtKind::Assign: {
            const auto& a = s.as<Assign>();
            for (const expr* t : a.targets) visit_expr(*t);
            visit_expr(*a.value);
            break;
        }
        case StmtKind::AugAssign: {
            const auto& a = s.as<AugAssign>();
            visit_expr(*a.target);
            visit_expr(*a.value);
            break;
        }
        case StmtKind::AnnAssign: visit_ann_assign(s.as<AnnAssign>()); break;
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            const auto& f = static_cast<const ForBase&>(s);
            visit_expr(*f.target);
            visit_expr(*f.iter);
            visit_body(f.body);
            visit_body(f.orelse);
            break;
        }
        case StmtKind::While: {
            const auto& w = s.as<While>();
            visit_expr(*w.test);
            visit_body(w.body);
            visit_body(w.orelse);
            break;
        }
        case StmtKind::If: {
            const auto& i = s.as<If>();
            visit_expr(*i.test);
            visit_body(i.body);
            visit_body(i.orelse);
            break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            const auto& w = static_cast<const WithBase&>(s);
            for (const withitem* item : w.items) {
                visit_expr(*item->context_expr);
                if (item->optional_vars) visit_expr(*item->optional_vars);
            }
            visit_body(w.body);
            break;
        }
        case StmtKind::Raise: {
            const auto& r = s.as<Raise>();
            if (r.exc) visit_expr(*r.exc);
            if (r.cause) visit_expr(*r.cause);
            break;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            const auto& t = static_cast<const TryBase&>(s);
            visit_body(t.body);
            for (const ExceptHandler* h : t.handlers) {
                if (h->type) visit_expr(*h->type);
                if (!h->name.empty()) add_def(h->name, kDefLocal, *h);
                visit_body(h->body);
            }
            visit_body(t.orelse);
            visit_body(t.finalbody);
            break;
        }
        case StmtKind::Assert: {
            const auto& a = s.as<Assert>();
            visit_expr(*a.test);
            if (a.msg) visit_expr(*a.msg);
            break;
        }
        case StmtKind::Import:
            for (const alias* a : s.as<Import>().names) visit_alias(*a);
            break;
        case StmtKind::ImportFrom:
            for (const alias* a : s.as<ImportFrom>().names) visit_alias(*a);
            break;
        case StmtKind::Global: visit_global(s, s.as<Global>().names, true); break;
        case StmtKind::Nonlocal: visit_global(s, s.as<Nonlocal>().names, false); break;
        case StmtKind::Expr: visit_expr(*s.as<Expr>().value); break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue: break;
        }
    }

    void visit_function(const FunctionDefBase& f) {
        add_def(f.name, kDefLocal, f);
        visit_defaults(*f.args);
        for (const expr* d : f.decorator_list) visit_expr(*d);
        visit_annotations(*f.args, f.returns);
        Scope* s = enter(BlockKind::Function, f.name, &f, &f);
        s->is_async_def = s->is_coroutine = f.kind == StmtKind::AsyncFunctionDef;
        visit_params(*f.args);
        visit_body(f.body);
        exit();
    }

    void visit_defaults(const arguments& a) {
        for (const expr* d : a.defaults) visit_expr(*d);
        for (const expr* d : a.kw_defaults) {
            if (d) visit_expr(*d);
        }
    }

    // Annotations of parameters and the return are evaluated in the enclosing block (3.13,
    // without `from __future__ import annotations`).
    void visit_annotations(const arguments& a, const expr* returns) {
        auto one = [&](const arg* p) {
            if (p && p->annotation) visit_expr(*p->annotation);
        };
        for (const arg* p : a.posonlyargs) one(p);
        for (const arg* p : a.args) one(p);
        one(a.vararg);
        for (const arg* p : a.kwonlyargs) one(p);
        one(a.kwarg);
        if (returns) visit_expr(*returns);
    }

    // co_varnames order: positional (posonly first), keyword-only, *args, **kwargs.
    void visit_params(const arguments& a) {
        for (const arg* p : a.posonlyargs) add_def(p->arg, kDefParam, *p);
        for (const arg* p : a.args) add_def(p->arg, kDefParam, *p);
        for (const arg* p : a.kwonlyargs) add_def(p->arg, kDefParam, *p);
        if (a.vararg) {
            add_def(a.vararg->arg, kDefParam, *a.vararg);
            cur_->has_varargs = true;
        }
        if (a.kwarg) {
            add_def(a.kwarg->arg, kDefParam, *a.kwarg);
            cur_->has_varkeywords = true;
        }
    }

    void visit_class(const ClassDef& c) {
        add_def(c.name, kDefLocal, c);
        for (const expr* b : c.bases) visit_expr(*b);
        for (const keyword* k : c.keywords) visit_expr(*k->value);
        for (const expr* d : c.decorator_list) visit_expr(*d);
        enter(BlockKind::Class, c.name, &c, &c);
        std::string saved = private_;
        private_ = c.name;
        visit_body(c.body);
        private_ = saved;
        exit();
    }

    void visit_ann_assign(const AnnAssign& a) {
        if (a.target->is<Name>()) {
            const std::string& id = a.target->as<Name>().id;
            uint32_t cur = cur_->flags_of(mangle(private_, id));
            if ((cur & (kDefGlobal | kDefNonlocal)) && cur_->kind != BlockKind::Module && a.simple) {
                fail(a, "annotated name " + quoted(id) + " can't be " +
                            ((cur & kDefGlobal) ? "global" : "nonlocal"));
            }
            if (a.simple) {
                add_def(id, kDefAnnot | kDefLocal, *a.target);
            } else if (a.value) {
                add_def(id, kDefLocal, *a.target);
            }
        } else {
            visit_expr(*a.target);
        }
        visit_expr(*a.annotation);
        if (a.value) visit_expr(*a.value);
    }

    void visit_alias(const alias& a) {
        if (a.name == "*") {
            if (cur_->kind != BlockKind::Module) fail(a, "import * only allowed at module level");
            return;
        }
        std::string stored = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
        add_def(stored, kDefImport, a);
    }

    void visit_global(const stmt& s, const std::vector<std::string>& names, bool is_global) {
        for (const std::string& raw : names) {
            std::string name = mangle(private_, raw);
            uint32_t cur = cur_->flags_of(name);
            if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
                const char* what = is_global ? "global" : "nonlocal";
                std::string msg;
                if (cur & kDefParam) {
                    msg = "name " + quoted(raw) + " is parameter and " + what;
                } else if (cur & kUse) {
                    msg = "name " + quoted(raw) + " is used prior to " + what + " declaration";
                } else if (cur & kDefAnnot) {
                    msg = "annotated name " + quoted(raw) + " can't be " + what;
                } else {
                    msg = "name " + quoted(raw) + " is assigned to before " + what + " declaration";
                }
                fail(s, msg);
            }
            add_def(raw, is_global ? kDefGlobal : kDefNonlocal, s);
            record_directive(raw, s);
        }
    }

    // ---- expressions ----
    void visit_exprs(const std::vector<expr*>& es) {
        for (const expr* e : es) visit_expr(*e);
    }

    void visit_expr(const expr& e) {
        switch (e.kind) {
        case ExprKind::BoolOp: visit_exprs(e.as<BoolOp>().values); break;
        case ExprKind::NamedExpr: visit_named_expr(e.as<NamedExpr>()); break;
        case ExprKind::BinOp:
            visit_expr(*e.as<BinOp>().left);
            visit_expr(*e.as<BinOp>().right);
            break;
        case ExprKind::UnaryOp: visit_expr(*e.as<UnaryOp>().operand); break;
        case ExprKind::Lambda: {
            const auto& l = e.as<Lambda>();
            visit_defaults(*l.args);
            Scope* s = enter(BlockKind::Function, "<lambda>", &l, &l);
            s->is_lambda = true;
            visit_params(*l.args);
            visit_expr(*l.body);
            exit();
            break;
        }
        case ExprKind::IfExp: {
            const auto& i = e.as<IfExp>();
            visit_expr(*i.test);
            visit_expr(*i.body);
            visit_expr(*i.orelse);
            break;
        }
        case ExprKind::Dict: {
            const auto& d = e.as<Dict>();
            for (size_t i = 0; i < d.values.size(); ++i) {
                if (d.keys[i]) visit_expr(*d.keys[i]);
                visit_expr(*d.values[i]);
            }
            break;
        }
        case ExprKind::Set: visit_exprs(e.as<Set>().elts); break;
        case ExprKind::ListComp: {
            const auto& c = e.as<ListComp>();
            visit_comprehension(e, "<listcomp>", ComprehensionKind::List, c.generators, c.elt, nullptr);
            break;
        }
        case ExprKind::SetComp: {
            const auto& c = e.as<SetComp>();
            visit_comprehension(e, "<setcomp>", ComprehensionKind::Set, c.generators, c.elt, nullptr);
            break;
        }
        case ExprKind::DictComp: {
            const auto& c = e.as<DictComp>();
            visit_comprehension(e, "<dictcomp>", ComprehensionKind::Dict, c.generators, c.key, c.value);
            break;
        }
        case ExprKind::GeneratorExp: {
            const auto& c = e.as<GeneratorExp>();
            visit_comprehension(e, "<genexpr>", ComprehensionKind::Generator, c.generators, c.elt, nullptr);
            break;
        }
        case ExprKind::Await:
            visit_expr(*e.as<Await>().value);
            if (cur_->kind == BlockKind::Comprehension) cur_->is_coroutine = true;
            break;
        case ExprKind::Yield:
            if (e.as<Yield>().value) visit_expr(*e.as<Yield>().value);
            mark_generator(e);
            break;
        case ExprKind::YieldFrom:
            visit_expr(*e.as<YieldFrom>().value);
            mark_generator(e);
            break;
        case ExprKind::Compare:
            visit_expr(*e.as<Compare>().left);
            visit_exprs(e.as<Compare>().comparators);
            break;
        case ExprKind::Call: {
            const auto& c = e.as<Call>();
            visit_expr(*c.func);
            visit_exprs(c.args);
            for (const keyword* k : c.keywords) visit_expr(*k->value);
            break;
        }
        case ExprKind::FormattedValue: {
            const auto& f = e.as<FormattedValue>();
            visit_expr(*f.value);
            if (f.format_spec) visit_expr(*f.format_spec);
            break;
        }
        case ExprKind::JoinedStr: visit_exprs(e.as<JoinedStr>().values); break;
        case ExprKind::Constant: break;
        case ExprKind::Attribute: visit_expr(*e.as<Attribute>().value); break;
        case ExprKind::Subscript:
            visit_expr(*e.as<Subscript>().value);
            visit_expr(*e.as<Subscript>().slice);
            break;
        case ExprKind::Starred: visit_expr(*e.as<Starred>().value); break;
        case ExprKind::Name: {
            const auto& n = e.as<Name>();
            add_def(n.id, n.ctx == ExprContext::Load ? kUse : kDefLocal, e);
            // super() with no arguments needs the __class__ cell of the enclosing class.
            if (n.ctx == ExprContext::Load && cur_->is_function_like() && n.id == "super") {
                add_def("__class__", kUse, e);
            }
            break;
        }
        case ExprKind::List: visit_exprs(e.as<List>().elts); break;
        case ExprKind::Tuple: visit_exprs(e.as<Tuple>().elts); break;
        case ExprKind::Slice: {
            const auto& s = e.as<Slice>();
            if (s.lower) visit_expr(*s.lower);
            if (s.upper) visit_expr(*s.upper);
            if (s.step) visit_expr(*s.step);
            break;
        }
        }
    }

    void mark_generator(const expr& e) {
        cur_->is_generator = true;
        if (cur_->kind == BlockKind::Comprehension) {
            fail(e, std::string("'yield' inside ") + comprehension_word(cur_->comprehension));
        }
    }

    void visit_named_expr(const NamedExpr& e) {
        if (cur_->comp_iter_expr > 0) {
            fail(e, "assignment expression cannot be used in a comprehension iterable expression");
        }
        if (cur_->kind == BlockKind::Comprehension) extend_named_expr_scope(*e.target);
        visit_expr(*e.value);
        visit_expr(*e.target);
    }

    // A walrus inside a comprehension binds in the nearest enclosing function (or module).
    void extend_named_expr_scope(const expr& target) {
        const std::string& id = target.as<Name>().id;
        for (Scope* s = cur_; s; s = s->parent) {
            if (s->kind == BlockKind::Comprehension) {
                if (s->flags_of(mangle(private_, id)) & kDefCompIter) {
                    fail(target, "assignment expression cannot rebind comprehension iteration variable " +
                                     quoted(id));
                }
                continue;
            }
            if (s->kind == BlockKind::Function) {
                bool global = s->flags_of(mangle(private_, id)) & kDefGlobal;
                add_def(id, global ? kDefGlobal : kDefNonlocal, target);
                record_directive(id, target);
                add_def_in(s, id, kDefLocal, target);
                return;
            }
            if (s->kind == BlockKind::Module) {
                add_def(id, kDefGlobal, target);
                record_directive(id, target);
                add_def_in(s, id, kDefGlobal, target);
                return;
            }
            fail(target, "assignment expression within a comprehension cannot be used in a class body");
        }
    }

    void visit_comprehension(const expr& e, const char* name, ComprehensionKind kind,
                             const std::vector<comprehension*>& generators, const expr* elt,
                             const expr* value) {
        const comprehension* outermost = generators[0];
        // The outermost iterable is evaluated in the enclosing block.
        ++cur_->comp_iter_expr;
        visit_expr(*outermost->iter);
        --cur_->comp_iter_expr;

        Scope* s = enter(BlockKind::Comprehension, name, &e, &e);
        s->comprehension = kind;
        if (outermost->is_async) s->is_coroutine = true;
        symbol(s, ".0").flags |= kDefParam;
        s->params.push_back(".0");
        visit_comp_target(*outermost->target);
        visit_exprs(outermost->ifs);
        for (size_t i = 1; i < generators.size(); ++i) {
            const comprehension& g = *generators[i];
            visit_comp_target(*g.target);
            ++cur_->comp_iter_expr;
            visit_expr(*g.iter);
            --cur_->comp_iter_expr;
            visit_exprs(g.ifs);
            if (g.is_async) cur_->is_coroutine = true;
        }
        if (value) visit_expr(*value);
        visit_expr(*elt);
        bool is_generator = kind == ComprehensionKind::Generator;
        s->is_generator = is_generator;
        bool is_async = s->is_coroutine && !is_generator;
        exit();
        if (is_async && !cur_->is_async_def && cur_->kind != BlockKind::Comprehension) {
            fail(e, "asynchronous comprehension outside of an asynchronous function");
        }
        if (is_async) cur_->is_coroutine = true;
    }

    void visit_comp_target(const expr& target) {
        cur_->comp_iter_target = true;
        visit_expr(target);
        cur_->comp_iter_target = false;
    }

    // ---- pass 2: analysis ----
    using NameSet = std::set<std::string>;

    const node& directive_of(const Scope* s, const std::string& name) {
        for (const auto& [n, where] : directives_[s]) {
            if (n == name) return *where;
        }
        static node nowhere;
        return nowhere;
    }

    void analyze() {
        NameSet free, global;
        analyze_block(table_.top_, nullptr, free, global);
    }

    // `bound`: names bound in enclosing function blocks (null for the module block).
    // `free` collects the free variables of this block and its children for the parent.
    // `global`: names declared global in enclosing blocks.
    void analyze_block(Scope* s, const NameSet* bound, NameSet& free, NameSet& global) {
        NameSet local, newbound, newglobal, newfree;
        std::unordered_map<std::string, NameScope> scopes;
        if (s->kind == BlockKind::Class) {
            // The class namespace is invisible to nested blocks: they see what the class sees.
            newglobal = global;
            if (bound) newbound = *bound;
        }
        NameSet bound_copy = bound ? *bound : NameSet();
        for (const Symbol& sym : s->symbols) {
            scopes[sym.name] =
                analyze_name(s, sym.name, sym.flags, bound ? &bound_copy : nullptr, local, free, global);
        }
        if (s->kind != BlockKind::Class) {
            if (s->is_function_like()) newbound.insert(local.begin(), local.end());
            if (bound) newbound.insert(bound_copy.begin(), bound_copy.end());
            newglobal.insert(global.begin(), global.end());
        } else {
            newbound.insert("__class__");
        }
        for (Scope* child : s->children) {
            NameSet child_bound = newbound, child_global = newglobal, child_free;
            analyze_block(child, &child_bound, child_free, child_global);
            newfree.insert(child_free.begin(), child_free.end());
            if (child->has_free || child->child_free) s->child_free = true;
        }
        if (s->is_function_like()) {
            for (auto& [name, scope] : scopes) {
                if (scope == NameScope::Local && newfree.erase(name)) scope = NameScope::Cell;
            }
        } else if (s->kind == BlockKind::Class) {
            if (newfree.erase("__class__")) s->needs_class_closure = true;
        }
        update_symbols(s, scopes, bound ? &bound_copy : nullptr, newfree);
        free.insert(newfree.begin(), newfree.end());
    }

    NameScope analyze_name(Scope* s, const std::string& name, uint32_t flags, NameSet* bound,
                           NameSet& local, NameSet& free, NameSet& global) {
        if (flags & kDefGlobal) {
            if (flags & kDefNonlocal) fail(directive_of(s, name), "name " + quoted(name) + " is nonlocal and global");
            global.insert(name);
            if (bound) bound->erase(name);
            return NameScope::GlobalExplicit;
        }
        if (flags & kDefNonlocal) {
            if (!bound) fail(directive_of(s, name), "nonlocal declaration not allowed at module level");
            if (!bound->count(name)) fail(directive_of(s, name), "no binding for nonlocal " + quoted(name) + " found");
            s->has_free = true;
            free.insert(name);
            return NameScope::Free;
        }
        if (flags & kDefBound) {
            local.insert(name);
            global.erase(name);
            return NameScope::Local;
        }
        if (bound && bound->count(name)) {
            s->has_free = true;
            free.insert(name);
            return NameScope::Free;
        }
        if (global.count(name)) return NameScope::GlobalExplicit;
        if (s->nested) s->has_free = true;
        return NameScope::GlobalImplicit;
    }

    void update_symbols(Scope* s, const std::unordered_map<std::string, NameScope>& scopes,
                        const NameSet* bound, const NameSet& newfree) {
        for (Symbol& sym : s->symbols) sym.scope = scopes.at(sym.name);
        // Free variables of children that pass through this block.
        for (const std::string& name : newfree) {
            auto it = s->index.find(name);
            if (it != s->index.end()) {
                if (s->kind == BlockKind::Class) s->symbols[it->second].flags |= kDefFreeClass;
                continue;  // a cell here, or already free here
            }
            if (bound && !bound->count(name)) continue;  // a global
            symbol(s, name).scope = NameScope::Free;
            s->has_free = true;
        }
        for (const Symbol& sym : s->symbols) {
            if (sym.scope == NameScope::Cell) s->cellvars.push_back(sym.name);
            if (sym.scope == NameScope::Free ||
                (s->kind == BlockKind::Class && (sym.flags & kDefFreeClass))) {
                s->freevars.push_back(sym.name);
            }
        }
        if (s->needs_class_closure) s->cellvars.push_back("__class__");
        std::sort(s->cellvars.begin(), s->cellvars.end());
        std::sort(s->freevars.begin(), s->freevars.end());
    }

    friend SymtableResult build_symtable(const Module& module);
};

SymtableResult build_symtable(const Module& module) {
    SymtableResult result;
    result.table = std::make_unique<SymbolTable>();
    try {
        SymtableBuilder(*result.table).build(module);
    } catch (const Abort& a) {
        result.table.reset();
        result.error = a.error;
    }
    return result;
}

}  // namespace loopscope::lang
