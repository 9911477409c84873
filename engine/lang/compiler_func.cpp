// Functions, lambdas, classes, decorators and imports.
#include "lang/compiler.h"

#include "vm/list.h"
#include "vm/str.h"

namespace loopscope::lang {

using namespace ast;
using vm::Value;

namespace {

int first_line(const node& def, const std::vector<ast::expr*>& decorators) {
    return decorators.empty() ? def.lineno : decorators[0]->lineno;
}

}  // namespace

// qualname: "f", "C.f", "f.<locals>.g"; a function declared global in its parent is
// top-level again. List/set/dict comprehensions are invisible (CPython 3.12+ inlines them).
void Compiler::compute_qualname() {
    const CodeUnit* parent = nullptr;
    for (size_t i = stack_.size() - 1; i-- > 0;) {
        const Scope* s = stack_[i]->scope;
        bool inlined = s->kind == BlockKind::Comprehension && s->comprehension != ComprehensionKind::Generator;
        if (!inlined) {
            parent = stack_[i].get();
            break;
        }
    }
    if (!parent || parent->scope->kind == BlockKind::Module) {
        u_->qualname = u_->name;
        return;
    }
    const Scope* me = u_->scope;
    bool named_def = me->kind == BlockKind::Class || (me->kind == BlockKind::Function && !me->is_lambda);
    if (named_def && stack_[stack_.size() - 2]->scope->scope_of(mangle(parent->private_name, u_->name)) ==
                         NameScope::GlobalExplicit) {
        u_->qualname = u_->name;
        return;
    }
    bool parent_is_function = parent->scope->kind == BlockKind::Function;
    u_->qualname = parent->qualname + (parent_is_function ? ".<locals>." : ".") + u_->name;
}

void Compiler::set_signature(const arguments& args) {
    u_->posonlyargcount = int(args.posonlyargs.size());
    u_->argcount = int(args.posonlyargs.size() + args.args.size());
    u_->kwonlyargcount = int(args.kwonlyargs.size());
    if (args.vararg) u_->flags |= vm::kCoVarargs;
    if (args.kwarg) u_->flags |= vm::kCoVarKeywords;
}

namespace {

uint32_t function_kind_flags(const Scope& s) {
    uint32_t flags = vm::kCoOptimized | vm::kCoNewLocals;
    if (s.nested) flags |= vm::kCoNested;
    if (s.is_async_def || (s.kind == BlockKind::Comprehension && s.is_coroutine)) {
        flags |= s.is_generator ? vm::kCoAsyncGenerator : vm::kCoCoroutine;
    } else if (s.is_generator) {
        flags |= vm::kCoGenerator;
    }
    return flags;
}

}  // namespace

uint32_t Compiler::function_prelude(const arguments& args, const ast::expr* returns,
                                    bool with_annotations) {
    uint32_t flags = 0;
    if (!args.defaults.empty()) {
        exprs(args.defaults);
        emit(Op::BUILD_TUPLE, uint32_t(args.defaults.size()));
        flags |= vm::kHasDefaults;
    }
    uint32_t kwdefaults = 0;
    for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
        if (!args.kw_defaults[i]) continue;
        load_const(Value(vm::intern(mangle_name(args.kwonlyargs[i]->arg))));
        expr(*args.kw_defaults[i]);
        ++kwdefaults;
    }
    if (kwdefaults) {
        emit(Op::BUILD_MAP, kwdefaults);
        flags |= vm::kHasKwDefaults;
    }
    if (with_annotations) {
        uint32_t n = 0;
        auto annotate = [&](const arg* a) {
            if (!a || !a->annotation) return;
            load_const(Value(vm::intern(mangle_name(a->arg))));
            expr(*a->annotation);
            ++n;
        };
        // CPython's order: args, posonlyargs, *args, kwonlyargs, **kwargs, return.
        for (const arg* a : args.args) annotate(a);
        for (const arg* a : args.posonlyargs) annotate(a);
        annotate(args.vararg);
        for (const arg* a : args.kwonlyargs) annotate(a);
        annotate(args.kwarg);
        if (returns) {
            load_const(Value(vm::intern("return")));
            expr(*returns);
            ++n;
        }
        if (n) {
            emit(Op::BUILD_MAP, n);
            flags |= vm::kHasAnnotations;
        }
    }
    return flags;
}

// Pushes the cells the new function captures (when it has free variables), its code, and
// makes the function.
void Compiler::make_closure(vm::Ref<vm::CodeObject> code, uint32_t flags) {
    if (!code->freevars.empty()) {
        for (const auto& free : code->freevars) emit(Op::LOAD_CLOSURE, uint32_t(cell_index(free->utf8())));
        emit(Op::BUILD_TUPLE, uint32_t(code->freevars.size()));
        flags |= vm::kHasClosure;
    }
    load_const(Value(code));
    emit(Op::MAKE_FUNCTION, flags);
}

void Compiler::apply_decorators(const std::vector<ast::expr*>& decorators) {
    // Stack: [d1, d2, ..., func]; CALL 0 with the function in the self slot calls d(func).
    for (size_t i = decorators.size(); i-- > 0;) {
        set_loc(*decorators[i]);
        emit(Op::CALL, 0);
    }
}

