#include "vm/module.h"

#include "stdlib_native/stdlib_native.h"
#include "vm/embedded_modules.h"
#include "vm/exception.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

void set(DictObject* d, const char* key, Value v) { d->set_str(intern(key).get(), std::move(v)); }

std::string module_name(const Value& module) {
    Value n = getattr_or_empty(module, names().__name__);
    return n.is_obj() && n.as_obj()->type == types().str ? str_string(n) : std::string("?");
}

[[noreturn]] void module_not_found(const std::string& message, std::string_view name) {
    Ref<ExceptionObject> exc = new_exception(types().ModuleNotFoundError, {make_str(message)});
    exc->attribute_dict(true)->set_str(intern("name").get(), make_str(std::string(name)));
    raise_value(Value(exc));
}

// The builtins module object when there is one (sys.modules['builtins']), else its dict.
Value builtins_value() {
    Interp& in = interp();
    if (Value* m = in.modules->find_str(intern("builtins").get())) return *m;
    return Value(in.builtins);
}

}  // namespace

Ref<ModuleObject> make_module(std::string_view name) {
    Ref<ModuleObject> m = make<ModuleObject>(types().module);
    m->dict = make_dict();
    DictObject* d = m->dict.get();
    set(d, "__name__", make_str(std::string(name)));
    set(d, "__doc__", Value::none());
    set(d, "__package__", Value::none());
    set(d, "__loader__", Value::none());
    set(d, "__spec__", Value::none());
    return m;
}

Ref<ModuleObject> make_main_module(const std::string& filename) {
    Ref<ModuleObject> m = make_module("__main__");
    DictObject* d = m->dict.get();
    set(d, "__builtins__", builtins_value());
    set(d, "__file__", make_str(filename));
    set(d, "__cached__", Value::none());
    interp().modules->set_str(intern("__main__").get(), Value(m));
    return m;
}

Value import_module(std::string_view name) {
    Interp& in = interp();
    Ref<StrObject> key = intern(name);
    if (Value* cached = in.modules->find_str(key.get())) return *cached;
    size_t dot = name.rfind('.');
    Value parent;
    if (dot != std::string_view::npos) {
        parent = import_module(name.substr(0, dot));
        if (getattr_or_empty(parent, names().__path__).empty()) {
            module_not_found("No module named '" + std::string(name) + "'; '" + std::string(name.substr(0, dot)) +
                                 "' is not a package",
                             name);
        }
    }
    Value module;
    auto it = in.builtin_modules.find(std::string(name));
    if (it != in.builtin_modules.end()) {
        module = it->second(in);
        in.modules->set_str(key.get(), module);
    } else if (const EmbeddedModuleSource* embedded = find_embedded_module(name)) {
        module = load_embedded_module(*embedded);  // registers itself before running its body
    } else {
        module_not_found("No module named '" + std::string(name) + "'" + missing_module_hint(name), name);
    }
    if (!parent.empty()) setattr(parent, intern(name.substr(dot + 1)).get(), module);
    return module;
}

namespace {

// The absolute name of a relative import (CPython's importlib._bootstrap._resolve_name).
std::string resolve_relative(std::string_view name, int level, DictObject* globals) {
    std::string package;
    if (globals) {
        Value* p = globals->find_str(names().__package__);
        if (p && p->is_obj() && p->as_obj()->type == types().str) {
            package = str_string(*p);
        } else if (Value* n = globals->find_str(names().__name__)) {
            if (n->is_obj() && n->as_obj()->type == types().str) {
                package = str_string(*n);
                if (!globals->find_str(names().__path__)) {
                    size_t dot = package.rfind('.');
                    package = dot == std::string::npos ? std::string() : package.substr(0, dot);
                }
            }
        }
    }
    if (package.empty()) raise(types().ImportError, "attempted relative import with no known parent package");
    std::string base = package;
    for (int i = 1; i < level; ++i) {
        size_t dot = base.rfind('.');
        if (dot == std::string::npos) raise(types().ImportError, "attempted relative import beyond top-level package");
        base = base.substr(0, dot);
    }
    return name.empty() ? base : base + "." + std::string(name);
}

}  // namespace

