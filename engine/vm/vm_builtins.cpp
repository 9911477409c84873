// Builtins that reach into the running frame or the compiler: globals(), locals(), exec(),
// eval(), __import__().
#include "lang/parser.h"
#include "vm/compile.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/frame.h"
#include "vm/interp.h"
#include "vm/interpreter.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"

namespace loopscope::vm {

namespace {

Value builtin_globals(const CallArgs& a) {
    no_args("globals", a);
    DictObject* g = current_globals();
    if (!g) return Value(interp().builtins);
    return Value::borrowed(g);
}

Value builtin_locals(const CallArgs& a) {
    no_args("locals", a);
    return current_locals();
}

// A SyntaxError exception as CPython builds it: SyntaxError(msg, (filename, lineno, offset,
// text, end_lineno, end_offset)) with 1-based offsets.
[[noreturn]] void raise_syntax_error(const lang::SyntaxError& e, const std::string& filename,
                                     std::string_view source) {
    TypeObject* type = e.kind == lang::SyntaxErrorKind::SyntaxError        ? types().SyntaxError
                       : e.kind == lang::SyntaxErrorKind::IndentationError ? types().IndentationError
                                                                            : types().TabError;
    std::string text(lang::source_line(source, e.lineno));
    Value details = Value(make_tuple({make_str(filename), Value::small_int(e.lineno),
                                      Value::small_int(e.col_offset + 1), make_str(text + "\n"),
                                      Value::small_int(e.end_lineno), Value::small_int(e.end_col_offset + 1)}));
    raise_value(call(Value::borrowed(type), {make_str(e.message), details}));
}

enum class Mode { Exec, Eval };

Ref<CodeObject> compile_source(const Value& source, Mode mode) {
    if (source.is_obj() && source.as_obj()->type == types().code) return Ref<CodeObject>(static_cast<CodeObject*>(source.as_obj()));
    if (!isinstance(source, types().str)) {
        raise_type_error(std::string(mode == Mode::Exec ? "exec" : "eval") +
                         "() arg 1 must be a string, bytes or code object");
    }
    std::string text = static_cast<StrObject*>(source.as_obj())->utf8();
    if (mode == Mode::Eval) {
        size_t start = text.find_first_not_of(" \t");
        text = start == std::string::npos ? std::string() : text.substr(start);
    }
    lang::ParseResult parsed = lang::parse(text);
    if (!parsed.ok()) raise_syntax_error(*parsed.error, "<string>", text);
    if (mode == Mode::Eval) {
        const auto& body = parsed.module->body;
        if (body.size() != 1 || !body[0]->is<lang::ast::Expr>()) {
            lang::SyntaxError e;
            e.message = "invalid syntax";
            if (!body.empty()) {
                e.lineno = e.end_lineno = body[0]->lineno;
                e.col_offset = body[0]->col_offset;
                e.end_col_offset = body[0]->col_offset + 1;
            }
            raise_syntax_error(e, "<string>", text);
        }
        CompileResult r = compile_eval(*parsed.module, "<string>");
        if (!r.code) raise_syntax_error(*r.error, "<string>", text);
        return r.code;
    }
    CompileResult r = compile_module(*parsed.module, "<string>");
    if (!r.code) raise_syntax_error(*r.error, "<string>", text);
    return r.code;
}

Value run_in_namespaces(const CallArgs& a, Mode mode) {
    const char* fname = mode == Mode::Exec ? "exec" : "eval";
    unpack_args(fname, a, 1, 3);
    Ref<CodeObject> code = compile_source(a[0], mode);
    Value globals = a.nargs > 1 ? a[1] : Value::none();
    Value locals = a.nargs > 2 ? a[2] : Value::none();
    if (!globals.is_none() && !(globals.is_obj() && globals.as_obj()->type->is_subtype_of(types().dict))) {
        raise_type_error(std::string(fname) + "() globals must be a dict, not " + type_name(globals));
    }
    if (globals.is_none()) {
        DictObject* g = current_globals();
        globals = g ? Value::borrowed(g) : Value(make_dict());
        if (locals.is_none()) locals = current_locals();
    } else if (locals.is_none()) {
        locals = globals;
    }
    auto* g = static_cast<DictObject*>(globals.as_obj());
    if (!g->find_str(names().__builtins__)) g->set_str(names().__builtins__, Value(interp().builtins));
    Value r = run_code(code.get(), g, locals);
    return mode == Mode::Exec ? Value::none() : r;
}

Value builtin_exec(const CallArgs& a) { return run_in_namespaces(a, Mode::Exec); }
Value builtin_eval(const CallArgs& a) { return run_in_namespaces(a, Mode::Eval); }

Value builtin_import(const CallArgs& a) {
    static const char* const kAllowed[] = {"name", "globals", "locals", "fromlist", "level", nullptr};
    check_kwargs_allowed("__import__", a, kAllowed);
    unpack_args("__import__", a, 1, 5);
    if (!isinstance(a[0], types().str)) raise_type_error("__import__() argument 1 must be str, not " + type_name(a[0]));
    Value fromlist = a.nargs > 3 ? a[3] : Value::none();
    if (const Value* f = find_kwarg(a, "fromlist")) fromlist = *f;
    int level = 0;
    if (a.nargs > 4) level = int(index_value(a[4]));
    if (const Value* l = find_kwarg(a, "level")) level = int(index_value(*l));
    Value globals = a.nargs > 1 ? a[1] : Value();
    if (const Value* g = find_kwarg(a, "globals")) globals = *g;
    DictObject* g = globals.is_obj() && globals.as_obj()->type == types().dict ? static_cast<DictObject*>(globals.as_obj())
                                                                              : current_globals();
    return import_name(static_cast<StrObject*>(a[0].as_obj())->view(), fromlist, level, g);
}

}  // namespace

void install_vm_builtins() {
    DictObject* b = interp().builtins.get();
    auto add = [&](const char* name, NativeFn fn) { b->set_str(intern(name).get(), Value(make_native_function(name, fn))); };
    add("globals", builtin_globals);
    add("locals", builtin_locals);
    add("exec", builtin_exec);
    add("eval", builtin_eval);
    add("__import__", builtin_import);
}

}  // namespace loopscope::vm