void Compiler::function_def(const FunctionDefBase& f) {
    for (const ast::expr* d : f.decorator_list) expr(*d);
    set_loc(f);
    uint32_t flags = function_prelude(*f.args, f.returns, true);
    Scope* scope = table_.scope_for(&f);
    enter_unit(scope, f.name, first_line(f, f.decorator_list));
    set_signature(*f.args);
    u_->flags |= function_kind_flags(*scope);
    std::string doc;
    size_t start = 0;
    if (find_docstring(f.body, doc)) {
        add_const(Value(vm::make_str(cleaned_docstring(doc))));
        start = 1;
    } else {
        add_const(Value::none());
    }
    for (size_t i = start; i < f.body.size(); ++i) stmt(*f.body[i]);
    const ast::stmt& last = *f.body.back();
    u_->loc = vm::Position{last.end_lineno, last.end_lineno, -1, -1};
    emit(Op::RETURN_CONST, const_none());
    vm::Ref<vm::CodeObject> code = leave_unit();
    set_loc(f);
    make_closure(code, flags);
    apply_decorators(f.decorator_list);
    set_loc(f);
    name_op(f.name, ExprContext::Store);
}

void Compiler::lambda(const Lambda& e) {
    uint32_t flags = function_prelude(*e.args, nullptr, false);
    Scope* scope = table_.scope_for(&e);
    enter_unit(scope, "<lambda>", e.lineno);
    set_signature(*e.args);
    u_->flags |= function_kind_flags(*scope);
    add_const(Value::none());  // no docstring
    expr(*e.body);
    set_loc(*e.body);
    emit(Op::RETURN_VALUE);
    vm::Ref<vm::CodeObject> code = leave_unit();
    set_loc(e);
    make_closure(code, flags);
}

void Compiler::class_def(const ClassDef& c) {
    for (const ast::expr* d : c.decorator_list) expr(*d);
    Scope* scope = table_.scope_for(&c);
    int firstlineno = first_line(c, c.decorator_list);
    enter_unit(scope, c.name, firstlineno);
    u_->private_name = c.name;
    set_loc(c);
    emit(Op::LOAD_NAME, add_name("__name__"));
    emit(Op::STORE_NAME, add_name("__module__"));
    load_const(Value(vm::make_str(u_->qualname)));
    emit(Op::STORE_NAME, add_name("__qualname__"));
    load_const(Value::small_int(firstlineno));
    emit(Op::STORE_NAME, add_name("__firstlineno__"));
    bool has_annotations = false;
    for (const ast::stmt* s : c.body) has_annotations = has_annotations || s->is<AnnAssign>();
    if (has_annotations) emit(Op::SETUP_ANNOTATIONS);
    std::string doc;
    size_t start = 0;
    if (find_docstring(c.body, doc)) {
        set_loc(*c.body[0]);
        load_const(Value(vm::make_str(cleaned_docstring(doc))));
        emit(Op::STORE_NAME, add_name("__doc__"));
        start = 1;
    }
    for (size_t i = start; i < c.body.size(); ++i) stmt(*c.body[i]);
    u_->loc = vm::Position{c.lineno, c.lineno, -1, -1};
    std::vector<Value> attrs;
    for (const std::string& a : u_->static_attributes) attrs.push_back(Value(vm::intern(a)));
    load_const(Value(vm::make_tuple(std::move(attrs))));
    emit(Op::STORE_NAME, add_name("__static_attributes__"));
    if (scope->needs_class_closure) {
        emit(Op::LOAD_CLOSURE, uint32_t(cell_index("__class__")));
        emit(Op::COPY, 1);
        emit(Op::STORE_NAME, add_name("__classcell__"));
        emit(Op::RETURN_VALUE);
    } else {
        emit(Op::RETURN_CONST, const_none());
    }
    vm::Ref<vm::CodeObject> code = leave_unit();

    set_loc(c);
    emit(Op::LOAD_BUILD_CLASS);
    emit(Op::PUSH_NULL);
    make_closure(code, 0);
    load_const(Value(vm::make_str(c.name)));
    call_helper(2, c.bases, c.keywords, c);
    apply_decorators(c.decorator_list);
    set_loc(c);
    name_op(c.name, ExprContext::Store);
}

// self.x = ... anywhere inside a class's methods records "x" in __static_attributes__
// (CPython 3.13).
void Compiler::note_static_attribute(const Attribute& a) {
    if (!a.value->is<Name>() || a.value->as<Name>().id != "self") return;
    for (size_t i = stack_.size() - 1; i-- > 0;) {
        if (stack_[i]->scope->kind == BlockKind::Class) {
            stack_[i]->static_attributes.insert(a.attr);
            return;
        }
    }
}

// ---- imports ----

void Compiler::import_stmt(const Import& s) {
    for (const alias* a : s.names) {
        set_loc(s);  // CPython gives every instruction of an import the statement's location
        load_const(Value::small_int(0));
        load_none();
        emit(Op::IMPORT_NAME, add_name(a->name));
        if (a->asname.empty()) {
            name_op(a->name.substr(0, a->name.find('.')), ExprContext::Store);
            continue;
        }
        // import a.b.c as d: IMPORT_NAME gives `a`; walk to `c`.
        size_t dot = a->name.find('.');
        while (dot != std::string::npos) {
            size_t next = a->name.find('.', dot + 1);
            std::string part = a->name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
            emit(Op::IMPORT_FROM, add_name(part));
            emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            dot = next;
        }
        name_op(a->asname, ExprContext::Store);
    }
}

void Compiler::import_from(const ImportFrom& s) {
    std::vector<Value> names;
    for (const alias* a : s.names) names.push_back(Value(vm::intern(a->name)));
    load_const(Value::small_int(s.level));
    load_const(Value(vm::make_tuple(std::move(names))));
    emit(Op::IMPORT_NAME, add_name(s.module));
    if (s.names.size() == 1 && s.names[0]->name == "*") {
        emit(Op::IMPORT_STAR);
        return;
    }
    for (const alias* a : s.names) {
        emit(Op::IMPORT_FROM, add_name(a->name));
        name_op(a->asname.empty() ? a->name : a->asname, ExprContext::Store);
    }
    set_loc(s);
    emit(Op::POP_TOP);
}

}  // namespace loopscope::lang