Value import_name(std::string_view name_in, const Value& fromlist, int level, DictObject* globals) {
    std::string resolved = level > 0 ? resolve_relative(name_in, level, globals) : std::string(name_in);
    std::string_view name = resolved;
    if (name.empty()) raise_value_error("Empty module name");
    Value module = import_module(name);
    bool has_fromlist = !fromlist.is_none() && !fromlist.empty() &&
                        !(fromlist.is_obj() && fromlist.as_obj()->type == types().tuple &&
                          static_cast<TupleObject*>(fromlist.as_obj())->items.empty());
    if (!has_fromlist) {
        if (level > 0) {
            // `import` statements are never relative; __import__('x', level=1) returns the package's top.
            size_t dot = name_in.find('.');
            if (name_in.empty()) return module;
            std::string_view first = dot == std::string_view::npos ? name_in : name_in.substr(0, dot);
            return import_module(resolved.substr(0, resolved.size() - name_in.size() + first.size()));
        }
        size_t dot = name.find('.');
        return dot == std::string_view::npos ? module : import_module(name.substr(0, dot));
    }
    // `from package import submodule` imports the submodule when it is not an attribute yet.
    if (!getattr_or_empty(module, names().__path__).empty()) {
        for (const Value& item : to_vector(fromlist)) {
            std::string attr = str_string(item);
            if (attr == "*" || !getattr_or_empty(module, intern(attr).get()).empty()) continue;
            std::string full = std::string(name) + "." + attr;
            if (module_exists(full)) import_module(full);
        }
    }
    return module;
}

Value import_from(const Value& module, StrObject* name) {
    Value v = getattr_or_empty(module, name);
    if (!v.empty()) return v;
    std::string modname = module_name(module);
    std::string full = modname + "." + name->utf8();
    if (Value* sub = interp().modules->find_str(intern(full).get())) return *sub;
    Value file = getattr_or_empty(module, names().__file__);
    std::string where = file.is_obj() && file.as_obj()->type == types().str ? str_string(file) : "unknown location";
    Ref<ExceptionObject> exc = new_exception(
        types().ImportError, {make_str("cannot import name '" + name->utf8() + "' from '" + modname + "' (" + where + ")")});
    DictObject* d = exc->attribute_dict(true);
    d->set_str(intern("name").get(), make_str(modname));
    raise_value(Value(exc));
}

void import_star(const Value& module, const Value& locals) {
    Value all = getattr_or_empty(module, names().__all__);
    std::vector<Value> names_list;
    if (!all.empty()) {
        names_list = to_vector(all);
    } else if (DictObject* d = instance_dict(module, false)) {
        for (const DictEntry& e : d->entries) {
            if (e.key.empty() || !isinstance(e.key, types().str)) continue;
            if (static_cast<StrObject*>(e.key.as_obj())->utf8().rfind('_', 0) == 0) continue;
            names_list.push_back(e.key);
        }
    }
    for (const Value& n : names_list) {
        if (!isinstance(n, types().str)) {
            raise_type_error("Item in " + module_name(module) + ".__all__ must be str, not " + type_name(n));
        }
        StrObject* s = intern(static_cast<StrObject*>(n.as_obj())->view()).get();
        Value v = getattr(module, s);
        if (locals.is_obj() && locals.as_obj()->type == types().dict) {
            static_cast<DictObject*>(locals.as_obj())->set_str(s, std::move(v));
        } else {
            setitem(locals, Value::borrowed(s), std::move(v));
        }
    }
}

void finalize_module(ModuleObject* module) {
    Ref<DictObject> d = module->dict;
    auto pass = [&](bool underscore_only) {
        for (size_t i = 0; i < d->entries.size(); ++i) {
            Value key = d->entries[i].key;
            if (key.empty() || d->entries[i].value.is_none() || !isinstance(key, types().str)) continue;
            const std::string& k = static_cast<StrObject*>(key.as_obj())->utf8();
            bool single_underscore = k.size() >= 1 && k[0] == '_' && (k.size() < 2 || k[1] != '_');
            if (underscore_only ? !single_underscore : k == "__builtins__") continue;
            try {
                d->set(key, Value::none());
            } catch (const PyException&) {
            }
        }
    };
    // The program has ended: no Python frame is running while objects finalize.
    pass(true);
    pass(false);
}

namespace {

Value module_repr(const CallArgs& a) {
    std::string name = module_name(a[0]);
    Value file = getattr_or_empty(a[0], names().__file__);
    if (file.is_obj() && file.as_obj()->type == types().str) {
        return make_str("<module '" + name + "' from '" + str_string(file) + "'>");
    }
    if (interp().builtin_modules.count(name)) return make_str("<module '" + name + "' (built-in)>");
    return make_str("<module '" + name + "'>");
}

Value module_new(const CallArgs& a) {
    // types.ModuleType(name, doc=None)
    if (a.nargs < 2 || !isinstance(a[1], types().str)) raise_type_error("module() argument 'name' must be str");
    Ref<ModuleObject> m = make_module(static_cast<StrObject*>(a[1].as_obj())->view());
    if (a.nargs > 2) m->dict->set_str(names().__doc__, a[2]);
    return Value(m);
}

Value module_init(const CallArgs&) { return Value::none(); }

}  // namespace

void install_module_type() {
    TypeObject* t = types().module;
    add_method(t, "__repr__", module_repr);
    add_method(t, "__new__", module_new, NativeKind::StaticMethod);
    add_method(t, "__init__", module_init);
}

}  // namespace loopscope::vm
