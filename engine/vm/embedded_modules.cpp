#include "vm/embedded_modules.h"

#include "lang/parser.h"
#include "vm/compile.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/interpreter.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/protocol.h"
#include "vm/str.h"

namespace loopscope::vm {

const EmbeddedModuleSource* find_embedded_module(std::string_view name) {
    for (size_t i = 0; i < kEmbeddedModuleCount; ++i) {
        if (name == kEmbeddedModules[i].name) return &kEmbeddedModules[i];
    }
    return nullptr;
}

bool module_exists(std::string_view name) {
    return interp().builtin_modules.count(std::string(name)) != 0 || find_embedded_module(name) != nullptr;
}

namespace {

// An embedded module that does not compile is an engine bug: say so plainly.
[[noreturn]] void broken_module(const EmbeddedModuleSource& m, const lang::SyntaxError& e) {
    raise(types().SystemError, std::string("loopscope's built-in module '") + m.name + "' failed to compile: "
                                   + e.message + " (line " + std::to_string(e.lineno) + ")");
}

Ref<CodeObject> compile_embedded(const EmbeddedModuleSource& m) {
    Interp& in = interp();
    in.sources[m.filename] = m.source;
    lang::ParseResult parsed = lang::parse(m.source);
    if (!parsed.ok()) broken_module(m, *parsed.error);
    CompileResult compiled = compile_module(*parsed.module, m.filename);
    if (!compiled.code) broken_module(m, *compiled.error);
    return compiled.code;
}

}  // namespace

Value load_embedded_module(const EmbeddedModuleSource& m) {
    Interp& in = interp();
    Ref<CodeObject> code = compile_embedded(m);
    Ref<ModuleObject> module = make_module(m.name);
    DictObject* d = module->dict.get();
    d->set_str(in.names.__file__, make_str(m.filename));
    std::string name = m.name;
    size_t dot = name.rfind('.');
    if (m.is_package) {
        d->set_str(in.names.__path__, make_list({make_str(m.filename)}));
        d->set_str(in.names.__package__, make_str(name));
    } else {
        d->set_str(in.names.__package__, make_str(dot == std::string::npos ? "" : name.substr(0, dot)));
    }
    Ref<StrObject> key = in.intern(name);
    in.modules->set_str(key.get(), Value(module));
    try {
        run_module_code(code.get(), module.get());
    } catch (const PyException&) {
        in.modules->erase(Value(key));
        throw;
    }
    // The module may have replaced itself in sys.modules (CPython honours that).
    if (Value* final = in.modules->find_str(key.get())) return *final;
    return Value(module);
}

}  // namespace loopscope::vm
